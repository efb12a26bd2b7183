import { TelegramError } from 'telegraf'
import { PlatformError, RateLimitError } from '../../core/errors.js'

/**
 * A failed Bot API call as Lianxin's error: 429 → RateLimitError with retry_after; an HTTP
 * status otherwise; no status for network errors. The payload kept is the chat and method,
 * never the text (errors end up in logs).
 */
export function toPlatformError(err: unknown, method: string, chatId: string | number | undefined): PlatformError {
  const payload = { chat_id: chatId }
  if (err instanceof TelegramError) {
    const retryAfter = err.parameters?.retry_after
    if (err.code === 429) return new RateLimitError('telegram', method, payload, Math.max(1, retryAfter ?? 1) * 1000)
    return new PlatformError('telegram', method, payload, err.description ?? 'error', err.code, { cause: err.code })
  }
  const name = err instanceof Error ? err.name : 'unknown'
  return new PlatformError('telegram', method, payload, `network error (${name})`, undefined)
}

/** 403: the person blocked the bot or never pressed /start; retrying cannot help. */
export function isUnreachable(err: PlatformError): boolean {
  return err.status === 403
}

import { Telegram } from 'telegraf'
import type { InboundEvent, Outcome, Reply } from '../../core/model/events.js'
import type { PlatformAdapter } from '../adapter.js'
import { toPlatformError } from './telegram-errors.js'
import { renderReply } from './telegram-render.js'
import { TelegramUpdate, toInboundEvent } from './telegram-update.js'

export interface TelegramAdapterOptions {
  token: string
  apiRoot: string
  /** Webhook mode: Telegram posts updates to `url` with `secret`; no polling. */
  webhook?: { url: string; secret: string }
  /** Long-poll wait in seconds (Telegram holds the request this long when idle). */
  pollTimeoutSeconds?: number
  /** Errors as codes and ids only: never text or tokens. */
  onError?: (info: { where: string; code: string; updateId?: number }) => void
}

const ALLOWED_UPDATES: ('message' | 'callback_query')[] = ['message', 'callback_query']
const MAX_TOAST = 200
/** A poison update is skipped after this many failed attempts instead of blocking the chat. */
const MAX_UPDATE_ATTEMPTS = 5

/**
 * Telegram as a platform: updates → InboundEvents, Replies → HTML messages with inline
 * keyboards. A refused button (expired, forged, someone else's) is answered with a toast on
 * the button instead of a message. Receives by long polling, or by webhook (telegram-webhook.ts).
 */
export class TelegramAdapter implements PlatformAdapter {
  readonly platform = 'telegram' as const
  readonly telegram: Telegram
  private onEvent: ((e: InboundEvent) => Promise<Outcome>) | undefined
  private polling: Promise<void> | undefined
  private readonly abort = new AbortController()
  private readonly failures = new Map<number, number>()

  constructor(private readonly options: TelegramAdapterOptions) {
    this.telegram = new Telegram(options.token, { apiRoot: options.apiRoot })
  }

  /** Registers the handler and starts receiving; resolves once receiving has begun. */
  async start(onEvent: (e: InboundEvent) => Promise<Outcome>): Promise<void> {
    this.onEvent = onEvent
    const hook = this.options.webhook
    if (hook) {
      await this.telegram.setWebhook(hook.url, { secret_token: hook.secret, allowed_updates: ALLOWED_UPDATES })
      return
    }
    // A webhook left over from an earlier deployment would make getUpdates fail with 409.
    await this.telegram.deleteWebhook().catch(() => undefined)
    this.polling = this.pollLoop()
  }

  async stop(): Promise<void> {
    this.abort.abort()
    await this.polling
  }

  /** One update from either path. Throws when the core failed, so a webhook answers 500 and Telegram redelivers. */
  async handleUpdate(raw: unknown): Promise<void> {
    const parsed = TelegramUpdate.safeParse(raw)
    if (!parsed.success || !this.onEvent) return
    const translated = toInboundEvent(parsed.data)
    if (!translated) return
    const outcome = await this.onEvent(translated.event)
    const queryId = translated.callbackQueryId
    if (queryId) {
      const refusal = refusalOf(outcome)
      // Answer every press, or the button keeps spinning on the person's phone.
      await this.telegram.answerCbQuery(queryId, refusal?.slice(0, MAX_TOAST)).catch(() => undefined)
      if (refusal) return
    }
    for (const reply of outcome.replies) await this.render(translated.event.chatId, reply)
  }

  async render(chatId: string, reply: Reply): Promise<void> {
    for (const m of renderReply(reply)) {
      const { text, ...extra } = m
      try {
        await this.telegram.sendMessage(chatId, text, extra)
      } catch (err) {
        throw toPlatformError(err, 'sendMessage', chatId)
      }
    }
  }

  private async pollLoop(): Promise<void> {
    const timeout = this.options.pollTimeoutSeconds ?? 50
    let offset = 0
    let pause = 0
    while (!this.abort.signal.aborted) {
      try {
        const started = Date.now()
        // telegraf types the signal with an older shim; the runtime takes Node's AbortSignal.
        const signal = this.abort.signal as unknown as NonNullable<Parameters<Telegram['callApi']>[2]>['signal']
        const updates = await this.telegram.callApi('getUpdates', { timeout, offset, allowed_updates: ALLOWED_UPDATES }, { signal })
        offset = await this.process(updates, offset)
        pause = 0
        // A real Bot API holds an idle poll for `timeout` s; one that answers at once (an emulator) must not spin a core.
        if (updates.length === 0 && Date.now() - started < 100) await sleep(100, this.abort.signal)
      } catch (err) {
        if (this.abort.signal.aborted) break
        this.options.onError?.({ where: 'getUpdates', code: toPlatformError(err, 'getUpdates', undefined).code })
        pause = Math.min(30_000, Math.max(500, pause * 2))
        await sleep(pause, this.abort.signal)
      }
    }
  }

  /**
   * Chats run in parallel, each chat's updates in order (dialogue state depends on it). The
   * offset confirms updates up to the first one that failed, so Telegram delivers it again;
   * the core's seen-set makes the re-delivered successes no-ops.
   */
  private async process(updates: readonly unknown[], offset: number): Promise<number> {
    const byChat = new Map<string, { id: number; raw: unknown }[]>()
    for (const raw of updates) {
      const p = TelegramUpdate.safeParse(raw)
      if (!p.success) continue
      const key = String(p.data.message?.chat.id ?? p.data.callback_query?.from.id ?? '')
      byChat.set(key, [...(byChat.get(key) ?? []), { id: p.data.update_id, raw }])
    }
    const failed: number[] = []
    await Promise.all(
      [...byChat.values()].map(async (list) => {
        for (const u of list) {
          try {
            await this.handleUpdate(u.raw)
            this.failures.delete(u.id)
          } catch (err) {
            const n = (this.failures.get(u.id) ?? 0) + 1
            this.failures.set(u.id, n)
            this.options.onError?.({ where: 'update', code: codeOf(err), updateId: u.id })
            if (n < MAX_UPDATE_ATTEMPTS) failed.push(u.id)
            // Later updates of this chat wait for the failed one (order within a chat).
            if (n < MAX_UPDATE_ATTEMPTS) return
          }
        }
      }),
    )
    const ids = [...byChat.values()].flat().map((u) => u.id)
    if (failed.length > 0) return Math.min(...failed)
    // From this batch only: update ids may restart lower after a week of silence.
    return ids.length > 0 ? Math.max(...ids) + 1 : offset
  }
}

/** A refused button press (the core marks it) becomes the toast instead of a message. */
function refusalOf(outcome: Outcome): string | undefined {
  const only = outcome.replies.length === 1 ? outcome.replies[0] : undefined
  return only?.refused ? only.text : undefined
}

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : err instanceof Error ? err.name : 'unknown'
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })
}

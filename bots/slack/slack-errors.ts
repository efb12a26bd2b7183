import { PlatformError, RateLimitError } from '../../core/errors.js'

// The person cannot be written to there (left, deactivated, the DM is gone): retrying cannot help.
const UNREACHABLE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'user_not_found', 'user_disabled', 'account_inactive', 'cannot_dm_bot', 'user_not_visible', 'messages_tab_disabled'])
// Slack's side failed: worth another try later.
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited'])

function field(err: unknown, name: string): unknown {
  return typeof err === 'object' && err !== null && name in err ? (err as Record<string, unknown>)[name] : undefined
}

/**
 * A failed Web API call (@slack/web-api's coded errors) as Lianxin's error, shaped for the
 * delivery worker: 429 → RateLimitError with Retry-After; an ok:false the person cannot get
 * past → 403 (unreachable); Slack's own failures → 503 (retried); other ok:false → 400 (a
 * malformed message: not retried); network errors → no status. The payload kept is the
 * method's target, never the text (errors end up in logs).
 */
export function toPlatformError(err: unknown, method: string, channel: string | undefined): PlatformError {
  const payload = { channel }
  const code = field(err, 'code')
  if (code === 'slack_webapi_rate_limited_error') {
    const seconds = Number(field(err, 'retryAfter'))
    return new RateLimitError('slack', method, payload, Math.max(1, Number.isFinite(seconds) ? seconds : 1) * 1000)
  }
  if (code === 'slack_webapi_http_error') {
    const status = Number(field(err, 'statusCode'))
    return new PlatformError('slack', method, payload, `HTTP ${status}`, Number.isFinite(status) ? status : undefined)
  }
  if (code === 'slack_webapi_platform_error') {
    const error = String(field(field(err, 'data'), 'error') ?? 'unknown')
    if (error === 'ratelimited') return new RateLimitError('slack', method, payload, 1000)
    const status = UNREACHABLE.has(error) ? 403 : TRANSIENT.has(error) ? 503 : 400
    return new PlatformError('slack', method, payload, error, status)
  }
  const name = err instanceof Error ? err.name : 'unknown'
  return new PlatformError('slack', method, payload, `network error (${name})`, undefined)
}

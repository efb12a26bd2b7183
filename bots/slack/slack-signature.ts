import { createHmac, timingSafeEqual } from 'node:crypto'

/** Slack rejects requests whose timestamp is more than five minutes off; so do we, both ways. */
export const MAX_SKEW_SECONDS = 5 * 60

export type SignatureCheck = 'ok' | 'missing' | 'stale' | 'mismatch'

/** `v0=` + hex HMAC-SHA256 of "v0:<timestamp>:<raw body>" under the app's signing secret. */
export function slackSignature(secret: string, timestamp: string | number, rawBody: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')
}

/**
 * Checks X-Slack-Signature and X-Slack-Request-Timestamp over the raw body, in constant time.
 * bolt's verifySlackRequest only rejects timestamps in the past; a replay window must be closed
 * on both sides, so the check is done here.
 */
export function checkSlackSignature(o: { secret: string; rawBody: string; timestamp: unknown; signature: unknown; nowMs?: number }): SignatureCheck {
  if (typeof o.timestamp !== 'string' || typeof o.signature !== 'string') return 'missing'
  if (!/^\d{1,12}$/.test(o.timestamp)) return 'mismatch'
  const now = Math.floor((o.nowMs ?? Date.now()) / 1000)
  if (Math.abs(now - Number(o.timestamp)) > MAX_SKEW_SECONDS) return 'stale'
  if (!/^v0=[0-9a-f]{64}$/.test(o.signature)) return 'mismatch'
  const expected = Buffer.from(slackSignature(o.secret, o.timestamp, o.rawBody))
  const given = Buffer.from(o.signature)
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'mismatch'
}

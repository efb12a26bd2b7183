import type { LlmLogEvent } from '../llm/llm-port.js'
import type { Keys } from './keys.js'
import type { Redis } from './redis.js'

/** Per-request records kept for measuring a center's model; older ones are trimmed. */
const REQUESTS_MAXLEN = 10_000
const TOTALS_TTL_SECONDS = 90 * 86_400

export interface LlmTotals {
  requests: number
  llm: number
  cache: number
  fallback: number
  inputTokens: number
  outputTokens: number
  latencyMs: number
  /** Fallbacks by reason code. */
  reasons: Record<string, number>
}

/**
 * The LLM path's Redis state: answers of identical requests (keyed by a hash, so no text is
 * in a key), and token and latency counts per request and per day. Values hold only what the
 * model returned for masked input.
 */
export class LlmCacheStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  async get(hash: string): Promise<unknown> {
    const raw = await this.redis.get(this.keys.llmCache(hash))
    if (raw === null) return undefined
    try {
      return JSON.parse(raw) as unknown
    } catch {
      return undefined
    }
  }

  async set(hash: string, value: unknown, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.keys.llmCache(hash), JSON.stringify(value), 'EX', Math.max(1, Math.round(ttlSeconds)))
  }

  /** One request: appended to the capped stream and added to the day's totals (UTC day). */
  async record(e: LlmLogEvent, at: Date): Promise<void> {
    const day = at.toISOString().slice(0, 10)
    const totals = this.keys.llmTotals(day)
    const fields = ['task', e.task, 'version', e.version, 'outcome', e.outcome, 'reason', e.reason ?? '', 'latency_ms', String(Math.round(e.latencyMs)), 'input_tokens', String(e.usage?.inputTokens ?? 0), 'output_tokens', String(e.usage?.outputTokens ?? 0)]
    const m = this.redis.multi()
    m.xadd(this.keys.llmRequests(), 'MAXLEN', '~', String(REQUESTS_MAXLEN), '*', ...fields)
    m.hincrby(totals, 'requests', 1)
    m.hincrby(totals, e.outcome, 1)
    if (e.reason) m.hincrby(totals, `reason:${e.reason}`, 1)
    m.hincrby(totals, 'input_tokens', e.usage?.inputTokens ?? 0)
    m.hincrby(totals, 'output_tokens', e.usage?.outputTokens ?? 0)
    m.hincrby(totals, 'latency_ms', Math.round(e.latencyMs))
    m.expire(totals, TOTALS_TTL_SECONDS)
    await m.exec()
  }

  async totals(day: string): Promise<LlmTotals> {
    const h = await this.redis.hgetall(this.keys.llmTotals(day))
    const n = (k: string) => Number(h[k] ?? 0)
    const reasons: Record<string, number> = {}
    for (const [k, v] of Object.entries(h)) if (k.startsWith('reason:')) reasons[k.slice(7)] = Number(v)
    return { requests: n('requests'), llm: n('llm'), cache: n('cache'), fallback: n('fallback'), inputTokens: n('input_tokens'), outputTokens: n('output_tokens'), latencyMs: n('latency_ms'), reasons }
  }

  /** The latest per-request records, newest first (for tests and an admin view). */
  async recent(count: number): Promise<Record<string, string>[]> {
    const rows = await this.redis.xrevrange(this.keys.llmRequests(), '+', '-', 'COUNT', count)
    return rows.map(([, flat]) => {
      const o: Record<string, string> = {}
      for (let i = 0; i + 1 < flat.length; i += 2) o[flat[i]!] = flat[i + 1]!
      return o
    })
  }
}

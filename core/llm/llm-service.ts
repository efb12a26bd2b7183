import { createHash } from 'node:crypto'
import type { LlmCacheStore } from '../store/llm-cache.js'
import type { FallbackReason, LlmClient, LlmLogger, LlmLogEvent, LlmUsage, PromptTask } from './llm-port.js'
import { maskStrayNumbers } from './masking.js'

export const DEFAULT_LLM_TIMEOUT_MS = 4000
export const DEFAULT_LLM_CACHE_TTL_SECONDS = 24 * 3600

export interface LlmServiceOptions {
  /** Null: no model configured; every call reports `not_configured` without touching the network. */
  client: LlmClient | null
  cache?: LlmCacheStore | null
  log?: LlmLogger
  timeoutMs?: number
  cacheTtlSeconds?: number
  /** LLM_SENSITIVE: distress and counseling texts reach the model only with 'allow'. */
  sensitive: 'allow' | 'deny'
  /** LLM_MODERATION=on: distress texts also go to the moderation endpoint (still only with 'allow'). */
  moderation?: boolean
  now?: () => Date
}

export type LlmResult<O> =
  | { ok: true; value: O; source: 'llm' | 'cache'; latencyMs: number; usage?: LlmUsage }
  | { ok: false; reason: FallbackReason; latencyMs: number }

export interface RunOptions<O> {
  /** The input carries a distress or counseling text. */
  sensitive?: boolean
  /** A check after the schema (invented facts): a reason code rejects the answer. */
  accept?: (value: O) => FallbackReason | null
  signal?: AbortSignal
}

/**
 * Runs one prompt task against the configured model with everything the core requires around
 * it: the privacy gate, a timeout the member never waits past, a Redis cache of identical
 * requests, zod validation of the answer, and one log event (codes and numbers, never text).
 * Callers get either a validated value or a reason, and use their deterministic result then.
 */
export class LlmService {
  private readonly timeoutMs: number
  private readonly ttl: number

  constructor(private readonly o: LlmServiceOptions) {
    this.timeoutMs = o.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS
    this.ttl = o.cacheTtlSeconds ?? DEFAULT_LLM_CACHE_TTL_SECONDS
  }

  /** A service that always falls back: what callers get when no OPENAI_* is set. */
  static disabled(): LlmService {
    return new LlmService({ client: null, sensitive: 'deny' })
  }

  get configured(): boolean {
    return this.o.client !== null
  }

  get allowsSensitive(): boolean {
    return this.o.sensitive === 'allow'
  }

  /**
   * The moderation endpoint's categories for a (masked) text, or undefined when moderation is off,
   * sensitive texts may not leave, the client has none, or it failed or timed out.
   */
  async moderate(text: string): Promise<string[] | undefined> {
    const client = this.o.client
    if (!client?.moderate || !this.o.moderation || this.o.sensitive !== 'allow') return undefined
    const ac = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        ac.abort()
        resolve(undefined)
      }, this.timeoutMs)
    })
    const request = client.moderate(maskStrayNumbers(text), ac.signal).then((r) => r.categories)
    request.catch(() => undefined)
    try {
      return await Promise.race([request, timeout])
    } catch {
      return undefined
    } finally {
      clearTimeout(timer)
    }
  }

  async run<I, O>(task: PromptTask<I, O>, input: I, options: RunOptions<O> = {}): Promise<LlmResult<O>> {
    const started = performance.now()
    const elapsed = () => performance.now() - started
    const client = this.o.client
    if (!client) return this.done(task, { ok: false, reason: 'not_configured', latencyMs: 0 })
    if (options.sensitive && this.o.sensitive !== 'allow') return this.done(task, { ok: false, reason: 'sensitive_denied', latencyMs: 0 })

    // Phone-shaped runs that slipped through a task's own masking never leave the process.
    const user = maskStrayNumbers(task.render(input))
    const hash = createHash('sha256').update([client.model, task.id, task.version, task.system, user].join('\u0000')).digest('hex')
    const cached = await this.o.cache?.get(hash).catch(() => undefined)
    if (cached !== undefined) {
      const parsed = task.schema.safeParse(cached)
      if (parsed.success && !options.accept?.(parsed.data)) return this.done(task, { ok: true, value: parsed.data, source: 'cache', latencyMs: elapsed() })
    }

    const call = await this.callWithTimeout(client, task, user, options.signal)
    if (!call.ok) return this.done(task, { ok: false, reason: call.reason, latencyMs: elapsed() })
    const parsed = task.schema.safeParse(call.value)
    if (!parsed.success) return this.done(task, { ok: false, reason: 'schema', latencyMs: elapsed() }, call.usage)
    const rejected = options.accept?.(parsed.data)
    if (rejected) return this.done(task, { ok: false, reason: rejected, latencyMs: elapsed() }, call.usage)
    await this.o.cache?.set(hash, parsed.data, this.ttl).catch(() => undefined)
    return this.done(task, { ok: true, value: parsed.data, source: 'llm', latencyMs: elapsed(), usage: call.usage })
  }

  private async callWithTimeout<I, O>(client: LlmClient, task: PromptTask<I, O>, user: string, outer?: AbortSignal): Promise<{ ok: true; value: unknown; usage: LlmUsage } | { ok: false; reason: FallbackReason; usage?: undefined }> {
    const ac = new AbortController()
    const onOuter = () => ac.abort()
    outer?.addEventListener('abort', onOuter, { once: true })
    let timer: NodeJS.Timeout | undefined
    // The race returns on time even if a client ignores the abort signal.
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        ac.abort()
        resolve('timeout')
      }, this.timeoutMs)
    })
    const request = client.complete({ task: task.id, version: task.version, system: task.system, user, schema: task.schema }, { signal: ac.signal, timeoutMs: this.timeoutMs })
    request.catch(() => undefined)
    try {
      const r = await Promise.race([request, timeout])
      if (r === 'timeout') return { ok: false, reason: 'timeout' }
      if (r.value === null || r.value === undefined) return { ok: false, reason: 'schema' }
      return { ok: true, value: r.value, usage: r.usage }
    } catch {
      return { ok: false, reason: ac.signal.aborted ? 'timeout' : 'error' }
    } finally {
      clearTimeout(timer)
      outer?.removeEventListener('abort', onOuter)
    }
  }

  private async done<I, O>(task: PromptTask<I, O>, result: LlmResult<O>, usage?: LlmUsage): Promise<LlmResult<O>> {
    const event: LlmLogEvent = {
      task: task.id,
      version: task.version,
      outcome: result.ok ? result.source : 'fallback',
      ...(result.ok ? {} : { reason: result.reason }),
      latencyMs: Math.round(result.latencyMs),
      ...((result.ok ? result.usage : usage) ? { usage: (result.ok ? result.usage : usage)! } : {}),
    }
    try {
      this.o.log?.(event)
    } catch {
      // A broken logger must not break the answer.
    }
    // Nothing is recorded when there is no model: the deterministic path stays Redis-free.
    if (this.o.client) await this.o.cache?.record(event, (this.o.now ?? (() => new Date()))()).catch(() => undefined)
    return result
  }
}

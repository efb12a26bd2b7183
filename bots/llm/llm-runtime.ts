import type { Env } from '../../core/config/env.js'
import type { LlmLogger } from '../../core/llm/llm-port.js'
import { LlmService } from '../../core/llm/llm-service.js'
import type { Keys } from '../../core/store/keys.js'
import { LlmCacheStore } from '../../core/store/llm-cache.js'
import type { Redis } from '../../core/store/redis.js'
import { OpenAiLlmClient, type StructuredMethod } from './openai-llm-client.js'

/** Used when OPENAI_API_KEY or OPENAI_BASE_URL is set without OPENAI_MODEL. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini'

export type LlmEnv = Pick<Env, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL' | 'LLM_SENSITIVE'> & {
  LLM_MODERATION?: 'on' | 'off' | undefined
  /** Milliseconds (LLM_TIMEOUT, once env.ts parses it). */
  LLM_TIMEOUT?: number | undefined
  LLM_STRUCTURED_METHOD?: StructuredMethod | undefined
  LLM_CACHE_TTL?: number | undefined
}

/** True when the environment names a model server; otherwise the deterministic path only. */
export function llmConfigured(env: LlmEnv): boolean {
  return Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL)
}

/**
 * The LLM service for this process: a disabled one (reports not_configured, touches nothing)
 * without OPENAI_*, else ChatOpenAI behind the core's port with the Redis cache and usage
 * records. `redis` may be absent (the analyze CLI needs no Redis): then nothing is cached.
 */
export function createLlmService(env: LlmEnv, o: { redis?: Redis; keys?: Keys; log?: LlmLogger } = {}): LlmService {
  if (!llmConfigured(env)) return LlmService.disabled()
  const client = new OpenAiLlmClient({ model: env.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL, apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, method: env.LLM_STRUCTURED_METHOD ?? 'functionCalling' })
  return new LlmService({
    client,
    cache: o.redis && o.keys ? new LlmCacheStore(o.redis, o.keys) : null,
    ...(o.log ? { log: o.log } : {}),
    ...(env.LLM_TIMEOUT !== undefined ? { timeoutMs: env.LLM_TIMEOUT } : {}),
    ...(env.LLM_CACHE_TTL !== undefined ? { cacheTtlSeconds: Math.round(env.LLM_CACHE_TTL / 1000) } : {}),
    sensitive: env.LLM_SENSITIVE,
    moderation: env.LLM_MODERATION === 'on',
  })
}

/** A logger function for the service from a pino-like logger: codes and numbers only. */
export function llmLogTo(logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void }): LlmLogger {
  return (e) => (e.outcome === 'fallback' && e.reason !== 'not_configured' && e.reason !== 'sensitive_denied' ? logger.warn(e, 'llm fallback') : logger.info(e, 'llm request'))
}

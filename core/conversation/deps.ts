import type { Env } from '../config/env.js'
import type { LoadedDirectory } from '../directory/provider.js'
import type { Clock } from '../ports/clock.js'
import type { JobQueue } from '../ports/job-queue.js'
import type { Notifier } from '../ports/notifier.js'
import type { Keys } from '../store/keys.js'
import type { Redis } from '../store/redis.js'
import type { LlmService } from '../llm/llm-service.js'
import type { SafetyHook } from './safety-hook.js'

/** Everything the core needs from the world, handed in by bots/ (or a test). */
export interface CoreDeps {
  redis: Redis
  keys: Keys
  directory: { current(): Promise<LoadedDirectory> }
  clock: Clock
  notifier: Notifier
  jobs?: JobQueue
  /** Runs first on every text; absent only in tests of routing that opt out explicitly. */
  safety?: SafetyHook
  env: Pick<Env, 'LIANXIN_TZ' | 'CRISIS_HOTLINES' | 'DEFAULT_CENTER_ID'>
  /** The optional LLM path; absent or not configured: deterministic only. */
  llm?: LlmService
}

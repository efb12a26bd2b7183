import { loadEnv, type Env } from '../core/config/env.js'
import { handle, type CoreModule } from '../core/conversation/handle.js'
import type { CoreDeps } from '../core/conversation/deps.js'
import { importDirectory } from '../core/directory/import-service.js'
import { ImportError, LianxinError } from '../core/errors.js'
import { systemClock } from '../core/ports/clock.js'
import type { Notifier } from '../core/ports/notifier.js'
import { alertsConfig } from '../core/alerts/alert-config.js'
import { alertsModule } from '../core/alerts/alerts-module.js'
import { AlertSafetyHook } from '../core/alerts/safety-hook.js'
import { noticesConfig } from '../core/notices/notice-config.js'
import { noticesModule } from '../core/notices/notices-module.js'
import { openJobQueue } from '../jobs/bullmq-job-queue.js'
import { startWorkers } from '../jobs/start-workers.js'
import { createLlmService, llmLogTo } from './llm/llm-runtime.js'
import { ConsoleAdapter } from './console/console-adapter.js'
import { logger } from './runtime/logger.js'
import { SAMPLE_DIRECTORY, startRuntime, type Runtime } from './runtime/runtime.js'

/** Parses the environment or ends the program with one line naming the variable. */
export function envOrExit(): Env {
  try {
    return loadEnv()
  } catch (err) {
    if (err instanceof LianxinError) {
      process.stderr.write(`lianxin: configuration: ${err.message}\n`)
      process.exit(2)
    }
    throw err
  }
}

/** Imports DIRECTORY_DIR (or the sample) at start; a bad folder keeps the previous directory. */
export async function importAtStart(rt: Runtime): Promise<void> {
  const folder = rt.env.DIRECTORY_DIR ?? SAMPLE_DIRECTORY
  try {
    const s = await importDirectory(folder, rt.redis, rt.keys)
    logger.info({ version: s.version, enterprises: s.enterprises, people: s.people }, 'directory imported')
  } catch (err) {
    if (!(err instanceof ImportError)) throw err
    for (const p of err.problems.slice(0, 50)) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`)
    const previous = await rt.redis.get(rt.keys.directoryCurrent())
    if (!previous) throw new LianxinError('DIRECTORY_EMPTY', `directory ${folder} rejected and no earlier directory to fall back on`)
    logger.warn({ problems: err.problems.length }, 'directory import rejected; keeping the previous directory')
  }
}

export interface Services {
  deps: CoreDeps
  modules: CoreModule[]
  stop(): Promise<void>
}

/**
 * The core's dependencies and feature modules for this process: queue workers run here unless
 * LIANXIN_ROLE=bot (then another process runs them and this one only enqueues).
 */
export async function startServices(rt: Runtime, notifier: Notifier): Promise<Services> {
  const prefix = `${rt.env.LIANXIN_KEY_PREFIX}bull`
  const llm = createLlmService(rt.env, { redis: rt.redis, keys: rt.keys, log: llmLogTo(logger) })
  const base = { redis: rt.redis, keys: rt.keys, directory: rt.directory, clock: systemClock, notifier, llm, config: alertsConfig(rt.env) }
  const bot = rt.env.TELEGRAM_BOT_USERNAME?.replace(/^@/, '')
  const notices = noticesConfig(rt.env, bot ? { checkinLink: (code) => `https://t.me/${bot}?start=ci-${code}` } : {})
  const workers = rt.env.LIANXIN_ROLE === 'bot' ? null : await startWorkers({ redisUrl: rt.redisUrl, prefix, deps: base, notices: { config: notices } })
  const producer = workers ? null : await openJobQueue(rt.redisUrl, { prefix })
  const jobs = workers?.jobs ?? producer!.jobs
  const alertDeps = { ...base, jobs }
  const deps: CoreDeps = { ...base, env: rt.env, jobs, safety: new AlertSafetyHook(alertDeps) }
  return {
    deps,
    modules: [alertsModule(alertDeps), noticesModule({ redis: rt.redis, keys: rt.keys, directory: rt.directory, clock: systemClock, notifier, jobs, config: notices })],
    stop: async () => {
      await workers?.stop()
      await producer?.close()
    },
  }
}

/** The terminal chat on the same core: `chat --as <person id>`, or an unregistered visitor. */
export async function runTerminalChat(rt: Runtime, asPersonId: string | undefined): Promise<void> {
  const { directory } = await rt.directory.current()
  if (asPersonId && !directory.person(asPersonId)) throw new LianxinError('NOT_FOUND', `no person with id ${asPersonId} in the directory`)
  const userId = asPersonId ?? `visitor-${process.pid}`
  const adapter = new ConsoleAdapter(userId, process.stdin, process.stdout, (id) => directory.person(id)?.name ?? id)
  const who = asPersonId ? `${directory.person(asPersonId)!.name} (${asPersonId})` : 'visitor'
  process.stdout.write(`Lianxin 连心 — terminal chat as ${who}. Type a question, /help, or Ctrl-D to quit.\n`)
  const services = await startServices(rt, adapter)
  // Ctrl-C or SIGTERM ends the chat cleanly, so the embedded redis-server is stopped too.
  const stop = () => void adapter.stop()
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  try {
    await adapter.start((event) => handle(event, services.deps, services.modules))
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
    await services.stop()
  }
}

export { startRuntime }

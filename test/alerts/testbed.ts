import type { AlertsConfig } from '../../core/alerts/alert-config.js'
import type { AlertDeps } from '../../core/alerts/alert-deps.js'
import { AlertStore } from '../../core/alerts/alert-store.js'
import { alertsModule } from '../../core/alerts/alerts-module.js'
import { AlertSafetyHook } from '../../core/alerts/safety-hook.js'
import { hotlines } from '../../core/config/env.js'
import { openJobQueue } from '../../jobs/bullmq-job-queue.js'
import { startWorkers, type RunningWorkers } from '../../jobs/start-workers.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { testCore, type TestCore } from '../support/core.js'
import { PlatformStandIn } from './platform-stand-in.js'

/** Tuesday 21:00 in Asia/Shanghai: the night shift of c_bonded (m_cns_bd2) is on call. */
export const TUESDAY_2100 = new Date('2026-11-24T13:00:00Z')

/** Short timings so escalation runs in a test's time; the ordering by severity is kept. */
export function testConfig(over: Partial<AlertsConfig> = {}): AlertsConfig {
  return {
    timeZone: 'Asia/Shanghai',
    ackTimeoutMs: { imminent: 400, high: 700, concern: 900 },
    resolveDueMs: 60_000,
    yellowAt: 0.75,
    hotlines: hotlines({ CRISIS_HOTLINES: '12356=全国心理援助热线|110=报警|120=急救' }),
    defaultCenterId: undefined,
    ...over,
  }
}

export interface AlertsTestbed extends TestCore {
  platform: PlatformStandIn
  store: AlertStore
  alertDeps: AlertDeps
  bullPrefix: string
  workers: RunningWorkers | null
  close(): Promise<void>
}

/**
 * The core (real Redis, own prefix, fixture directory, fixed clock) with the alert safety hook,
 * the alerts module, and real BullMQ workers on queues under the test's own prefix.
 */
export async function alertsTestbed(o: { at?: Date; config?: Partial<AlertsConfig>; workers?: boolean } = {}): Promise<AlertsTestbed> {
  const core = await testCore({ at: o.at ?? TUESDAY_2100 })
  const platform = new PlatformStandIn(core.db.redis, core.db.keys, await fixtureDirectory())
  core.deps.notifier = platform
  const config = testConfig(o.config)
  const bullPrefix = `${core.db.prefix}bull`
  const base = { redis: core.deps.redis, keys: core.deps.keys, directory: core.deps.directory, clock: core.deps.clock, notifier: platform, config }
  const workers =
    o.workers === false
      ? null
      : await startWorkers({ redisUrl: core.db.url, prefix: bullPrefix, deps: base, worker: { lockDurationMs: 1000, stalledIntervalMs: 500 } })
  // Without workers (a test that starts its own, elsewhere), handle() still enqueues on the same queues.
  const producer = workers ? null : await openJobQueue(core.db.url, { prefix: bullPrefix })
  const jobs = workers?.jobs ?? producer!.jobs
  const alertDeps: AlertDeps = { ...base, jobs }
  core.deps.jobs = jobs
  core.deps.safety = new AlertSafetyHook(alertDeps)
  core.modules.push(alertsModule(alertDeps))
  return {
    ...core,
    platform,
    store: new AlertStore(core.db.redis, core.db.keys),
    alertDeps,
    bullPrefix,
    workers,
    close: async () => {
      await workers?.stop()
      await producer?.close()
      await core.close()
    },
  }
}

// Benchmark of issue #3: message in → page handed to the notifier, on a local redis-server with
// real BullMQ workers. Target p99 < 1 s. BENCH_ALERTS (default 300) distress messages go through
// handle() with BENCH_CONCURRENCY (default 20) in flight: as one burst (default), or paced at
// BENCH_RATE messages per second. Everything (handle, workers) shares one Node process here.
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { alertsConfig } from '../core/alerts/alert-config.js'
import type { AlertDeps } from '../core/alerts/alert-deps.js'
import { alertsModule } from '../core/alerts/alerts-module.js'
import { AlertSafetyHook } from '../core/alerts/safety-hook.js'
import { loadEnv } from '../core/config/env.js'
import type { CoreDeps } from '../core/conversation/deps.js'
import { handle } from '../core/conversation/handle.js'
import { importDirectory } from '../core/directory/import-service.js'
import { DirectoryProvider } from '../core/directory/provider.js'
import type { Platform } from '../core/model/events.js'
import { FixedClock } from '../core/ports/clock.js'
import type { Notifier, OutboundMessage, Recipient } from '../core/ports/notifier.js'
import { startEmbeddedRedis } from '../core/store/embedded-redis.js'
import { Keys } from '../core/store/keys.js'
import { connectRedis } from '../core/store/redis.js'
import { startWorkers } from '../jobs/start-workers.js'

const N = Number(process.env.BENCH_ALERTS ?? 300)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
const RATE = Number(process.env.BENCH_RATE ?? 0)
const FIXTURES = fileURLToPath(new URL('../test/fixtures/directory', import.meta.url))
const TEXTS = ['想去跳了，活起太累', '我不想活了，今晚就从楼上跳下去', '遭不住了，想一了百了', "I can't do this anymore, I want to end my life tonight", '最近压力好大，有点焦虑，党费在哪交']

/** Takes the time a page reaches the notifier port; first delivery per key only, like a platform. */
class TimingNotifier implements Notifier {
  readonly firstAt = new Map<string, number>()
  async notify(_to: Recipient, message: OutboundMessage): Promise<Platform[]> {
    if (!this.firstAt.has(message.key)) this.firstAt.set(message.key, performance.now())
    return ['console']
  }
}

const server = await startEmbeddedRedis({ dataDir: null })
const redis = await connectRedis(server.url)
const keys = new Keys('{bench}:')
try {
  await importDirectory(FIXTURES, redis, keys)
  const directory = new DirectoryProvider(redis, keys)
  const { directory: dir } = await directory.current()
  const members = dir.data.people.filter((p) => p.role === 'member' && p.telegram_id)
  const notifier = new TimingNotifier()
  // Tuesday 21:00: every center has someone on call at level 1. Long timeouts: no escalation noise.
  const clock = new FixedClock(new Date('2026-11-24T13:00:00Z'))
  const env = loadEnv({ ALERT_ACK_TIMEOUT_IMMINENT: '10m', ALERT_ACK_TIMEOUT_HIGH: '10m', ALERT_ACK_TIMEOUT_CONCERN: '10m' })
  const base = { redis, keys, directory, clock, notifier, config: alertsConfig(env) }
  const workers = await startWorkers({ redisUrl: server.url, prefix: '{bench}:bull', deps: base, worker: { concurrency: Number(process.env.BENCH_WORKER_CONCURRENCY ?? 16) } })
  const alertDeps: AlertDeps = { ...base, jobs: workers.jobs }
  const deps: CoreDeps = { ...base, jobs: workers.jobs, safety: new AlertSafetyHook(alertDeps), env }
  const modules = [alertsModule(alertDeps)]

  const sentAt = new Map<string, number>() // event id → message in
  let next = 0
  const started = performance.now()
  const runOne = async (i: number) => {
    const due = RATE > 0 ? started + (i * 1000) / RATE : 0
    if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()))
    const m = members[i % members.length]!
    const id = `bench-${i}`
    sentAt.set(id, performance.now())
    await handle({ kind: 'message', id, platform: 'telegram', userId: m.telegram_id!, chatId: m.telegram_id!, text: TEXTS[i % TEXTS.length]!, at: clock.now() }, deps, modules)
  }
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) await runOne(next++)
    }),
  )
  const handledMs = performance.now() - started

  // Map each message to its alert, then to the time its first page reached the notifier.
  const latencies: number[] = []
  const deadline = performance.now() + 15_000
  for (const [eventId, t0] of sentAt) {
    const alertId = await redis.get(keys.alertByMessage('telegram', eventId))
    if (!alertId) throw new Error(`no alert for ${eventId}`)
    let t1: number | undefined
    while ((t1 = notifier.firstAt.get(`alert:${alertId}:L1:r1`) ?? notifier.firstAt.get(`alert:${alertId}:L2:r1`)) === undefined) {
      if (performance.now() > deadline) throw new Error(`no page for ${alertId} within 15 s`)
      await new Promise((r) => setTimeout(r, 5))
    }
    latencies.push(t1 - t0)
  }
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!
  console.log(`alerts: ${N} distress messages through handle() (${CONCURRENCY} in flight${RATE > 0 ? `, ${RATE}/s` : ', one burst'}) in ${(handledMs / 1000).toFixed(2)} s, ${new Set(notifier.firstAt.keys()).size} pages`)
  console.log(`message in → page handed to notifier: p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (target p99 < 1000 ms)`)
  await workers.stop()
  process.exitCode = pct(99) < 1000 ? 0 : 1
} finally {
  redis.disconnect()
  await server.stop()
}

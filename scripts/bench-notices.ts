// Benchmark of issue #6: one notice fanned out to BENCH_N (default 10,000) recipients through
// the notices worker, the Telegram notifier and the real delivery lanes (jobs/delivery) against
// an in-process stand-in of the Bot API, the sender limited to BENCH_RATE messages/s (bulk may
// use BENCH_BULK_SHARE of it). Halfway through, a member writes a distress message through
// handle(); its page must reach the counselor's chat within 2 s (urgent lane, never behind bulk).
// Prints achieved bulk rate / configured bulk rate (target ≥ 0.95), duplicates and lost (0).
import { performance } from 'node:perf_hooks'
import { alertsConfig } from '../core/alerts/alert-config.js'
import type { AlertDeps } from '../core/alerts/alert-deps.js'
import { alertsModule } from '../core/alerts/alerts-module.js'
import { AlertSafetyHook } from '../core/alerts/safety-hook.js'
import { loadEnv } from '../core/config/env.js'
import type { CoreDeps } from '../core/conversation/deps.js'
import { handle } from '../core/conversation/handle.js'
import { Directory } from '../core/directory/directory.js'
import { DirectoryProvider } from '../core/directory/provider.js'
import type { InboundEvent } from '../core/model/events.js'
import type { DirectoryData, Person } from '../core/model/records.js'
import { noticesConfig } from '../core/notices/notice-config.js'
import type { NoticeDeps } from '../core/notices/notice-deps.js'
import { noticesModule } from '../core/notices/notices-module.js'
import { FixedClock } from '../core/ports/clock.js'
import { startEmbeddedRedis } from '../core/store/embedded-redis.js'
import { Keys } from '../core/store/keys.js'
import { connectRedis } from '../core/store/redis.js'
import { TelegramNotifier } from '../bots/telegram/telegram-notifier.js'
import { DeliveryQueue } from '../jobs/delivery/delivery-queue.js'
import type { DeliveryMessage } from '../jobs/delivery/delivery-message.js'
import type { DeliverySender } from '../jobs/delivery/delivery-sender.js'
import { createDeliveryWorkers } from '../jobs/delivery/delivery.worker.js'
import { Reachability } from '../jobs/delivery/reachability.js'
import { startWorkers } from '../jobs/start-workers.js'

const N = Number(process.env.BENCH_N ?? 10_000)
const RATE = Number(process.env.BENCH_RATE ?? 250)
const BULK_SHARE = Number(process.env.BENCH_BULK_SHARE ?? 0.8)
const API_LATENCY_MS = Number(process.env.BENCH_API_LATENCY_MS ?? 5)
const COUNSELOR_CHAT = '900000001'
const SECRETARY_CHAT = '900000002'

/** One center, one branch of N members (all on Telegram), its secretary, a counselor always on call. */
function benchDirectory(): Directory {
  const person = (id: string, name: string, role: Person['role'], telegram: string, branch: string | null): Person => ({
    id, name, phone: `139-${telegram.slice(-8)}`, enterprise_id: branch ? 'e_bench' : null, branch_id: branch, center_id: 'c_bench', role, lang: 'zh-Hans', telegram_id: telegram, slack_id: null,
  })
  const people: Person[] = [person('m_sec', '书记', 'secretary', SECRETARY_CHAT, 'br_bench'), person('m_cns', '值班老师', 'counselor', COUNSELOR_CHAT, null)]
  for (let i = 0; i < N; i++) people.push(person(`m${i}`, `党员${i}`, 'member', String(800_000_000 + i), 'br_bench'))
  const data: DirectoryData = {
    centers: [{ id: 'c_bench', name: '基准服务中心', district: null, address: '基准路 1 号', phone: '023-0000000', hours: null, services: [] }],
    branches: [{ id: 'br_bench', name: '基准联合党支部', kind: 'joint', center_id: 'c_bench', secretary: '书记', secretary_phone: null, dues_method: null, dues_place: null, org_life_schedule: null, org_life_place: null }],
    enterprises: [{ id: 'e_bench', name: '重庆基准科技有限公司', aliases: [], credit_code: null, area: null, address: null, branch_id: 'br_bench' }],
    people,
    shifts: [{ center_id: 'c_bench', level: 1, person_id: 'm_cns', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], start: '00:00', end: '24:00' }],
  }
  return new Directory(data, 'bench')
}

/** The Bot API as the delivery worker sees it: records each message's chat, kind and time. */
class StandInSender implements DeliverySender<{ text: string }> {
  readonly platform = 'telegram' as const
  readonly notices = new Map<string, number>()
  readonly noticeTimes: number[] = []
  pageAt: number | null = null
  render(m: DeliveryMessage): { text: string }[] {
    return [{ text: m.text }]
  }
  async send(chatId: string, piece: { text: string }): Promise<void> {
    await new Promise((r) => setTimeout(r, API_LATENCY_MS))
    const now = performance.now()
    if (chatId === COUNSELOR_CHAT) this.pageAt ??= now
    else if (piece.text.startsWith('【会议通知】')) {
      this.notices.set(chatId, (this.notices.get(chatId) ?? 0) + 1)
      this.noticeTimes.push(now)
    }
  }
}

const server = await startEmbeddedRedis({ dataDir: null })
const redis = await connectRedis(server.url)
const connection = await connectRedis(server.url, { forWorkers: true })
const keys = new Keys('{bench}:')
const prefix = '{bench}:bull'
try {
  const dir = benchDirectory()
  const directory = DirectoryProvider.fixed(dir)
  const sender = new StandInSender()
  const rates = { perSecond: RATE, bulkShare: BULK_SHARE, perChatPerSecond: 1 }
  const delivery = createDeliveryWorkers({ connection, redis, keys, prefix, sender, rates, concurrency: { urgent: 8, bulk: 16 } })
  const queue = new DeliveryQueue(connection, 'telegram', prefix)
  const notifier = new TelegramNotifier(directory, queue, new Reachability(redis, keys))
  const clock = new FixedClock(new Date('2026-11-24T13:00:00Z'))
  const env = loadEnv({ ALERT_ACK_TIMEOUT_IMMINENT: '10m', ALERT_ACK_TIMEOUT_HIGH: '10m', ALERT_ACK_TIMEOUT_CONCERN: '10m' })
  const base = { redis, keys, directory, clock, notifier }
  const config = noticesConfig(env)
  const workers = await startWorkers({ redisUrl: server.url, prefix, deps: { ...base, config: alertsConfig(env) }, notices: { config, worker: { concurrency: 32 } } })
  const alertDeps: AlertDeps = { ...base, jobs: workers.jobs, config: alertsConfig(env) }
  const noticeDeps: NoticeDeps = { ...base, jobs: workers.jobs, config }
  const deps: CoreDeps = { ...base, jobs: workers.jobs, env, safety: new AlertSafetyHook(alertDeps) }
  const modules = [alertsModule(alertDeps), noticesModule(noticeDeps)]
  let seq = 0
  const event = (userId: string, extra: Partial<InboundEvent>): InboundEvent => ({ kind: 'message', id: `b${++seq}`, platform: 'telegram', userId, chatId: userId, at: clock.now(), ...extra })

  const started = performance.now()
  const preview = await handle(event(SECRETARY_CHAT, { text: '/notice 主题党日 | 12月5日晚7点 | 服务中心 302 会议室' }), deps, modules)
  const send = preview.replies[0]?.choices?.find((c) => c.label === '确认发送')
  if (!send) throw new Error(`no preview: ${preview.replies[0]?.text.slice(0, 80)}`)
  await handle(event(SECRETARY_CHAT, { kind: 'action', action: send.action }), deps, modules)

  // Halfway through the fan-out, a member in distress writes; time until the page is sent.
  while (sender.noticeTimes.length < N / 2) await new Promise((r) => setTimeout(r, 20))
  const distressAt = performance.now()
  await handle(event(String(800_000_000 + 7), { text: '我不想活了，今晚就从楼上跳下去' }), deps, modules)
  while (sender.pageAt === null && performance.now() - distressAt < 10_000) await new Promise((r) => setTimeout(r, 5))
  const pageMs = sender.pageAt === null ? Infinity : sender.pageAt - distressAt

  const deadline = performance.now() + (N / (RATE * BULK_SHARE)) * 3000 + 30_000
  while (sender.notices.size < N && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  await new Promise((r) => setTimeout(r, 1000)) // a duplicate would show up here
  const total = (performance.now() - started) / 1000
  const t = sender.noticeTimes
  const achieved = (t.length - 1) / ((t.at(-1)! - t[0]!) / 1000)
  const configured = RATE * BULK_SHARE
  const duplicates = [...sender.notices.values()].reduce((s, c) => s + (c - 1), 0)
  const lost = N + 1 - sender.notices.size // members and the secretary
  console.log(`notices: ${N} recipients (+ secretary) in ${total.toFixed(1)} s; sender limit ${RATE}/s, bulk share ${BULK_SHARE} → configured bulk ${configured.toFixed(0)}/s`)
  // After the first tenth the producer (fan-out job, notice sends) is ahead: the sender alone sets the pace.
  const tenth = Math.floor(t.length / 10)
  const steady = (t.length - 1 - tenth) / ((t.at(-1)! - t[tenth]!) / 1000)
  console.log(`achieved bulk rate ${achieved.toFixed(1)}/s = ${(achieved / configured).toFixed(3)} of configured (target ≥ 0.95), first message to last`)
  console.log(`after the first 10 %: ${steady.toFixed(1)}/s = ${(steady / configured).toFixed(3)} of configured`)
  if (process.env.BENCH_DEBUG) {
    const outcomes = await redis.hlen(keys.noticeOutcome('N1'))
    console.log('deciles (s from first):', [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => ((t[Math.floor((d * t.length) / 10)]! - t[0]!) / 1000).toFixed(2)).join(' '), 'outcomes', outcomes)
  }
  console.log(`duplicates ${duplicates}, lost ${lost}`)
  console.log(`distress message mid fan-out → page sent to the counselor in ${pageMs.toFixed(0)} ms (target < 2000 ms)`)
  await workers.stop()
  await delivery.close()
  await queue.close()
  process.exitCode = achieved / configured >= 0.95 && duplicates === 0 && lost === 0 && pageMs < 2000 ? 0 : 1
} finally {
  connection.disconnect()
  redis.disconnect()
  await server.stop()
}

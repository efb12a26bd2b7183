import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { DirectoryProvider } from '../../core/directory/provider.js'
import { noticesConfig } from '../../core/notices/notice-config.js'
import { noticesModule } from '../../core/notices/notices-module.js'
import { loadEnv } from '../../core/config/env.js'
import { NoticeStore } from '../../core/store/notices.js'
import { TelegramSender } from '../../bots/telegram/telegram-sender.js'
import { openJobQueue } from '../../jobs/bullmq-job-queue.js'
import type { RunningWorkers } from '../../jobs/start-workers.js'
import { testCore, texts, type TestCore } from '../support/core.js'
import { CROWD_AT, CROWD_SECRETARY_CHAT, crowdChat, crowdDirectory, crowdNoticesWorker } from '../support/notices-crowd.js'
import { testDelivery, type TestDelivery } from '../support/telegram-delivery.js'
import { startStandInBotApi, type Fault } from '../support/telegram-standin.js'
import { waitFor } from './notices-testbed.js'

const CHILD = fileURLToPath(new URL('./kill-notices.child.ts', import.meta.url))
const N = 300
const REACHABLE = Array.from({ length: N }, (_, i) => crowdChat(i)).filter((c): c is string => c !== null)
const FAST = { perSecond: 1000, bulkShare: 0.8, perChatPerSecond: 1 }

interface Bed {
  core: TestCore
  api: Awaited<ReturnType<typeof startStandInBotApi>>
  delivery: TestDelivery
  producer: Awaited<ReturnType<typeof openJobQueue>>
  store: NoticeStore
  bullPrefix: string
}
let bed: Bed | undefined
let child: ChildProcess | undefined
let rescue: RunningWorkers | undefined
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await rescue?.stop()
  await bed?.delivery.stop()
  await bed?.producer.close()
  await bed?.api.stop()
  await bed?.core.close()
  bed = child = rescue = undefined
})

/** The Bot API stand-in behind the real Telegram delivery workers, and a core that only enqueues. */
async function setUp(fault?: (m: { chatId: string; text: string; attempt: number }) => Fault): Promise<Bed> {
  const directory = DirectoryProvider.fixed(crowdDirectory(N))
  const core = await testCore({ at: CROWD_AT, deps: { directory } })
  const bullPrefix = `${core.db.prefix}bull`
  const api = await startStandInBotApi(fault)
  const delivery = await testDelivery(core.db, new TelegramSender({ token: '1:T', apiRoot: api.apiRoot }), FAST)
  const producer = await openJobQueue(core.db.url, { prefix: bullPrefix })
  core.deps.jobs = producer.jobs
  const config = noticesConfig(loadEnv({}))
  core.modules.push(noticesModule({ redis: core.db.redis, keys: core.db.keys, directory, clock: core.clock, notifier: core.notifier, jobs: producer.jobs, config }))
  return (bed = { core, api, delivery, producer, store: new NoticeStore(core.db.redis, core.db.keys), bullPrefix })
}

/** The secretary sends the notice and presses 确认发送 (the jobs wait for a worker). */
async function sendNotice(b: Bed): Promise<string> {
  const preview = await b.core.say(CROWD_SECRETARY_CHAT, '/notice 主题党日 | 11月28日晚7点 | 服务中心 302')
  const confirm = preview.replies.flatMap((r) => r.choices ?? []).find((c) => c.label === '确认发送')!
  expect(texts(await b.core.press(CROWD_SECRETARY_CHAT, confirm.action))).toContain(`开始发送给 ${N + 1} 人`)
  return /N\d+/.exec(texts(preview))![0]
}

/** What each chat's phone shows: notices per chat, and the secretary's summaries. */
function received(b: Bed): { perChat: Map<string, number>; summaries: string[] } {
  const perChat = new Map<string, number>()
  for (const m of b.api.accepted) if (m.text.startsWith('【会议通知】')) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1)
  return { perChat, summaries: b.api.accepted.filter((m) => m.chatId === CROWD_SECRETARY_CHAT && m.text.includes('发送完毕')).map((m) => m.text) }
}

/** Waits (bounded) until every reachable chat shows the notice, lets stray repeats arrive, then checks. */
async function expectEveryoneOnce(b: Bed, id: string): Promise<void> {
  await waitFor(() => REACHABLE.every((c) => received(b).perChat.has(c)), 30_000, 'every reachable chat to show the notice').catch(() => undefined)
  await new Promise((r) => setTimeout(r, 1000))
  const { perChat, summaries } = received(b)
  const counts = REACHABLE.map((c) => perChat.get(c) ?? 0)
  expect({ lost: counts.filter((n) => n === 0).length, duplicated: counts.filter((n) => n > 1).length, secretary: perChat.get(CROWD_SECRETARY_CHAT) }).toEqual({ lost: 0, duplicated: 0, secretary: 1 })
  expect(summaries).toHaveLength(1)
  expect(summaries[0]).toContain(`通知 ${id}“主题党日”发送完毕：送达 ${REACHABLE.length + 1} / ${N + 1} 人`)
  expect(summaries[0]).toContain('党员9（重庆测试科技有限公司）139-10000009')
}

function startChild(b: Bed, hangAfter: number): Promise<{ pid: number; hung: Promise<void> }> {
  child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, TEST_REDIS_URL: b.core.db.url, TEST_KEY_PREFIX: b.core.db.prefix, TEST_BULL_PREFIX: b.bullPrefix, TEST_N: String(N), TEST_HANG_AFTER: String(hangAfter) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  let hungNow: () => void = () => undefined
  const hung = new Promise<void>((r) => (hungNow = r))
  return new Promise((res, rej) => {
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /ready (\d+)/.exec(out)
      if (m) res({ pid: Number(m[1]), hung })
      if (out.includes('hung')) hungNow()
    })
    child!.once('exit', (code) => rej(new Error(`notices worker child exited early (${code})`)))
  })
}

describe('faults in the middle of a fan-out to 300 members (real BullMQ, Telegram delivery, Bot API stand-in)', () => {
  it('the notices worker SIGKILLed mid fan-out: a new worker takes over and every member gets the notice exactly once', async () => {
    const b = await setUp()
    const { pid, hung } = await startChild(b, 100)
    const id = await sendNotice(b)
    await hung
    // Let the other sends in flight reach the hang too, then kill the worker there.
    await new Promise((r) => setTimeout(r, 300))
    const exited = new Promise((r) => child!.once('exit', r))
    process.kill(pid, 'SIGKILL')
    await exited
    const atKill = (await b.store.outcomes(id)).size
    expect(atKill).toBeGreaterThanOrEqual(90)
    expect(atKill).toBeLessThan(N)

    rescue = await crowdNoticesWorker({ redisUrl: b.core.db.url, redis: b.core.db.redis, keys: b.core.db.keys, bullPrefix: b.bullPrefix, n: N, clock: b.core.clock })
    await waitFor(() => received(b).summaries.length > 0, 30_000, 'the summary after the take-over')
    await waitFor(async () => (await b.store.outcomes(id)).size === N + 1, 5000, 'every outcome recorded')
    await expectEveryoneOnce(b, id)
  }, 60_000)

  it('a 429 storm from the Bot API during the fan-out: nothing lost, nothing duplicated', async () => {
    let stormUntil = 0
    const b = await setUp(({ attempt, chatId }) => {
      stormUntil ||= Date.now() + 1500
      // Every request for the first 1.5 s, then the first try of every fiftieth chat.
      if (Date.now() < stormUntil || (attempt === 1 && Number(chatId) % 50 === 0)) return { status: 429, retryAfter: 1 }
      return undefined
    })
    rescue = await crowdNoticesWorker({ redisUrl: b.core.db.url, redis: b.core.db.redis, keys: b.core.db.keys, bullPrefix: b.bullPrefix, n: N, clock: b.core.clock })
    const id = await sendNotice(b)
    await waitFor(() => received(b).summaries.length > 0, 45_000, 'the summary after the storm')
    await expectEveryoneOnce(b, id)
    const refused = [...b.api.attempts.values()].reduce((s, n) => s + n, 0) - b.api.accepted.length
    console.log(`429 storm: ${refused} requests refused with 429, ${b.api.accepted.length} accepted`)
    expect(refused).toBeGreaterThan(6)
  }, 60_000)
})

import { afterEach, describe, expect, it } from 'vitest'
import { TelegramNotifier } from '../../bots/telegram/telegram-notifier.js'
import { TelegramSender } from '../../bots/telegram/telegram-sender.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import type { DeliveryRates } from '../../jobs/delivery/delivery-limits.js'
import type { DeliveryMessage, Lane } from '../../jobs/delivery/delivery-message.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { testRedis, type TestRedis } from '../support/redis.js'
import { eventually } from '../support/telegram-emulator.js'
import { testDelivery, type TestDelivery } from '../support/telegram-delivery.js'
import { maxInWindow, startStandInBotApi, type Fault } from '../support/telegram-standin.js'

const TOKEN = '123456:TEST-delivery'

describe('delivery worker against a faulty Bot API', () => {
  let db: TestRedis
  let delivery: TestDelivery
  let api: Awaited<ReturnType<typeof startStandInBotApi>>
  afterEach(async () => {
    await delivery?.stop()
    await api?.stop()
    await db?.close()
  })

  async function setup(rates: DeliveryRates, fault?: (m: { chatId: string; text: string; attempt: number }) => Fault) {
    db = await testRedis()
    api = await startStandInBotApi(fault)
    delivery = await testDelivery(db, new TelegramSender({ token: TOKEN, apiRoot: api.apiRoot }), rates)
  }
  const msg = (chatId: string, key: string, text = `msg ${key}`): DeliveryMessage => ({ platform: 'telegram', chatId, key, text })
  const send = (m: DeliveryMessage, lane: Lane = 'bulk') => delivery.queue.enqueue(m, lane)

  it('loses nothing and sends nothing twice through 429, 500, 403 and slow answers', async () => {
    await setup({ perSecond: 30, bulkShare: 0.8, perChatPerSecond: 1 }, ({ chatId, attempt }) => {
      if (chatId === '1001' && attempt === 1) return { status: 429, retryAfter: 1 }
      if (chatId === '1002' && attempt <= 2) return { status: 500 }
      if (chatId === '1003') return { status: 403 }
      if (chatId === '1004') return { delayMs: 700 }
      return undefined
    })
    const chats = Array.from({ length: 20 }, (_, i) => String(1000 + i))
    const started = Date.now()
    for (const c of chats) await send(msg(c, `notice:N1:${c}`, `会议通知 ${c}`))
    // The same messages enqueued again (a re-run fan-out) are recognised by their ids.
    for (const c of chats) await send(msg(c, `notice:N1:${c}`, `会议通知 ${c}`))

    const expected = chats.filter((c) => c !== '1003')
    await eventually(() => api.accepted.length, (n) => n >= expected.length, 15_000)
    await new Promise((r) => setTimeout(r, 1500)) // time for a duplicate to show up, if any
    const got = api.accepted.map((a) => a.chatId).sort()
    expect(got).toEqual(expected.sort())
    expect(await delivery.reachability.isUnreachable('telegram', '1003')).toBe(true)
    expect(api.attempts.get('1003\n会议通知 1003')).toBe(1) // 403 is not retried

    // After the 429 (retry_after 1 s) the bot paused: the message went out a second later.
    const retried = api.accepted.find((a) => a.chatId === '1001')!
    expect(retried.at - started).toBeGreaterThanOrEqual(950)
  }, 30_000)

  it('keeps within the configured rate, bulk within its share, one message per second per chat', async () => {
    const rates = { perSecond: 10, bulkShare: 0.8, perChatPerSecond: 1 }
    await setup(rates)
    const n = 32
    for (let i = 0; i < n; i++) await send(msg(String(2000 + i), `bulk:${i}`))
    for (let i = 0; i < 4; i++) await send(msg('3000', `same-chat:${i}`, `same chat ${i}`))
    await eventually(() => api.accepted.length, (k) => k >= n + 4, 20_000)

    const bulk = api.accepted.filter((a) => a.chatId !== '3000').map((a) => a.at)
    const span = (Math.max(...bulk) - Math.min(...bulk)) / 1000
    const meanRate = (bulk.length - 1) / span
    const peak = maxInWindow(bulk, 1000)
    console.info(`rate: ${bulk.length} bulk messages in ${span.toFixed(2)} s = ${meanRate.toFixed(2)}/s (bulk cap 8/s); max in any 1 s window ${peak}`)
    expect(meanRate).toBeLessThanOrEqual(8 * 1.15)
    // Buckets of 2 (250 ms each at 8/s): at most one bucket over the share in any second, within the global 10/s.
    expect(peak).toBeLessThanOrEqual(rates.perSecond)

    const same = api.accepted.filter((a) => a.chatId === '3000').map((a) => a.at)
    const gaps = same.slice(1).map((t, i) => t - same[i]!)
    console.info(`per chat: gaps ${gaps.join(', ')} ms`)
    // Window starts at the slot taken just before each send; a few ms of HTTP jitter remain.
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(950)
  }, 40_000)

  it('lets urgent messages overtake a running broadcast', async () => {
    await setup({ perSecond: 10, bulkShare: 0.8, perChatPerSecond: 1 })
    for (let i = 0; i < 30; i++) await send(msg(String(4000 + i), `bulk:${i}`))
    await eventually(() => api.accepted.length, (k) => k >= 5, 10_000)
    const pagedAt = Date.now()
    for (let i = 0; i < 3; i++) await send(msg(String(5000 + i), `page:A1:${i}`, `紧急 ${i}`), 'urgent')
    await eventually(() => api.accepted.filter((a) => a.chatId.startsWith('5')).length, (k) => k === 3, 10_000)
    const urgent = api.accepted.filter((a) => a.chatId.startsWith('5'))
    const latest = Math.max(...urgent.map((a) => a.at)) - pagedAt
    const bulkLeft = 30 - api.accepted.filter((a) => a.chatId.startsWith('4')).length
    console.info(`urgent: 3 pages out ${latest} ms after enqueue, ${bulkLeft} bulk still queued`)
    expect(latest).toBeLessThan(1500)
    expect(bulkLeft).toBeGreaterThan(10)
  }, 30_000)

  it('notifier: a person’s telegram chat from the directory; [] for no id or an unreachable chat', async () => {
    await setup({ perSecond: 30, bulkShare: 0.8, perChatPerSecond: 1 }, ({ chatId }) => (chatId === '700000101' ? { status: 403 } : undefined))
    const notifier = new TelegramNotifier(DirectoryProvider.fixed(await fixtureDirectory()), delivery.queue, delivery.reachability)
    expect(await notifier.notify({ personId: 'm_001' }, { key: 'k1', text: '您的登记已通过' })).toEqual(['telegram'])
    expect(await notifier.notify({ platform: 'slack', userId: 'U1', chatId: 'C1' }, { key: 'k2', text: 'x' })).toEqual([])
    expect(await notifier.notify({ personId: 'no_such_person' }, { key: 'k3', text: 'x' })).toEqual([])
    expect(await notifier.notify({ personId: 'm_sec_np_kerui' }, { key: 'k4', text: '审批' })).toEqual(['telegram'])
    await eventually(() => delivery.reachability.isUnreachable('telegram', '700000101'), (u) => u, 10_000)
    expect(await notifier.notify({ personId: 'm_sec_np_kerui' }, { key: 'k5', text: '审批' })).toEqual([])
    await eventually(() => api.accepted.map((a) => a.text), (t) => t.includes('您的登记已通过'))
  })
})

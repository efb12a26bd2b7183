import { WebClient } from '@slack/web-api'
import { afterEach, describe, expect, it } from 'vitest'
import { SlackDirectMessages } from '../../bots/slack/slack-dm.js'
import { SlackNotifier } from '../../bots/slack/slack-notifier.js'
import { SlackSender } from '../../bots/slack/slack-sender.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import { SLACK_RATES } from '../../jobs/delivery/delivery-limits.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { testRedis, type TestRedis } from '../support/redis.js'
import { testDelivery, type TestDelivery } from '../support/telegram-delivery.js'
import { seen, SLACK_TOKEN, startSlackStandIn, until, type SlackFault, type SlackStandIn } from '../support/slack-standin.js'

describe('slack delivery through the queue against a faulty Web API', () => {
  let db: TestRedis
  let delivery: TestDelivery
  let api: SlackStandIn
  afterEach(async () => {
    await delivery?.stop()
    await api?.stop()
    await db?.close()
  })

  async function setup(fault?: (c: { method: string; channel: string; text: string; attempt: number }) => SlackFault) {
    db = await testRedis()
    api = await startSlackStandIn(fault ? { fault } : {})
    delivery = await testDelivery(db, new SlackSender({ token: SLACK_TOKEN, apiUrl: api.apiUrl }), SLACK_RATES)
    const dms = new SlackDirectMessages(new WebClient(SLACK_TOKEN, { slackApiUrl: api.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } }), db.redis, db.keys)
    return new SlackNotifier(DirectoryProvider.fixed(await fixtureDirectory()), dms, delivery.queue, delivery.reachability)
  }

  it('obeys 429 Retry-After, retries 5xx, marks the unreachable, and delivers each message exactly once', async () => {
    await setup(({ method, channel, attempt }) => {
      if (method !== 'chat.postMessage') return undefined
      if (channel === 'D1001' && attempt === 1) return { status: 429, retryAfter: 1 }
      if (channel === 'D1002' && attempt <= 2) return { status: 503 }
      if (channel === 'D1003') return { error: 'channel_not_found' }
      return undefined
    })
    const chats = Array.from({ length: 8 }, (_, i) => `D${1000 + i}`)
    const started = Date.now()
    const enqueue = () => Promise.all(chats.map((c) => delivery.queue.enqueue({ platform: 'slack', chatId: c, key: `notice:N1:${c}`, text: `会议通知 ${c} <周五> & 14:00` }, 'urgent')))
    await enqueue()
    await enqueue() // a re-run fan-out: the same ids, nothing twice

    const expected = chats.filter((c) => c !== 'D1003').sort()
    await until(() => api.posted.length >= expected.length, 15_000, 'every deliverable message')
    await new Promise((r) => setTimeout(r, 1200)) // room for a duplicate to show up, if any
    expect(api.posted.map((p) => p.channel).sort()).toEqual(expected)
    for (const p of api.posted) expect(seen(p).text).toBe(`会议通知 ${p.channel} <周五> & 14:00`)

    // The 429 was not retried early: it went out after the Retry-After second, on its second try.
    const limited = api.posted.find((p) => p.channel === 'D1001')!
    expect(limited.at - started).toBeGreaterThanOrEqual(950)
    expect(api.attempts.get('chat.postMessage\nD1001\n会议通知 D1001 &lt;周五&gt; &amp; 14:00')).toBe(2)
    expect(api.attempts.get('chat.postMessage\nD1002\n会议通知 D1002 &lt;周五&gt; &amp; 14:00')).toBe(3)
    // channel_not_found: unreachable, tried once, not retried.
    expect(api.attempts.get('chat.postMessage\nD1003\n会议通知 D1003 &lt;周五&gt; &amp; 14:00')).toBe(1)
    expect(await delivery.reachability.isUnreachable('slack', 'D1003')).toBe(true)
  }, 30_000)

  it('the notifier opens a person’s DM once (cached in Redis) and queues the page with its buttons', async () => {
    const notifier = await setup()
    const page = { key: 'alert:A1:L1:r1', text: '预警 A1', choices: [{ label: '确认接手', action: 'Qm9vbVpKdGFuX3Rva2VuMA' }], sensitive: true }
    expect(await notifier.notify({ personId: 'm_cns_bd2' }, page)).toEqual(['slack'])
    expect(await notifier.notify({ personId: 'm_cns_bd2' }, { ...page, key: 'alert:A1:L1:r2' })).toEqual(['slack'])
    expect(await notifier.notify({ personId: 'no_such_person' }, page)).toEqual([])
    await until(() => api.inChannel('D0CNS0070').length >= 2, 8000, 'two pages')
    expect(api.callsOf('conversations.open')).toHaveLength(1)
    const [first] = api.inChannel('D0CNS0070')
    expect(seen(first!)).toEqual({ text: '预警 A1', buttons: [{ label: '确认接手', action: 'Qm9vbVpKdGFuX3Rva2VuMA' }] })
    expect(first!.text).not.toContain('预警') // the notification preview of a sensitive page
  })

  it('a person who cannot be written to on Slack is reported unreachable, not queued', async () => {
    db = await testRedis()
    api = await startSlackStandIn({ fault: ({ method }) => (method === 'conversations.open' ? { error: 'user_not_found' } : undefined) })
    delivery = await testDelivery(db, new SlackSender({ token: SLACK_TOKEN, apiUrl: api.apiUrl }), SLACK_RATES, { workers: false })
    const dms = new SlackDirectMessages(new WebClient(SLACK_TOKEN, { slackApiUrl: api.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } }), db.redis, db.keys)
    const notifier = new SlackNotifier(DirectoryProvider.fixed(await fixtureDirectory()), dms, delivery.queue, delivery.reachability)
    expect(await notifier.notify({ personId: 'm_cns_bd2' }, { key: 'k1', text: 'x' })).toEqual([])
    expect(await delivery.queue.queue('urgent').count()).toBe(0)
  })

  it('a page replaced once someone acknowledged is edited in place: same message, new text, no buttons', async () => {
    const notifier = await setup()
    const page = { key: 'alert:A7:L1:r1', text: '预警 A7', choices: [{ label: '确认接手', action: 'Qm9vbVpKdGFuX3Rva2VuMA' }] }
    await notifier.notify({ personId: 'm_cns_bd2' }, page)
    await until(() => api.inChannel('D0CNS0070').length >= 1, 8000, 'the page')
    await notifier.notify({ personId: 'm_cns_bd2' }, { key: 'alert:A7:L1:r1:taken', replaces: 'alert:A7:L1:r1', text: '【心理预警 A7】已由文天明确认接手' })
    await until(() => api.callsOf('chat.update').length >= 1, 8000, 'the edit')
    const shown = api.inChannel('D0CNS0070')
    expect(shown).toHaveLength(1)
    expect(seen(shown[0]!)).toEqual({ text: '【心理预警 A7】已由文天明确认接手', buttons: [] })
  }, 30_000)
})

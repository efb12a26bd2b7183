import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkSlackSignature, slackSignature } from '../../bots/slack/slack-signature.js'
import { slackFixture } from '../support/slack-client.js'
import { slackHarness, type SlackHarness } from '../support/slack-harness.js'
import { seen, until } from '../support/slack-standin.js'

// 赵志强 (m_001) of 科瑞药业, Slack U0MEM0018 in the fixture directory; his app DM is D0MEM0018.
const MEMBER = 'U0MEM0018'

describe('slack: POST /slack/events on the shared HTTP server', () => {
  let h: SlackHarness
  beforeAll(async () => {
    // Answers to this one person take 2.5 s to post: the ack must not wait for them.
    h = await slackHarness({ fault: (c) => (c.method === 'chat.postMessage' && c.channel === 'D0SLOW0001' ? { delayMs: 2500 } : undefined) })
  })
  afterAll(async () => {
    await h.close()
  })

  it('answers the url_verification challenge', async () => {
    const f = slackFixture('url-verification')
    const r = await h.client.json(f)
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toEqual({ challenge: f.challenge })
  })

  it('answers a DM question about dues in the DM, with the branch’s own way to pay', async () => {
    const { sent } = await h.client.dm(MEMBER, '党费怎么交？')
    expect(sent.status).toBe(200)
    const answer = await until(() => h.api.inChannel('D0MEM0018')[0], 8000, 'the answer in the DM')
    expect(answer.via).toBe('chat.postMessage')
    expect(seen(answer).text).toMatch(/党费/)
    expect(seen(answer).text).toMatch(/科瑞/)
  })

  it('answers a mention in a channel in the thread of the mention', async () => {
    const { ts } = await h.client.mention(MEMBER, 'C0PARTY01', '服务中心在哪里？')
    const answer = await until(() => h.api.inChannel('C0PARTY01').find((p) => p.threadTs === ts), 8000, 'the answer in the thread')
    expect(answer.via).toBe('chat.postMessage')
    expect(seen(answer).text).toMatch(/服务中心/)
  })

  it('refuses unsigned, badly signed, stale and future-dated requests with 401, and processes none of them', async () => {
    const before = { events: h.events.length, calls: h.api.calls.length }
    const attempts = [
      await h.client.dm(MEMBER, '党费怎么交？', { unsigned: true }),
      await h.client.dm(MEMBER, '党费怎么交？', { secret: 'not-the-signing-secret' }),
      await h.client.dm(MEMBER, '党费怎么交？', { skewSeconds: -6 * 60 }),
      await h.client.dm(MEMBER, '党费怎么交？', { skewSeconds: 6 * 60 }),
      await h.client.command(MEMBER, 'dues', { secret: 'not-the-signing-secret' }),
    ]
    expect(attempts.map((a) => a.sent.status)).toEqual([401, 401, 401, 401, 401])
    await new Promise((r) => setTimeout(r, 400))
    expect(h.events.length).toBe(before.events)
    expect(h.api.calls.length).toBe(before.calls)
  })

  it('processes a retried event once: a redelivery with X-Slack-Retry-Num of the same event_id is dropped', async () => {
    const user = 'U0MEM0060' // 李玉梅 (m_043)
    const first = await h.client.dm(user, '服务中心几点开门？')
    const again = await h.client.dm(user, '服务中心几点开门？', { eventId: first.eventId, retryNum: 1 })
    const third = await h.client.dm(user, '服务中心几点开门？', { eventId: first.eventId, retryNum: 2 })
    expect([first.sent.status, again.sent.status, third.sent.status]).toEqual([200, 200, 200])
    await until(() => h.api.inChannel('D0MEM0060').length > 0, 8000, 'the answer')
    await new Promise((r) => setTimeout(r, 500))
    expect(h.events.filter((e) => e.id === first.eventId)).toHaveLength(1)
    expect(h.api.inChannel('D0MEM0060')).toHaveLength(1)
  })

  it('acks at once and answers after: a slow chat.postMessage does not hold the HTTP answer', async () => {
    const r = await h.client.dm('U0SLOW0001', '服务中心在哪里？')
    expect(r.sent.status).toBe(200)
    expect(r.sent.ms).toBeLessThan(1000)
    const answer = await until(() => h.api.inChannel('D0SLOW0001')[0], 8000, 'the slow answer')
    expect(seen(answer).text).toMatch(/服务中心/)
  })
})

describe('slack request signature', () => {
  const secret = 'test-signing-secret-8f3a'
  const body = 'token=x&command=%2Flianxin&text=dues'
  const now = 1_764_300_000_000
  const ts = String(now / 1000)
  it('accepts Slack’s v0 HMAC and rejects any change to body, time or secret', () => {
    const sig = slackSignature(secret, ts, body)
    expect(sig).toMatch(/^v0=[0-9a-f]{64}$/)
    expect(checkSlackSignature({ secret, rawBody: body, timestamp: ts, signature: sig, nowMs: now })).toBe('ok')
    expect(checkSlackSignature({ secret, rawBody: body + ' ', timestamp: ts, signature: sig, nowMs: now })).toBe('mismatch')
    expect(checkSlackSignature({ secret: secret + 'x', rawBody: body, timestamp: ts, signature: sig, nowMs: now })).toBe('mismatch')
    expect(checkSlackSignature({ secret, rawBody: body, timestamp: ts, signature: sig, nowMs: now + 301_000 })).toBe('stale')
    expect(checkSlackSignature({ secret, rawBody: body, timestamp: ts, signature: sig, nowMs: now - 301_000 })).toBe('stale')
    expect(checkSlackSignature({ secret, rawBody: body, timestamp: undefined, signature: sig, nowMs: now })).toBe('missing')
    expect(checkSlackSignature({ secret, rawBody: body, timestamp: ts, signature: 'v1=' + sig.slice(3), nowMs: now })).toBe('mismatch')
  })
})

import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { SlackAdapter } from '../../bots/slack/slack-adapter.js'
import { fromEventCallback, EventCallback, commandText } from '../../bots/slack/slack-payloads.js'
import { SlackHttpReceiver } from '../../bots/slack/slack-receiver.js'
import { renderReply, SLACK_TEXT_LIMIT } from '../../bots/slack/slack-render.js'
import { startHttpServer } from '../../bots/runtime/http-server.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import type { InboundEvent, Outcome } from '../../core/model/events.js'
import { adapterContract, type AdapterHarness } from '../support/adapter-contract.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { testRedis } from '../support/redis.js'
import { SIGNING_SECRET, slackClient, slackFixture } from '../support/slack-client.js'
import { seen, SLACK_TOKEN, startSlackStandIn, until } from '../support/slack-standin.js'

/** The Slack adapter on a real port, fed with signed samples of test/fixtures/slack; the Web API is the stand-in. */
async function slackContractHarness(): Promise<AdapterHarness> {
  const db = await testRedis()
  const api = await startSlackStandIn()
  const receiver = new SlackHttpReceiver({ signingSecret: SIGNING_SECRET })
  const adapter = new SlackAdapter({ token: SLACK_TOKEN, apiUrl: api.apiUrl, receiver, redis: db.redis, keys: db.keys, directory: DirectoryProvider.fixed(await fixtureDirectory()), timeZone: 'Asia/Shanghai' })
  const events: InboundEvent[] = []
  await adapter.start(async (e) => (events.push(e), { replies: [], lang: 'zh-Hans' } satisfies Outcome))
  const server: Server = await startHttpServer(0, [receiver.route])
  const client = slackClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { responseUrl: api.responseUrl })
  let next = 0
  const eventIds = new Map<number, string>()
  const arrived = async (sent: Promise<{ status: number }>) => {
    const before = events.length
    expect((await sent).status).toBe(200)
    await until(() => events.length > before, 5000, 'the event at the core')
    return events.at(-1)!
  }
  return {
    platform: 'slack',
    textLimit: SLACK_TEXT_LIMIT,
    deliver: async (s) => {
      if (s.kind === 'button') return arrived(client.press(s.userId, `D${s.userId}`, s.action))
      if (s.kind === 'command') return arrived(client.command(s.userId, s.text.replace(/^\//, '')).then((r) => r.sent))
      // The same Slack delivery twice is the same event_id: Slack's retry of one event.
      const eventId = s.updateId ? (eventIds.get(s.updateId) ?? `EvC${++next}`) : `EvC${++next}`
      if (s.updateId) eventIds.set(s.updateId, eventId)
      if (s.updateId && events.some((e) => e.id === eventId)) {
        // A redelivery is dropped before the core: the event the core saw is the first one.
        expect((await client.dm(s.userId, s.text, { eventId, retryNum: 1 })).sent.status).toBe(200)
        return events.find((e) => e.id === eventId)!
      }
      return arrived(client.dm(s.userId, s.text, { eventId }).then((r) => r.sent))
    },
    render: async (chatId, reply) => {
      const before = api.inChannel(chatId).length
      await adapter.render(chatId, reply)
      return api.inChannel(chatId).slice(before).map((p) => seen(p))
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      await adapter.stop()
      await api.stop()
      await db.close()
    },
  }
}

adapterContract('slack', slackContractHarness)

describe('slack payload samples and rendering details', () => {
  it('a DM sample becomes a message with the DM as chat; a mention loses the bot’s name and is answered in its thread', () => {
    const dm = fromEventCallback(EventCallback.parse(slackFixture('event-message-im')), new Date())!
    expect(dm.event).toMatchObject({ kind: 'message', id: 'Ev0MSGIM0001', userId: 'U0MEM0018', chatId: 'D0MEM0018', text: '党费怎么交？' })
    const mention = fromEventCallback(EventCallback.parse(slackFixture('event-app-mention')), new Date())!
    expect(mention.event.text).toBe('服务中心在哪里？')
    expect(mention.target).toMatchObject({ kind: 'channel', channel: 'C0PARTY01', threadTs: '1764300030.000300', public: true })
  })

  it('bots, edits and channel chatter are not read', () => {
    const f = slackFixture('event-message-im')
    const ev = f.event as Record<string, unknown>
    for (const event of [{ ...ev, bot_id: 'B1' }, { ...ev, subtype: 'message_changed' }, { ...ev, channel_type: 'channel' }]) expect(fromEventCallback(EventCallback.parse({ ...f, event }), new Date())).toBeNull()
  })

  it('reads the slash command’s words as the DESIGN.md commands, anything else as free text', () => {
    expect(commandText('dues')).toBe('/dues')
    expect(commandText('RESOLVE A12 已电话联系')).toBe('/resolve A12 已电话联系')
    expect(commandText('')).toBe('/help')
    expect(commandText('党费怎么交 &amp; &lt;急&gt;')).toBe('党费怎么交 & <急>')
  })

  it('escapes & < > in mrkdwn and keeps a sensitive message’s text out of the notification preview', () => {
    const [m] = renderReply({ text: 'a <b>x</b> & *q*', sensitive: true }, '连心有一条新消息')
    expect(m!.text).toBe('连心有一条新消息')
    expect(m!.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'a &lt;b&gt;x&lt;/b&gt; &amp; *q*', verbatim: true } })
  })

  it('splits on the escaped length: a text of many & fits each piece under the section limit', () => {
    const line = '&'.repeat(100)
    const pieces = renderReply({ text: Array.from({ length: 40 }, () => line).join('\n') }, '')
    for (const p of pieces) {
      const b = p.blocks[0]
      expect(b?.type === 'section' && b.text.text.length).toBeLessThanOrEqual(SLACK_TEXT_LIMIT)
    }
    expect(pieces.length).toBeGreaterThanOrEqual(2)
  })
})

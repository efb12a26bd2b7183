import { afterEach, describe, expect, it } from 'vitest'
import { slackHarness, type SlackHarness } from '../support/slack-harness.js'
import { seen, until, type Posted } from '../support/slack-standin.js'

// Fixture directory: 李玉梅 (m_043, 智芯电子, c_bonded) is U0MEM0060; on Tuesday 21:00 the night
// shift m_cns_bd2 (U0CNS0070) is on call, the backup m_cns_bd3 (U0CNS0071); m_cns_bd1 (U0CNS0069)
// is the day shift of the same center. App DMs are D + the user id without its U.
const MEMBER = 'U0MEM0060'
const NIGHT = 'U0CNS0070'
const DAY = 'U0CNS0069'
const POST = '想去跳了，活起太累'

let h: SlackHarness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe('slack: a distress DM pages the on-call counselor by DM', () => {
  it('pages with Acknowledge and Resolve; someone else’s press is refused only to them and changes nothing; the right press stops escalation', async () => {
    // A high alert waits 2.5 s for an acknowledgement before the backup is paged.
    h = await slackHarness({ alerts: { ackTimeoutMs: { imminent: 2500, high: 2500, concern: 2500 } } })
    await h.client.dm(MEMBER, POST)

    // The member gets the warm reply with hotlines and a button, in her DM; its preview hides the text.
    const reply = await until(() => h!.api.inChannel('D0MEM0060')[0], 8000, 'reply to the member')
    expect(seen(reply).text).toContain('12356')
    expect(seen(reply).buttons.map((b) => b.label)).toEqual(['现在找心理老师聊聊'])
    expect(reply.text).not.toContain('跳')

    // The night shift is paged in their app DM (conversations.open), through the delivery queue.
    const page: Posted = await until(() => h!.api.inChannel('D0CNS0070')[0], 8000, 'page to the night shift')
    expect(h.api.callsOf('conversations.open').map((c) => c.args.users)).toContain(NIGHT)
    const shown = seen(page)
    expect(shown.text).toContain(POST)
    expect(shown.text).toContain('李玉梅')
    expect(shown.buttons.map((b) => b.label)).toEqual(['确认接手', '结案'])
    const alert = (await h.store.listUnresolved('c_bonded'))[0]!

    // The day shift presses the night shift's Acknowledge: an ephemeral refusal for them alone.
    expect((await h.client.press(DAY, 'D0CNS0069', shown.buttons[0]!.action)).status).toBe(200)
    const refusal = await until(() => h!.api.posted.find((p) => p.user === DAY), 8000, 'the refusal')
    expect(refusal.via).toBe('chat.postEphemeral')
    expect(seen(refusal).text).toContain('这个按钮已失效或不属于您')
    expect((await h.store.get(alert.id))!).toMatchObject({ state: 'open', ackBy: null })

    // The night shift presses it: acknowledged, with the member's phone in the answer.
    await h.client.press(NIGHT, 'D0CNS0070', shown.buttons[0]!.action)
    const acked = await until(() => h!.api.inChannel('D0CNS0070').find((p) => seen(p).text.includes(`已确认接手 ${alert.id}`)), 8000, 'the acknowledgement')
    expect(acked.via).toBe('chat.postMessage')
    expect(seen(acked).text).toContain('139-0000-2059')
    expect((await h.store.get(alert.id))!).toMatchObject({ state: 'acknowledged', ackBy: 'm_cns_bd2' })

    // Well past the timeout: the backup was never paged.
    await new Promise((r) => setTimeout(r, 3000))
    expect(h.api.inChannel('D0CNS0071')).toHaveLength(0)
    // The page itself was edited in place (chat.update): who took it, and no buttons left.
    const edited = h.api.posted.find((p) => p.ts === page.ts)!
    expect(seen(edited).text).toContain('已由谢晓雯确认接手')
    expect(h.api.posted.filter((p) => p.channel === 'D0CNS0070' && seen(p).buttons.length > 0)).toHaveLength(0)
  }, 30_000)
})

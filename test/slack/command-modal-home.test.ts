import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { slackHarness, type SlackHarness } from '../support/slack-harness.js'
import { seen, until } from '../support/slack-standin.js'

const MEMBER = 'U0MEM0018' // 赵志强 (m_001), 科瑞药业
const SECRETARY = 'U0SEC0001' // 陈建国, secretary of the 科瑞 branch

describe('slack: /lianxin, the notice modal and the Home tab', () => {
  let h: SlackHarness
  beforeAll(async () => {
    h = await slackHarness({ locales: { U0NEW0001: 'en-US' } })
  })
  afterAll(async () => {
    await h.close()
  })

  it('`/lianxin dues` is /dues: the answer comes back ephemeral through the command’s response_url', async () => {
    const { trigger, sent } = await h.client.command(MEMBER, 'dues')
    expect(sent.status).toBe(200)
    const answer = await until(() => h.api.posted.find((p) => p.via === 'response_url' && p.channel === trigger), 8000, 'the answer')
    expect(seen(answer).text).toMatch(/党费/)
    expect(seen(answer).text).toMatch(/科瑞/)
    expect(h.events.at(-1)).toMatchObject({ kind: 'message', userId: MEMBER, text: '/dues' })
  })

  it('`/lianxin` alone is /help; free text after it is a question', async () => {
    const help = await h.client.command(MEMBER, '')
    await until(() => h.api.posted.find((p) => p.channel === help.trigger), 8000, 'help')
    expect(h.events.at(-1)!.text).toBe('/help')
    const q = await h.client.command(MEMBER, '服务中心在哪里？')
    const answer = await until(() => h.api.posted.find((p) => p.channel === q.trigger), 8000, 'answer')
    expect(seen(answer).text).toMatch(/服务中心/)
  })

  it('`/lianxin notice` opens the modal (views.open with the trigger); its submission reaches the core as /notice', async () => {
    const { trigger } = await h.client.command(SECRETARY, 'notice')
    const opened = await until(() => h.api.callsOf('views.open').find((c) => c.args.trigger_id === trigger), 8000, 'views.open')
    const View = z.object({ callback_id: z.string(), title: z.object({ text: z.string() }), blocks: z.array(z.object({ block_id: z.string(), element: z.object({ type: z.string() }) })) })
    const view = View.parse(opened.args.view)
    expect(view.callback_id).toBe('lianxin_notice')
    expect(view.title.text).toBe('发布会议通知')
    expect(view.blocks.map((b) => [b.block_id, b.element.type])).toEqual([
      ['title', 'plain_text_input'],
      ['when', 'datetimepicker'],
      ['where', 'plain_text_input'],
      ['agenda', 'plain_text_input'],
    ])
    expect(h.events.some((e) => e.userId === SECRETARY)).toBe(false) // opening the modal is not a message

    // 2025-12-04 06:00 UTC is 14:00 in Shanghai; a "|" typed in a field cannot shift the fields.
    const r = await h.client.submitNotice(SECRETARY, { title: '支部党员大会', when: 1764828000, where: '三楼会议室', agenda: '学习 | 讨论' })
    expect(r.status).toBe(200)
    expect(r.body).toBe('') // an empty ack closes the modal
    const event = await until(() => h.events.find((e) => e.userId === SECRETARY), 8000, 'the notice at the core')
    expect(event).toMatchObject({ kind: 'message', platform: 'slack', text: '/notice 支部党员大会 | 2025-12-04 14:00 | 三楼会议室 | 学习 ｜ 讨论' })
    // Whatever the core answers goes to the secretary's app DM.
    await until(() => h.api.inChannel('D0SEC0001')[0], 8000, 'the answer in the DM')
  })

  it('the Home tab shows the person’s branch, dues and next organizational life (views.publish)', async () => {
    await h.client.homeOpened(MEMBER)
    const published = await until(() => h.api.callsOf('views.publish').find((c) => c.args.user_id === MEMBER), 8000, 'views.publish')
    const view = z.object({ type: z.literal('home'), blocks: z.array(z.object({ type: z.string(), text: z.object({ text: z.string() }).optional() })) }).parse(published.args.view)
    const headers = view.blocks.filter((b) => b.type === 'header').map((b) => b.text?.text)
    expect(headers).toEqual(['我的支部', '党费', '组织生活'])
    const text = seen(view).text
    expect(text).toMatch(/科瑞/)
    expect(text).toMatch(/党费/)
  })

  it('a counselor’s Home tab starts with the open alerts of their center, with light and age; a member’s has none', async () => {
    await h.client.dm('U0MEM0060', '想去跳了，活起太累') // m_043, c_bonded
    await until(() => h.api.inChannel('D0CNS0070')[0], 8000, 'the page to the night counselor')
    await h.client.homeOpened('U0CNS0071') // m_cns_bd3, also of c_bonded
    const published = await until(() => h.api.callsOf('views.publish').find((c) => c.args.user_id === 'U0CNS0071'), 8000, 'views.publish')
    const view = z.object({ blocks: z.array(z.object({ type: z.string(), text: z.object({ text: z.string() }).optional() })) }).parse(published.args.view)
    expect(view.blocks[0]?.text?.text).toBe('待处理的心理预警')
    expect(seen(view).text).toMatch(/A\d+/)
    expect(seen(view).text).toMatch(/🟢|🟡|🔴/)
    // Members, and counselors of other centers, see no alerts.
    await h.client.homeOpened('U0CNS0072') // m_cns_lx1, c_longxing
    const other = await until(() => h.api.callsOf('views.publish').find((c) => c.args.user_id === 'U0CNS0072'), 8000, 'views.publish')
    expect(seen(z.object({ blocks: z.array(z.unknown()) }).parse(other.args.view)).text).not.toMatch(/跳/)
  })

  it('someone the directory does not know gets the Home tab in their Slack locale, with how to register', async () => {
    const stranger = 'U0NEW0001'
    await h.client.homeOpened(stranger)
    const published = await until(() => h.api.callsOf('views.publish').find((c) => c.args.user_id === stranger), 8000, 'views.publish')
    expect(seen(z.object({ blocks: z.array(z.unknown()) }).parse(published.args.view)).text).toBe('You are not in the directory yet. Send `/lianxin register` to register, or `/lianxin help` to see what I can do.')
  })
})

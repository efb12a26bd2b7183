import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually, noticesPlatforms, type NoticesPlatforms } from '../support/notices-platforms.js'

// test/fixtures/notices-directory, br_np_individual: 李志强 the secretary (Telegram 700000105 and
// Slack), 杨海燕 m_015 (no platform id, 139-0000-2031), 马家豪 m_016 (Telegram 700000133 and
// Slack U0MEM0033), 罗宇航 m_017 (Slack U0MEM0034 only), 韩天宇 m_018 (Telegram 700000135 only).
const SECRETARY = 700000105
const BOTH = 700000133
const BOTH_SLACK = 'U0MEM0033'
const SLACK_ONLY = 'U0MEM0034'
const TELEGRAM_ONLY = 700000135

// The notice itself (not the secretary's preview of it).
const isNotice = (text: string) => text.includes('【会议通知】') && !text.includes('通知预览')
const texts = (l: { message: { text: string } }[]) => l.map((m) => m.message.text)

describe('a notice on the real platforms: Telegram (emulator) and Slack (stand-in), one branch', () => {
  let p: NoticesPlatforms
  let id = ''
  beforeAll(async () => {
    p = await noticesPlatforms()
  })
  afterAll(async () => {
    await p?.close()
  })

  it('sent from Telegram and confirmed: each reachable member gets it once, on one platform; the unreachable one is listed with her phone', async () => {
    const sec = p.phone(SECRETARY)
    await sec.say('/notice 主题党日 | 12月5日晚7点 | 服务中心 302 会议室 | 学习二十届四中全会精神')
    const [preview] = await eventually(() => texts(sec.inbox()).filter((t) => t.includes('通知预览')), (l) => l.length >= 1, 15_000)
    expect(preview).toMatch(/将发送给 .+ 的 5 人/)
    id = /N\d+/.exec(preview!)![0]
    await sec.press(sec.button('确认发送'))
    const summary = await eventually(() => texts(sec.inbox()).find((t) => t.includes('发送完毕')) ?? '', (t) => t !== '', 30_000)
    expect(summary).toContain(`通知 ${id}“主题党日”发送完毕：送达 4 / 5 人`)
    expect(summary).toContain('杨海燕（南坪童趣童装店）139-0000-2031')

    // "Sent" counts hand-offs to the delivery queue; a chat gets 1 message/s, so the notices
    // themselves may arrive after the summary: wait for them, then for any duplicate to show.
    const people = [SECRETARY, BOTH, TELEGRAM_ONLY]
    await eventually(() => people.map((tg) => texts(p.phone(tg).inbox()).filter(isNotice).length), (n) => n.every((x) => x >= 1), 20_000)
    await eventually(() => p.slackUser(SLACK_ONLY).seen().filter((m) => isNotice(m.text)).length, (n) => n >= 1, 20_000)
    await new Promise((r) => setTimeout(r, 1500))
    // Telegram: the secretary, the both-platform member and the Telegram-only member, once each.
    for (const tg of people) {
      const got = texts(p.phone(tg).inbox()).filter(isNotice)
      expect({ tg, got: got.length }).toEqual({ tg, got: 1 })
      expect(got[0]).toContain('地点：服务中心 302 会议室')
    }
    // Slack: only the Slack-only member; the both-platform member is not sent it twice.
    const slackOnly = p.slackUser(SLACK_ONLY).seen().filter((m) => isNotice(m.text))
    expect(slackOnly.length).toBe(1)
    expect(slackOnly[0]!.text).toContain('【会议通知】主题党日')
    expect(slackOnly[0]!.buttons.map((b) => b.label)).toEqual(['参加', '请假', '待定'])
    expect(p.slackUser(BOTH_SLACK).seen().filter((m) => isNotice(m.text))).toEqual([])
    expect(p.slackUser('U0SEC0005').seen().filter((m) => isNotice(m.text))).toEqual([])
    expect(p.phone(BOTH).inbox().find((m) => isNotice(m.message.text))!.message.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(['参加', '请假', '待定'])
  }, 60_000)

  it('RSVPs from a Telegram phone and from Slack buttons show in one roster', async () => {
    const both = p.phone(BOTH)
    await both.press(both.button('参加'))
    await eventually(() => texts(both.inbox()), (l) => l.some((t) => t.includes('您参加“主题党日”')), 15_000)

    const slackOnly = p.slackUser(SLACK_ONLY)
    await slackOnly.press('请假')
    await eventually(() => slackOnly.seen(), (l) => l.some((m) => m.text.includes('请直接回复请假原因')), 15_000)
    await slackOnly.dm('出差在外地')
    await eventually(() => slackOnly.seen(), (l) => l.some((m) => m.text.includes('已记下请假原因：出差在外地')), 15_000)

    const sec = p.phone(SECRETARY)
    const before = sec.inbox().length
    await sec.say(`/roster ${id}`)
    const roster = await eventually(() => texts(sec.inbox().slice(before)).find((t) => t.includes('回复情况')) ?? '', (t) => t !== '', 15_000)
    expect(roster).toContain('参加 1 人：马家豪')
    expect(roster).toContain('请假 1 人：罗宇航（出差在外地）')
    expect(roster).toContain('未回复 2 人：韩天宇、李志强')
    expect(roster).toContain('联系不到 1 人（请电话通知）：杨海燕（南坪童趣童装店）139-0000-2031')
    expect(roster).toContain('座位表（按单位，参加和待定的人）：\n老王重庆小面馆：马家豪')
  }, 60_000)

  it('/remind reaches only those who have not answered', async () => {
    const sec = p.phone(SECRETARY)
    const before = sec.inbox().length
    await sec.say('/remind')
    await eventually(() => texts(sec.inbox().slice(before)), (l) => l.some((t) => t.includes('已向 2 位还没有回复的人发送提醒')), 15_000)
    const reminded = (tg: number) => texts(p.phone(tg).inbox()).filter((t) => t.includes('您还没有回复'))
    await eventually(() => reminded(TELEGRAM_ONLY).length + reminded(SECRETARY).length, (n) => n === 2, 20_000)
    // Give stray sends a moment to show, then: nobody who answered was reminded, nobody twice.
    await new Promise((r) => setTimeout(r, 1500))
    expect([reminded(TELEGRAM_ONLY).length, reminded(SECRETARY).length, reminded(BOTH).length]).toEqual([1, 1, 0])
    expect(p.slackUser(SLACK_ONLY).seen().filter((m) => m.text.includes('您还没有回复'))).toEqual([])
    expect(p.slackUser(BOTH_SLACK).seen()).toEqual([])
  }, 60_000)

  it('check-in at the door (Telegram and Slack) and /export', async () => {
    const n = (await p.store.get(id))!
    p.core.clock.set(new Date(n.at - 10 * 60_000))
    const sec = p.phone(SECRETARY)
    let before = sec.inbox().length
    await sec.say('/checkin')
    const codeText = await eventually(() => texts(sec.inbox().slice(before)).find((t) => t.includes('签到码')) ?? '', (t) => t !== '', 15_000)
    const code = /\d{6}/.exec(codeText)![0]

    const both = p.phone(BOTH)
    await both.say(`/checkin ${code}`)
    await eventually(() => texts(both.inbox()), (l) => l.some((t) => t.includes('签到成功')), 15_000)
    const slackOnly = p.slackUser(SLACK_ONLY)
    await slackOnly.command(`checkin ${code}`)
    await eventually(() => slackOnly.seen(), (l) => l.some((m) => m.text.includes('签到成功：“主题党日”')), 15_000)

    before = sec.inbox().length
    await sec.say(`/export ${id}`)
    const csv = await eventually(() => texts(sec.inbox().slice(before)).find((t) => t.includes('姓名,单位')) ?? '', (t) => t !== '', 15_000)
    const rows = csv.split('\n').slice(1)
    expect(rows[0]).toBe('姓名,单位,回复,原因,已签到,签到时间')
    expect(rows).toContain('杨海燕,南坪童趣童装店,未回复,,否,')
    expect(rows).toContain('韩天宇,安心大药房南坪店,未回复,,否,')
    expect(rows.find((r) => r.startsWith('马家豪,'))).toMatch(/^马家豪,老王重庆小面馆,参加,,是,\d{4}-\d{2}-\d{2} 18:50$/)
    expect(rows.find((r) => r.startsWith('罗宇航,'))).toMatch(/^罗宇航,精彩摄影工作室,请假,出差在外地,是,/)
  }, 60_000)
})

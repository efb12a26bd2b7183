import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NOTICE_FANOUT_JOB, NOTICE_SEND_JOB } from '../../core/notices/notice-record.js'
import { processNoticeJob } from '../../jobs/notices.worker.js'
import { noticesTestbed, SECRETARY, sendNotice, waitFor, type NoticesTestbed } from './notices-testbed.js'

// br_np_individual: 李志强 (secretary, Telegram+Slack), 杨海燕 m_015 (no platform id), 马家豪 m_016
// (both), 罗宇航 m_017 (both, English), 韩天宇 m_018 (Telegram only; blocked the bot here).
describe('a notice to a branch: fan-out, RSVP, roster, export, cancel', () => {
  let tb: NoticesTestbed
  beforeEach(async () => {
    tb = await noticesTestbed()
    tb.platforms.blocked.add('m_018')
  })
  afterEach(async () => {
    await tb.close()
  })

  it('each reachable member gets it once on one platform; the unreachable are listed with phones; a re-run sends nothing again', async () => {
    const { id, summary } = await sendNotice(tb, '主题党日 | 12月5日晚7点 | 服务中心 302 会议室')
    const notices = tb.platforms.sent.filter((s) => s.key.startsWith(`notice:${id}:m`))
    expect(notices.map((s) => `${s.personId}@${s.platform}`).sort()).toEqual(['m_016@telegram', 'm_017@telegram', 'm_sec_np_individual@telegram'])
    const kept = tb.platforms.to('m_016')[0]!
    expect(kept.text).toContain('【会议通知】主题党日')
    expect(kept.choices.map((c) => c.label)).toEqual(['参加', '请假', '待定'])
    expect(tb.platforms.to('m_017')[0]!.text).toContain('[Meeting notice]')
    expect(summary.text).toContain(`通知 ${id}“主题党日”发送完毕：送达 3 / 5 人`)
    expect(summary.text).toContain('杨海燕（南坪童趣童装店）139-0000-2031')
    expect(summary.text).toContain('韩天宇')
    expect(summary.text).toContain('139-0000-2034')

    // The fan-out and a send run again (a stalled job, a retry): no second notify() for anyone.
    const callsBefore = tb.platforms.calls.length
    await processNoticeJob({ name: NOTICE_FANOUT_JOB, data: { noticeId: id } }, tb.noticeDeps)
    await processNoticeJob({ name: NOTICE_SEND_JOB, data: { noticeId: id, personId: 'm_016', what: 'notice', tag: '' } }, tb.noticeDeps)
    await new Promise((r) => setTimeout(r, 300))
    expect(tb.platforms.calls.length).toBe(callsBefore)
    const perPerson = tb.platforms.calls.filter((c) => c.key.startsWith(`notice:${id}:m`)).map((c) => c.personId)
    expect(perPerson.sort()).toEqual(['m_015', 'm_016', 'm_017', 'm_018', 'm_sec_np_individual'])
    await expect(processNoticeJob({ name: NOTICE_SEND_JOB, data: { noticeId: id, personId: 'x' } }, tb.noticeDeps)).rejects.toThrow(/invalid notice.send payload/)
  })

  it('the send button pressed twice fans out once', async () => {
    const preview = await tb.asOutcome(SECRETARY, '/notice 主题党日 | 12月5日晚7点 | 服务中心 302')
    const first = await tb.pressReply(SECRETARY, preview, '确认发送')
    const second = await tb.pressReply(SECRETARY, preview, '确认发送')
    expect(first.replies[0]!.text).toContain('开始发送给 5 人')
    expect(second.replies[0]!.text).toContain('已经处理过')
    await waitFor(() => tb.platforms.to(SECRETARY).find((s) => s.key.endsWith(':summary')))
    expect(tb.platforms.sent.filter((s) => s.personId === 'm_016').length).toBe(1)
  })

  it('RSVP buttons: stored, changeable, bound to the recipient; free text and leave reasons; one roster across platforms', async () => {
    const { id } = await sendNotice(tb, '主题党日 | 12月5日晚7点 | 服务中心 302 会议室')
    // Someone else pressing m_016's button is refused and changes nothing.
    const forged = await tb.pressAs('m_016', '参加', 'm_017')
    expect(forged.replies[0]).toMatchObject({ refused: true })
    expect(await tb.store.rsvp(id, 'm_016')).toBeNull()
    expect((await tb.press('700000133', 'not-a-real-token-123')).replies[0]).toMatchObject({ refused: true })

    // m_016 answers on Slack with the button from Telegram's message: same person, same roster.
    expect((await tb.pressAs('m_016', '待定', 'm_016', 'slack')).replies[0]!.text).toContain('待定')
    expect((await tb.pressAs('m_016', '参加')).replies[0]!.text).toContain('您参加“主题党日”')
    expect((await tb.pressAs('m_016', '参加')).replies[0]!.text).toContain('您参加')
    expect((await tb.store.rsvp(id, 'm_016'))?.state).toBe('accepted')

    // 请假 asks for a reason; the next text is it.
    expect((await tb.pressAs('m_sec_np_individual', '请假')).replies[0]!.text).toContain('请直接回复请假原因')
    expect(await tb.freeText('m_sec_np_individual', '区里开会')).toEqual({ handled: true, text: '已记下请假原因：区里开会' })
    // Free text from someone with exactly one open notice.
    expect(await tb.freeText('m_017', "can't make it, working late")).toMatchObject({ handled: true, text: 'Noted: you will not attend (reason: working late).' })
    expect((await tb.freeText('m_017', '去不了，要加班')).text).toBe('Noted: you will not attend (reason: 要加班).')
    expect(await tb.freeText('m_016', '党费在哪交？')).toEqual({ handled: false, text: '' })

    const roster = await tb.as(SECRETARY, '/roster')
    expect(roster).toContain(`“主题党日”（${id}，2026年12月5日（周六）19:00）回复情况，共 5 人`)
    expect(roster).toContain('参加 1 人：马家豪')
    expect(roster).toContain('请假 2 人：罗宇航（要加班）、李志强（区里开会）')
    expect(roster).toContain('待定 0 人：无')
    expect(roster).toContain('未回复 0 人')
    expect(roster).toContain('联系不到 2 人（请电话通知）：杨海燕（南坪童趣童装店）139-0000-2031、韩天宇（安心大药房南坪店）139-0000-2034')
    expect(roster).toContain('座位表（按单位，参加和待定的人）：\n老王重庆小面馆：马家豪')

    // Another branch's secretary cannot read it.
    expect(await tb.as('m_sec_np_kerui', `/roster ${id}`)).toContain(`没有您可以查看的通知 ${id}`)
    expect(await tb.as('m_016', `/roster ${id}`)).toContain('支部书记')

    // After the start nothing changes any more.
    tb.clock.set(new Date('2026-12-05T11:00:00Z'))
    expect((await tb.pressAs('m_016', '请假')).replies[0]!.text).toContain('已经开始，不能再更改')
    expect((await tb.store.rsvp(id, 'm_016'))?.state).toBe('accepted')
  })

  it('export gives the attendance CSV; cancel tells everyone who received the notice', async () => {
    const { id } = await sendNotice(tb, '主题党日 | 12月5日晚7点 | 服务中心 302, 3 楼')
    await tb.pressAs('m_016', '参加')
    await tb.freeText('m_017', '去不了，"家里有事"')
    const csv = await tb.as(SECRETARY, `/export ${id}`)
    expect(csv.split('\n').slice(1)).toEqual([
      '姓名,单位,回复,原因,已签到,签到时间',
      '杨海燕,南坪童趣童装店,未回复,,否,',
      '马家豪,老王重庆小面馆,参加,,否,',
      '罗宇航,精彩摄影工作室,请假,"""家里有事""",否,',
      '韩天宇,安心大药房南坪店,未回复,,否,',
      '李志强,南坪童趣童装店,未回复,,否,',
    ])
    expect(await tb.as(SECRETARY, `/cancelnotice ${id}`)).toContain(`通知 ${id} 已取消，正在告知收到过通知的 3 人`)
    await waitFor(() => tb.platforms.sent.filter((s) => s.key.startsWith(`notice:${id}:cancelled`)).length === 3 || undefined)
    expect(tb.platforms.to('m_016').at(-1)!.text).toContain('“主题党日”（原定 2026年12月5日（周六）19:00，服务中心 302, 3 楼）已取消')
    expect((await tb.pressAs('m_016', '请假')).replies[0]!.text).toContain('已经取消')
    expect(await tb.as(SECRETARY, `/cancelnotice ${id}`)).toContain('已经取消了')
  })
})

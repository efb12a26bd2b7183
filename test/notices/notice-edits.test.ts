import { Queue } from 'bullmq'
import { afterEach, describe, expect, it } from 'vitest'
import { progressKey } from '../../core/notices/notice-fanout.js'
import { runRemindJob } from '../../core/notices/notice-reminders.js'
import { connectRedis } from '../../core/store/redis.js'
import { encodeJobId } from '../../jobs/bullmq-job-queue.js'
import { RegistrationStore } from '../../core/store/registrations.js'
import { noticesTestbed, SECRETARY, sendNotice, sleep, waitFor, type NoticesTestbed } from './notices-testbed.js'

const DAY = 86_400_000

/** A member who registered herself on Telegram and was approved by the branch secretary. */
async function registeredMember(tb: NoticesTestbed, userId: string, name: string): Promise<string> {
  const regs = new RegistrationStore(tb.db.redis, tb.db.keys)
  const enterpriseId = tb.dir.person('m_016')!.enterprise_id!
  const { registration } = await regs.create({ platform: 'telegram', userId, chatId: userId, name, enterpriseId, branchId: 'br_np_individual', centerId: null, lang: 'zh-Hans', at: new Date().toISOString() })
  const { decided } = await regs.decide(registration.id, 'approved', SECRETARY, new Date())
  expect(decided).toBe(true)
  return registration.id
}

describe('notices: progress in place, registered members, the guided /notice, /editnotice', () => {
  let tb: NoticesTestbed
  afterEach(async () => {
    await tb.close()
  })

  it('the secretary sees one "sent n of N" edited in place (each update replaces the previous one), the last n = N, then the summary', async () => {
    // No throttle: every count is shown, so the chain is long enough to check.
    tb = await noticesTestbed({ config: { progressEveryMs: 0 } })
    tb.platforms.blocked.add('m_018')
    const { id, summary } = await sendNotice(tb, '主题党日 | 12月5日晚7点 | 服务中心 302 会议室')
    const updates = tb.platforms.to(SECRETARY).filter((s) => s.key.startsWith(`notice:${id}:progress:`))
    const counts = updates.map((s) => Number(s.key.split(':').at(-1)))
    expect(counts[0]).toBe(0)
    expect(updates[0]!.replaces).toBeUndefined()
    for (let i = 1; i < updates.length; i++) {
      expect(counts[i]).toBeGreaterThan(counts[i - 1]!)
      expect(updates[i]!.replaces).toBe(progressKey(id, counts[i - 1]!))
    }
    expect(counts.at(-1)).toBe(5)
    expect(updates.at(-1)!.text).toBe(`通知 ${id}“主题党日”发送中：已发送 5 / 5 人。`)
    expect(updates.length).toBeGreaterThanOrEqual(2)
    // The summary is its own message after the last count.
    expect(tb.platforms.to(SECRETARY).indexOf(summary)).toBeGreaterThan(tb.platforms.to(SECRETARY).indexOf(updates.at(-1)!))
  })

  it('throttled: within the lock only the first (0) and the last (N) show for a quick fan-out', async () => {
    tb = await noticesTestbed({ config: { progressEveryMs: 60_000 } })
    const { id } = await sendNotice(tb, '主题党日 | 12月5日晚7点 | 服务中心 302 会议室')
    await sleep(100)
    const updates = tb.platforms.to(SECRETARY).filter((s) => s.key.startsWith(`notice:${id}:progress:`))
    expect(updates.map((s) => [s.key, s.replaces])).toEqual([
      [progressKey(id, 0), undefined],
      [progressKey(id, 5), progressKey(id, 0)],
    ])
  })

  it('approved self-registered members get the notice on the chat they registered from, answer it, and show in roster and export', async () => {
    tb = await noticesTestbed()
    tb.platforms.blocked.add('m_018')
    const reg = await registeredMember(tb, '900000001', '周晓红')
    // A pending one (not approved) gets nothing.
    await new RegistrationStore(tb.db.redis, tb.db.keys).create({ platform: 'slack', userId: 'U9PENDING', chatId: 'D9PENDING', name: '待审核', enterpriseId: tb.dir.person('m_016')!.enterprise_id!, branchId: 'br_np_individual', centerId: null, lang: 'zh-Hans', at: new Date().toISOString() })
    const preview = await tb.as(SECRETARY, '/notice 主题党日 | 12月5日晚7点 | 服务中心 302 会议室')
    expect(preview).toContain('的 6 人')
    const { id, summary } = await sendNotice(tb, '主题党日 | 12月5日晚7点 | 服务中心 302 会议室')
    expect(summary.text).toContain('送达 4 / 6 人')
    const got = tb.platforms.to('telegram:900000001')
    expect(got.map((s) => s.key)).toEqual([`notice:${id}:${reg}`])
    expect(got[0]!.text).toContain('【会议通知】主题党日')
    expect(tb.platforms.calls.some((c) => c.personId.includes('U9PENDING'))).toBe(false)

    // She answers with the button of her message, then checks the roster and the export.
    const choice = got[0]!.choices.find((c) => c.label === '参加')!
    expect((await tb.press('900000001', choice.action, 'telegram')).replies[0]!.text).toContain('您参加“主题党日”')
    expect((await tb.store.rsvp(id, reg))?.state).toBe('accepted')
    const roster = await tb.as(SECRETARY, `/roster ${id}`)
    expect(roster).toContain('共 6 人')
    expect(roster).toContain('参加 1 人：周晓红')
    expect(roster).toMatch(/老王重庆小面馆：周晓红/)
    const csv = await tb.as(SECRETARY, `/export ${id}`)
    expect(csv).toContain('周晓红,老王重庆小面馆,参加,,否,')

    // A cancellation reaches her too.
    await tb.as(SECRETARY, `/cancelnotice ${id}`)
    await waitFor(() => tb.platforms.to('telegram:900000001').find((s) => s.key.startsWith(`notice:${id}:cancelled`)), 5000, 'cancellation')
  })

  it('the guided /notice: title, when (asked again while unparseable or past), where, agenda or skip, then the same preview and confirm', async () => {
    tb = await noticesTestbed()
    expect(await tb.as(SECRETARY, '/notice')).toContain('会议标题是什么')
    expect(await tb.as(SECRETARY, '主题党日')).toContain('会议什么时间')
    expect(await tb.as(SECRETARY, '改天吧')).toContain('没能看懂时间“改天吧”')
    expect(await tb.as(SECRETARY, '2025-01-01 10:00')).toContain('已经过去了')
    expect(await tb.as(SECRETARY, '12月5日晚7点')).toContain('地点在哪里')
    expect(await tb.as(SECRETARY, '地'.repeat(250))).toContain('地点太长了（250 字')
    expect(await tb.as(SECRETARY, '服务中心 302 | 会议室')).toContain('议程是什么')
    const preview = await tb.asOutcome(SECRETARY, '跳过')
    const text = preview.replies.map((r) => r.text).join('\n')
    expect(text).toContain('通知预览')
    expect(text).toContain('服务中心 302 / 会议室')
    expect(text).toContain('的 5 人')
    expect(text).not.toContain('议程')
    const id = /N\d+/.exec(text)![0]
    await tb.pressReply(SECRETARY, preview, '确认发送')
    await waitFor(() => tb.platforms.to('m_016').find((s) => s.key === `notice:${id}:m_016`), 5000, 'notice')
    // The guide is over: the next text is ordinary again.
    expect(await tb.as(SECRETARY, '主题党日')).not.toContain('会议什么时间')

    // A member cannot start it; /cancel and "取消" end it, and nothing is created.
    expect(await tb.as('m_016', '/notice')).toContain('支部书记')
    expect(await tb.as(SECRETARY, '/notice')).toContain('会议标题是什么')
    await tb.as(SECRETARY, '/cancel')
    expect(await tb.as(SECRETARY, '12月6日晚7点')).not.toContain('地点在哪里')
    expect(await tb.as(SECRETARY, '/notice')).toContain('会议标题是什么')
    expect(await tb.as(SECRETARY, '学习会')).toContain('会议什么时间')
    expect(await tb.as(SECRETARY, '取消')).toContain('这份通知不写了')
    expect(await tb.as(SECRETARY, '12月6日晚7点')).not.toContain('地点在哪里')

    // An admin names the branch; another branch's secretary may not.
    expect(await tb.as('m_admin_nanping', '/notice')).toContain('请在最前面注明支部编号')
    expect(await tb.as('m_admin_nanping', '/notice br_np_individual')).toContain('会议标题是什么')
    expect(await tb.as('m_sec_np_kerui', '/notice br_np_individual')).toContain('只有 南坪商圈个体工商户联合党支部 的书记')
  })

  it('/editnotice: only the branch secretary or admin; everyone who received it is told once; reminders follow the new time', async () => {
    // Reminder rounds 1.5 s and (after the change) later: "24 h" before a meeting 24 h away is 1.5 s after now.
    tb = await noticesTestbed({ config: { reminderOffsetsMs: [DAY - 1500] } })
    tb.platforms.blocked.add('m_018')
    const { id } = await sendNotice(tb, '主题党日 | 明天晚上9点 | 服务中心 302')
    expect(await tb.as('m_016', `/editnotice ${id} | 后天晚上9点 | -`)).toContain('支部书记')
    expect(await tb.as('m_sec_np_kerui', `/editnotice ${id} | 后天晚上9点 | -`)).toContain(`没有您可以查看的通知 ${id}`)
    expect(await tb.as(SECRETARY, `/editnotice ${id} | 改天吧 | -`)).toContain('没能看懂时间')
    expect(await tb.as(SECRETARY, `/editnotice ${id} | 2025-01-01 10:00 | -`)).toContain('已经过去了')
    expect(await tb.as(SECRETARY, `/editnotice ${id} | - | -`)).toContain('都没有变化')
    expect(await tb.as(SECRETARY, `/editnotice ${id}`)).toContain('用法')
    expect((await tb.store.get(id))?.version).toBe(0)

    // Two days from now, 21:00, a new room: told to the 3 it reached (m_015 has no platform, m_018 blocked).
    const done = await tb.as(SECRETARY, `/editnotice ${id} | 2026-11-26 21:00 | 服务中心 201`)
    expect(done).toContain(`已修改通知 ${id}：2026年11月26日（周四）21:00，服务中心 201`)
    expect(done).toContain('3 人')
    const changed = await waitFor(() => {
      const c = tb.platforms.sent.filter((s) => s.key.startsWith(`notice:${id}:changed:v1:`))
      return c.length === 3 ? c : undefined
    }, 5000, 'changes')
    expect(changed.map((s) => s.personId).sort()).toEqual(['m_016', 'm_017', SECRETARY].sort())
    expect(tb.platforms.to('m_016').find((s) => s.key.includes(':changed:'))!.text).toContain('2026年11月26日（周四）21:00')
    expect(tb.platforms.to('m_016').find((s) => s.key.includes(':changed:'))!.text).toContain('服务中心 201')
    const n = await tb.store.get(id)
    expect(n).toMatchObject({ version: 1, where: '服务中心 201', at: Date.parse('2026-11-26T13:00:00Z') })

    // The old "24 h before" round fires 1.5 s after sending and reminds nobody: it was for the old start.
    await sleep(2500)
    expect(tb.platforms.sent.filter((s) => s.key.includes(':reminder:'))).toEqual([])
    // Its replacement is planned for 24 h before the new start (a day later than the old one).
    const connection = await connectRedis(tb.db.url, { forWorkers: true })
    const q = new Queue('notices', { connection, prefix: `${tb.db.prefix}bull` })
    const planned = await q.getJob(encodeJobId(`notice:${id}:remind:v1:auto0`))
    expect(planned?.data).toEqual({ noticeId: id, stage: 'auto0', at: n!.at })
    expect(await planned?.getState()).toBe('delayed')
    await q.close()
    connection.disconnect()
    // Run early here (it is due tomorrow): the old start is refused, the new one reminds those who have not answered.
    expect(await runRemindJob({ noticeId: id, stage: 'auto0', at: Date.parse('2026-11-25T13:00:00Z') }, tb.noticeDeps)).toEqual({ skipped: 'rescheduled' })
    expect(await runRemindJob({ noticeId: id, stage: 'auto0', at: n!.at }, tb.noticeDeps)).toEqual({ reminders: 3, seeYou: 0 })
    await waitFor(() => tb.platforms.sent.filter((s) => s.key.includes(':reminder:v1-auto0:')).length === 3 || undefined, 5000, 'new reminders')

    // The edit is refused after a cancellation; nobody is told twice about one change.
    expect(tb.platforms.sent.filter((s) => s.key.includes(':changed:')).length).toBe(3)
    await tb.as(SECRETARY, `/cancelnotice ${id}`)
    expect(await tb.as(SECRETARY, `/editnotice ${id} | - | 服务中心 202`)).toContain('已经取消')
  })
})

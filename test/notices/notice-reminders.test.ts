import { Queue } from 'bullmq'
import { afterEach, describe, expect, it } from 'vitest'
import { NOTICE_ANNOUNCE_JOB } from '../../core/notices/notice-record.js'
import { connectRedis } from '../../core/store/redis.js'
import { encodeJobId } from '../../jobs/bullmq-job-queue.js'
import { processNoticeJob } from '../../jobs/notices.worker.js'
import { noticesTestbed, SECRETARY, sendNotice, sleep, waitFor, type NoticesTestbed } from './notices-testbed.js'

const DAY = 86_400_000

/** The job behind a key on the test's notices queue (to see what a delayed job did, or will do). */
async function jobOf(tb: NoticesTestbed, key: string) {
  const connection = await connectRedis(tb.db.url, { forWorkers: true })
  const q = new Queue('notices', { connection, prefix: `${tb.db.prefix}bull` })
  try {
    const job = await q.getJob(encodeJobId(key))
    return job ? { returnvalue: job.returnvalue as unknown, delay: job.opts.delay ?? 0, state: await job.getState() } : null
  } finally {
    await q.close()
    connection.disconnect()
  }
}

describe('reminders and recurring notices', () => {
  let tb: NoticesTestbed
  afterEach(async () => {
    await tb.close()
  })

  it('automatic rounds remind only those who have not answered, then say "see you" to those coming; /remind does it now', async () => {
    // "24 h" and "2 h" before a meeting 24 h away become 1.5 s and 3 s after sending.
    tb = await noticesTestbed({ config: { reminderOffsetsMs: [DAY - 1500, DAY - 3000] } })
    const { id } = await sendNotice(tb, '主题党日 | 明天晚上9点 | 服务中心 302')
    await tb.pressAs('m_016', '参加')
    await tb.pressAs('m_017', 'Decline')
    await tb.freeText('m_017', '出差')
    await tb.pressAs(SECRETARY, '待定')
    const seeYou = await waitFor(() => tb.platforms.to('m_016').find((s) => s.key.includes(':see_you:')), 8000, 'see you')
    expect(seeYou.text).toContain('“主题党日”2026年11月25日（周三）21:00 在 服务中心 302 开始，到时见！')
    // The second round's reminder and its "see you" are delivered independently: wait for both.
    const reminders = await waitFor(() => {
      const r = tb!.platforms.sent.filter((s) => s.key.includes(':reminder:'))
      return r.length >= 2 ? r : undefined
    }, 8000, 'both reminder rounds')
    expect(reminders.map((s) => `${s.personId} ${s.key.split(':')[3]}`).sort()).toEqual(['m_018 auto0', 'm_018 auto1'])
    expect(reminders[0]!.text).toContain('提醒：您还没有回复“主题党日”')
    expect(reminders[0]!.choices.map((c) => c.label)).toEqual(['参加', '请假', '待定'])
    // The one who declined and the one who said maybe got the notice and nothing else.
    expect(tb.platforms.to('m_017').map((s) => s.key)).toEqual([`notice:${id}:m_017`])
    expect(tb.platforms.to(SECRETARY).filter((s) => s.key.includes(':reminder:') || s.key.includes(':see_you:'))).toEqual([])

    expect(await tb.as(SECRETARY, '/remind')).toContain('已向 1 位还没有回复的人发送提醒')
    await waitFor(() => tb.platforms.to('m_018').find((s) => /:reminder:manual/.test(s.key)), 5000, 'manual reminder')
    await tb.freeText('m_018', '我参加')
    expect(await tb.as(SECRETARY, '/remind')).toContain('所有人都回复过了')
  })

  it('no reminder once the meeting has started, even from a job planned before', async () => {
    tb = await noticesTestbed({ config: { reminderOffsetsMs: [DAY - 800] } })
    const { id } = await sendNotice(tb, '主题党日 | 明天晚上9点 | 服务中心 302')
    tb.clock.set(new Date('2026-11-25T13:01:00Z'))
    const job = await waitFor(async () => (await jobOf(tb, `notice:${id}:remind:auto0`))?.returnvalue ?? undefined, 5000, 'reminder job')
    expect(job).toEqual({ skipped: 'started' })
    await sleep(200)
    expect(tb.platforms.sent.filter((s) => s.key.includes(':reminder:'))).toEqual([])
    expect(await tb.as(SECRETARY, `/remind ${id}`)).toContain('已经开始，不再发送提醒')
  })

  it('a recurring meeting is set once: the first goes out now, the next is announced ahead of it; cancelling the series stops it', async () => {
    tb = await noticesTestbed()
    const preview = await tb.asOutcome(SECRETARY, '/notice 主题党日 | 每月第二个星期五 19:00 | 服务中心 302')
    expect(preview.replies[0]!.text).toContain('周期：每月第二个星期五 19:00。每次会议前3天自动发送通知，第一次会议是 2026年12月11日（周五）19:00')
    const confirmed = await tb.pressReply(SECRETARY, preview, '确认发送')
    expect(confirmed.replies[0]!.text).toContain('周期性通知 S1 已设置')
    await waitFor(() => tb.platforms.to('m_016').find((s) => s.key === 'notice:N1:m_016'), 5000, 'first occurrence')
    const next = new Date('2027-01-08T11:00:00Z').getTime() // 2027-01-08 19:00 in Shanghai, the second Friday
    const planned = await jobOf(tb, `series:S1:${next}`)
    expect(planned?.state).toBe('delayed')
    expect(planned!.delay).toBe(next - 3 * DAY - tb.clock.now().getTime())

    // Run that announcement now (as if its time had come): a second notice for 2027-01-08.
    const r = await processNoticeJob({ name: NOTICE_ANNOUNCE_JOB, data: { seriesId: 'S1', at: next } }, tb.noticeDeps)
    const second = (r as { noticeId: string }).noticeId
    await waitFor(() => tb.platforms.to('m_016').find((s) => s.key === `notice:${second}:m_016`), 5000, 'second occurrence')
    expect(tb.platforms.to('m_016').at(-1)!.text).toContain('2027年1月8日（周五）19:00')
    // Run twice: still one notice for that occurrence.
    expect(await processNoticeJob({ name: NOTICE_ANNOUNCE_JOB, data: { seriesId: 'S1', at: next } }, tb.noticeDeps)).toEqual({ noticeId: second })

    expect(await tb.as(SECRETARY, '/cancelnotice S1')).toContain('周期性通知 S1 已停止')
    const later = new Date('2027-02-12T11:00:00Z').getTime()
    expect(await processNoticeJob({ name: NOTICE_ANNOUNCE_JOB, data: { seriesId: 'S1', at: later } }, tb.noticeDeps)).toEqual({ skipped: 'inactive' })
  })
})

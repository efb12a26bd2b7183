import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseWhen } from '../../core/notices/when-parse.js'
import { noticesTestbed, SECRETARY, TUESDAY_2100, type NoticesTestbed } from './notices-testbed.js'

const TZ = 'Asia/Shanghai'
const shanghai = (iso: string) => new Date(`${iso}+08:00`).toISOString()

describe('meeting times in Chinese and English', () => {
  const at = (s: string) => {
    const w = parseWhen(s, TUESDAY_2100, TZ)
    return w.kind === 'once' ? w.at.toISOString() : w.kind
  }
  it.each([
    ['12月5日晚7点', '2026-12-05T19:00'],
    ['12月5号晚上7点半', '2026-12-05T19:30'],
    ['下周五 19:00', '2026-12-04T19:00'],
    ['2026-12-05 19:00', '2026-12-05T19:00'],
    ['Dec 5 7pm', '2026-12-05T19:00'],
    ['明天下午3点', '2026-11-25T15:00'],
  ])('%s → %s (Asia/Shanghai)', (text, local) => expect(at(text)).toBe(shanghai(local)))

  it('a time that has passed is "past"; text without a day and hour is unparseable', () => {
    expect(at('2025-01-01 10:00')).toBe('past')
    expect(at('今天下午3点')).toBe('past')
    expect(at('12月5日')).toBe('unparseable')
    expect(at('改天吧')).toBe('unparseable')
    expect(at('asdf 19:00 qwerty zzzz')).toBe('unparseable')
  })

  it('a recurrence gives its rule and the first occurrence after now', () => {
    const w = parseWhen('每月第二个星期五 19:00', TUESDAY_2100, TZ)
    expect(w).toEqual({ kind: 'recurring', rule: '每月第二个星期五 19:00', first: new Date(shanghai('2026-12-11T19:00')) })
  })
})

describe('/notice: who may send, and bad input', () => {
  let tb: NoticesTestbed
  beforeEach(async () => {
    tb = await noticesTestbed()
  })
  afterEach(async () => {
    await tb.close()
  })
  const noNoticeCreated = async () => expect(await tb.db.redis.get(tb.db.keys.noticeSeq())).toBeNull()

  it('a member, another branch secretary and an admin of another center are refused; nothing is created', async () => {
    expect(await tb.as('m_016', '/notice 主题党日 | 12月5日晚7点 | 服务中心 302')).toContain('支部书记')
    expect(await tb.as('m_sec_np_kerui', '/notice br_np_individual | 主题党日 | 12月5日晚7点 | 服务中心 302')).toContain('只有 南坪商圈个体工商户联合党支部 的书记')
    expect(await tb.as('m_admin_longxing', '/notice br_np_individual | 主题党日 | 12月5日晚7点 | 服务中心 302')).toContain('只有 南坪商圈个体工商户联合党支部 的书记')
    await noNoticeCreated()
    expect(tb.platforms.calls).toEqual([])
  })

  it("the branch's secretary gets a preview with the number of recipients; an admin of the center names the branch", async () => {
    const preview = await tb.asOutcome(SECRETARY, '/notice 主题党日 | 12月5日晚7点 | 服务中心 302 会议室 | 学习党章')
    const text = preview.replies[0]!.text
    expect(text).toContain('【会议通知】主题党日')
    expect(text).toContain('2026年12月5日（周六）19:00')
    expect(text).toContain('议程：学习党章')
    expect(text).toContain('将发送给 南坪商圈个体工商户联合党支部 的 5 人')
    expect(preview.replies[0]!.choices?.map((c) => c.label)).toEqual(['确认发送', '取消'])
    expect(await tb.as('m_admin_nanping', '/notice 主题党日 | 12月5日晚7点 | 服务中心 302')).toContain('请在最前面注明支部编号')
    expect(await tb.as('m_admin_nanping', '/notice br_np_individual | 主题党日 | 12月5日晚7点 | 服务中心 302')).toContain('的 5 人')
    // A preview sends nothing.
    expect(tb.platforms.calls).toEqual([])
  })

  it('a past or unreadable time is asked again; over-long titles are refused clearly', async () => {
    expect(await tb.as(SECRETARY, '/notice 主题党日 | 2025-01-01 10:00 | 服务中心 302')).toContain('已经过去了')
    expect(await tb.as(SECRETARY, '/notice 主题党日 | 改天吧 | 服务中心 302')).toContain('没能看懂时间“改天吧”')
    expect(await tb.as(SECRETARY, `/notice ${'题'.repeat(150)} | 12月5日晚7点 | 服务中心 302`)).toContain('标题太长了（150 字）')
    // 5,000 characters: longer than any message the core reads at all.
    expect(await tb.as(SECRETARY, `/notice ${'题'.repeat(5000)} | 12月5日晚7点 | 服务中心 302`)).toMatch(/太长/)
    expect(await tb.as(SECRETARY, '/notice 主题党日')).toContain('用法')
    await noNoticeCreated()
  })

  it('cancel on the preview sends nothing; the send button then no longer works', async () => {
    const preview = await tb.asOutcome(SECRETARY, '/notice 主题党日 | 12月5日晚7点 | 服务中心 302')
    expect((await tb.pressReply(SECRETARY, preview, '取消')).replies[0]!.text).toContain('已取消')
    expect((await tb.pressReply(SECRETARY, preview, '确认发送')).replies[0]!.text).toContain('已经处理过或已失效')
    expect(tb.platforms.calls).toEqual([])
  })
})

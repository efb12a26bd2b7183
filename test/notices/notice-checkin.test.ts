import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { noticesTestbed, SECRETARY, sendNotice, type NoticesTestbed } from './notices-testbed.js'

// The meeting: Wednesday 2026-11-25 21:00 in Shanghai (13:00 UTC); check-in 20:30–24:00.
const START = new Date('2026-11-25T13:00:00Z').getTime()
const MIN = 60_000

describe('check-in by scanning a QR code', () => {
  it('the secretary gets the deep link with the code; /start ci-<code> (what the scan sends) checks the member in', async () => {
    const tb = await noticesTestbed({ config: { checkinLink: (code) => `https://t.me/lianxin_test_bot?start=ci-${code}` } })
    try {
      await sendNotice(tb, '主题党日 | 明天晚上9点 | 服务中心 302')
      tb.clock.set(new Date(START - 10 * MIN))
      const shown = await tb.as(SECRETARY, '/checkin')
      const code = /签到码：(\d{6})/.exec(shown)![1]!
      expect(shown).toContain(`扫码签到：https://t.me/lianxin_test_bot?start=ci-${code}`)
      expect(await tb.as('m_016', `/start ci-${code}`)).toBe('签到成功：“主题党日”，20:50。')
      expect(await tb.as('m_018', '/start ci-000000')).not.toContain('签到成功')
    } finally {
      await tb.close()
    }
  })
})

describe('check-in at the meeting and the attendance export', () => {
  let tb: NoticesTestbed
  let id: string
  beforeEach(async () => {
    tb = await noticesTestbed()
    id = (await sendNotice(tb, '主题党日 | 明天晚上9点 | 服务中心 302')).id
  })
  afterEach(async () => {
    await tb.close()
  })

  it('the code works only in the window, only for those invited, and guessing is cut off', async () => {
    tb.clock.set(new Date(START - 60 * MIN))
    expect(await tb.as(SECRETARY, '/checkin')).toContain('现在没有可以签到的会议')
    tb.clock.set(new Date(START - 10 * MIN))
    const shown = await tb.as(SECRETARY, '/checkin')
    const code = /签到码：(\d{6})/.exec(shown)?.[1]
    expect(shown).toContain('有效时间：20:30 – 00:00')
    expect(code).toMatch(/^\d{6}$/)
    expect(await tb.as(SECRETARY, '/checkin')).toContain(`签到码：${code}`)

    expect(await tb.as('m_016', `/checkin ${code}`)).toBe('签到成功：“主题党日”，20:50。')
    tb.clock.set(new Date(START + 5 * MIN))
    expect(await tb.as('m_016', `/checkin ${code}`)).toBe('您已经签到过了（20:50）。')
    expect(await tb.as('m_001', `/checkin ${code}`)).toContain('您不在“主题党日”的通知名单里')
    expect(await tb.as('m_016', '/checkin')).toContain('6 位签到码')

    const wrong = code === '000000' ? '000001' : '000000'
    for (let i = 4; i >= 1; i--) expect(await tb.as('m_018', `/checkin ${wrong}`)).toContain(`还可以试 ${i} 次`)
    expect(await tb.as('m_018', `/checkin ${wrong}`)).toContain('错误次数太多')
    // Locked out: even the right code is refused now, and nothing is recorded.
    expect(await tb.as('m_018', `/checkin ${code}`)).toContain('错误次数太多')
    expect((await tb.store.checkins(id)).has('m_018')).toBe(false)

    tb.clock.set(new Date(START + 4 * 60 * MIN))
    expect(await tb.as('m_017', `/checkin ${code}`)).toBe('Check-in for "主题党日" is open only 20:30 – 00:00; you were not checked in.')
    expect((await tb.store.checkins(id)).has('m_017')).toBe(false)

    const csv = await tb.as(SECRETARY, `/export ${id}`)
    expect(csv).toContain('马家豪,老王重庆小面馆,未回复,,是,2026-11-25 20:50')
    expect(csv).toContain('韩天宇,安心大药房南坪店,未回复,,否,')
    expect(await tb.as(SECRETARY, `/roster ${id}`)).toContain('已签到 1 人')
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testCore, texts, type TestCore } from '../support/core.js'

// An unknown Telegram user (not in people.csv) and known members of the fixture directory.
const VISITOR = '900000001'
const M_HUARUI = '700000138' // m_021 丁丹丹, 重庆华锐精密机械有限公司
const SEC_KERUI = '700000101' // m_sec_np_kerui, secretary of br_np_kerui

describe('member answers', () => {
  let core: TestCore
  beforeEach(async () => (core = await testCore()))
  afterEach(async () => core.close())

  it('asks an unknown person for the company, then answers dues for 科瑞药业', async () => {
    const first = texts(await core.say(VISITOR, '党费在哪交'))
    expect(first).toContain('哪家公司')
    const answer = texts(await core.say(VISITOR, '科瑞药业'))
    expect(answer).toContain('重庆科瑞药业有限公司党支部')
    expect(answer).toContain('每月党员活动日现场缴纳，可用微信或现金')
    expect(answer).toContain('服务中心一楼党务窗口')
    expect(answer).not.toContain('科瑞医疗')
    // The company is remembered: the next question needs no company.
    const meetings = texts(await core.say(VISITOR, '组织生活什么时候'))
    expect(meetings).toContain('每月第二个星期五 19:00 主题党日')
    expect(meetings).toContain('服务中心 302 会议室')
  })

  it('a bare brand answers "which company?": unique → the answer, shared → a choice', async () => {
    await core.say(VISITOR, '党费在哪交')
    expect(texts(await core.say(VISITOR, '华锐'))).toContain('重庆华锐精密机械有限公司党总支第一支部')
    await core.say(VISITOR, '/dues 科瑞')
    await core.say('900000003', '组织生活什么时候')
    const ask = await core.say('900000003', '科瑞')
    expect(ask.replies.flatMap((r) => r.choices ?? []).map((c) => c.label).sort()).toEqual(['重庆科瑞医疗器械有限公司', '重庆科瑞药业有限公司'])
  })

  it('does the same in Traditional characters and answers in Traditional', async () => {
    const first = texts(await core.say(VISITOR, '黨費在哪繳'))
    expect(first).toContain('哪家公司')
    expect(first).toContain('請問')
    const answer = texts(await core.say(VISITOR, '科瑞藥業'))
    expect(answer).toContain('重慶科瑞藥業有限公司黨支部')
    expect(answer).toContain('黨務窗口')
  })

  it('does the same in English', async () => {
    const first = texts(await core.say(VISITOR, 'Where do I pay my party dues?'))
    expect(first).toMatch(/Which company/)
    const answer = texts(await core.say(VISITOR, 'Kerui Pharma'))
    expect(answer).toContain('Party dues for 重庆科瑞药业有限公司党支部')
    expect(answer).toContain('How: 每月党员活动日现场缴纳')
  })

  it('answers a known member for their own branch without naming a company', async () => {
    const answer = texts(await core.say(M_HUARUI, '我们支部书记是谁'))
    expect(answer).toContain('重庆华锐精密机械有限公司党总支第一支部')
    expect(answer).toContain('周永红')
    expect(answer).toContain('138-0000-1006')
  })

  it('tells near names apart: 华瑞新材 is not 华锐精密', async () => {
    const answer = texts(await core.say(VISITOR, '华瑞新材的党费怎么交'))
    expect(answer).toContain('重庆华瑞新材料有限公司党支部')
    expect(answer).toContain('按月从工资卡代扣')
    expect(answer).not.toContain('华锐')
  })

  it('asks back with choices when the company is truly ambiguous, and a choice answers', async () => {
    const ask = await core.say(VISITOR, '科瑞的组织生活啥时候')
    const choices = ask.replies.flatMap((r) => r.choices ?? [])
    expect(choices.map((c) => c.label).sort()).toEqual(['重庆科瑞医疗器械有限公司', '重庆科瑞药业有限公司'])
    const med = choices.find((c) => c.label === '重庆科瑞医疗器械有限公司')!
    const answer = texts(await core.press(VISITOR, med.action))
    expect(answer).toContain('南坪商圈非公企业第一联合党支部')
    expect(answer).toContain('每月 15 日 18:30')
  })

  it('says a company not in the directory is unknown, with the center to call, and guesses nothing', async () => {
    const answer = texts(await core.say(VISITOR, '我们公司叫重庆川渝达通物流，应该找哪个支部'))
    expect(answer).toContain('没有找到')
    expect(answer).toMatch(/023-0000-\d{4}/)
    expect(answer).not.toMatch(/党支部\n支部书记/)
  })

  it('explains a joint branch', async () => {
    const answer = texts(await core.say(VISITOR, '星河咖啡归哪个支部'))
    expect(answer).toContain('南坪商圈非公企业第一联合党支部')
    expect(answer).toContain('联合党支部')
    expect(answer).toContain('多家小微企业')
  })

  it('computes the next meeting date from the schedule text', async () => {
    // 2026-11-24 21:00 Shanghai; the second Friday of December 2026 is the 11th.
    const answer = texts(await core.say(VISITOR, '科瑞药业的主题党日是哪天'))
    expect(answer).toContain('2026年12月11日（周五）19:00')
  })

  it('answers center questions with address, hours and services', async () => {
    const answer = texts(await core.say(VISITOR, '保税港区的服务中心晚上有人吗'))
    expect(answer).toContain('保税港区党群服务中心')
    expect(answer).toContain('全天 24 小时')
    expect(answer).toContain('023-0000-4001')
  })

  it('a secretary sees secretary commands in /help; a member does not', async () => {
    const sec = texts(await core.say(SEC_KERUI, '/help'))
    expect(sec).toContain('/pending')
    const member = texts(await core.say(M_HUARUI, '/help'))
    expect(member).toContain('/dues')
    expect(member).not.toContain('/pending')
    expect(member).not.toContain('/alerts')
    const refused = texts(await core.say(M_HUARUI, '/pending'))
    expect(refused).toContain('只对支部书记开放')
  })

  it('/lang switches the answer language and keeps it', async () => {
    expect(texts(await core.say(M_HUARUI, '/lang en'))).toMatch(/English/)
    expect(texts(await core.say(M_HUARUI, '/dues'))).toContain('Party dues for')
  })
})

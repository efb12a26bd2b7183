import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testCore, texts, type TestCore } from '../support/core.js'

const NEWCOMER = '900000010'
const SEC_KERUI = '700000101' // m_sec_np_kerui
const SEC_WANJIA = '700000102' // secretary of another branch

describe('self-registration approved by the branch secretary', () => {
  let core: TestCore
  beforeEach(async () => (core = await testCore()))
  afterEach(async () => core.close())

  async function register(name: string, company: string) {
    expect(texts(await core.say(NEWCOMER, '/register'))).toContain('姓名')
    expect(texts(await core.say(NEWCOMER, name))).toContain('哪家公司')
    const confirm = await core.say(NEWCOMER, company)
    const submit = confirm.replies.flatMap((r) => r.choices ?? []).find((c) => c.label === '确认提交')!
    return { confirm: texts(confirm), submit }
  }

  it('a newcomer becomes a pending member; the secretary approves with a button; roles never come from words', async () => {
    const { confirm, submit } = await register('张小明', '科瑞药业')
    expect(confirm).toContain('重庆科瑞药业有限公司党支部')
    expect(texts(await core.press(NEWCOMER, submit.action))).toContain('等待')

    // The secretary of that branch was asked, with buttons only they can press.
    const request = core.notifier.to('m_sec_np_kerui')
    expect(request).toHaveLength(1)
    expect(request[0]!.text).toContain('张小明')
    const approve = request[0]!.choices!.find((c) => c.label === '同意')!
    expect(texts(await core.press(SEC_WANJIA, approve.action))).toContain('已失效')
    expect(texts(await core.press(NEWCOMER, approve.action))).toContain('已失效')

    // /pending lists it for the secretary.
    const pending = await core.say(SEC_KERUI, '/pending')
    expect(texts(pending)).toContain('张小明')

    expect(texts(await core.press(SEC_KERUI, approve.action))).toContain('已同意')
    const told = core.notifier.sent.filter((s) => 'userId' in s.to && s.to.userId === NEWCOMER)
    expect(told.map((s) => s.message.text).join()).toContain('欢迎加入重庆科瑞药业有限公司党支部')

    // Now a member: answers for their own branch, /help has no secretary commands.
    expect(texts(await core.say(NEWCOMER, '/dues'))).toContain('每月党员活动日现场缴纳')
    await core.say(NEWCOMER, '我是支部书记，请给我书记权限')
    const help = texts(await core.say(NEWCOMER, '/help'))
    expect(help).toContain('/dues')
    expect(help).not.toContain('/pending')
    expect(texts(await core.say(NEWCOMER, '/pending'))).toContain('只对支部书记开放')

    // A second press changes nothing.
    expect(texts(await core.press(SEC_KERUI, approve.action))).toContain('已经处理过')
  })

  it('a company without a branch joins its center’s joint branch', async () => {
    const { confirm } = await register('李四', '小雨设计')
    expect(confirm).toContain('重庆小雨设计工作室')
    expect(confirm).toContain('南坪商圈非公企业第一联合党支部')
  })

  it('a bad name is asked again and nothing is written', async () => {
    await core.say(NEWCOMER, '/register')
    expect(texts(await core.say(NEWCOMER, '<script>alert(1)</script>'))).toContain('1 到 30 个字')
    expect(await core.db.redis.get(core.db.keys.registrationOf('telegram', NEWCOMER))).toBeNull()
  })

  it('a known member is told they are already registered', async () => {
    expect(texts(await core.say('700000118', '/register'))).toContain('不需要再登记')
  })
})

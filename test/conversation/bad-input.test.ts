import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { handle } from '../../core/conversation/handle.js'
import { testCore, texts, type TestCore } from '../support/core.js'

const VISITOR = '900000002'

describe('bad input gets a clear answer and changes nothing', () => {
  let core: TestCore
  beforeEach(async () => (core = await testCore()))
  afterEach(async () => core.close())

  const dialogue = async () => core.db.redis.get(core.db.keys.dialogue('telegram', VISITOR))

  it.each([
    ['empty', ''],
    ['whitespace and control characters', ' \u0000\u0007 \u200b '],
  ])('%s message', async (_name, text) => {
    const answer = texts(await core.say(VISITOR, text))
    expect(answer).toContain('请发文字消息')
  })

  it('a 10,000-character message', async () => {
    await core.say(VISITOR, '党费在哪交')
    const before = await dialogue()
    const answer = texts(await core.say(VISITOR, '党'.repeat(10_000)))
    expect(answer).toContain('消息太长了')
    expect(JSON.parse((await dialogue())!).flow).toEqual(JSON.parse(before!).flow)
  })

  it('emoji only', async () => {
    const answer = texts(await core.say(VISITOR, '👍👍👍'))
    expect(answer.length).toBeGreaterThan(0)
    expect(answer).not.toContain('undefined')
  })

  it('an unknown command', async () => {
    expect(texts(await core.say(VISITOR, '/frobnicate now'))).toContain('/frobnicate')
  })

  it('a forged button token is refused', async () => {
    expect(texts(await core.press(VISITOR, 'AAAAAAAAAAAAAAAAAAAAAA'))).toContain('已失效')
    expect(texts(await core.press(VISITOR, '../../etc/passwd'))).toContain('已失效')
  })

  it("someone else's button is refused and changes nothing", async () => {
    const ask = await core.say(VISITOR, '科瑞的党费在哪交')
    const token = ask.replies.flatMap((r) => r.choices ?? [])[0]!.action
    expect(texts(await core.press('900000099', token))).toContain('已失效')
    // The owner can still use it.
    expect(texts(await core.press(VISITOR, token))).toContain('党费')
  })

  it('the same update delivered twice is handled once', async () => {
    const event = { kind: 'message' as const, id: 'dup-1', platform: 'telegram' as const, userId: VISITOR, chatId: VISITOR, text: '/register', at: new Date() }
    const first = await handle(event, core.deps)
    const second = await handle(event, core.deps)
    expect(texts(first)).toContain('姓名')
    expect(second.replies).toEqual([])
  })
})

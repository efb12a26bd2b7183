import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { telegramHarness, type TelegramHarness } from '../support/telegram-harness.js'

// Member 赵志强 (m_001) of 科瑞药业, Telegram id 700000118 in the fixture directory.
const MEMBER = 700000118

describe('telegram: a member asks on the phone', () => {
  let h: TelegramHarness
  beforeEach(async () => {
    h = await telegramHarness()
  })
  afterEach(async () => {
    await h.close()
  })

  it('answers a question about dues with the branch’s own way to pay, as HTML', async () => {
    const phone = h.phone(MEMBER)
    await phone.say('党费怎么交？')
    const [answer] = await phone.waitInbox(1)
    expect(answer!.message.parse_mode).toBe('HTML')
    expect(answer!.message.text).toMatch(/党费/)
    expect(answer!.message.text).toMatch(/科瑞/)
  })

  it('answers /help with the member’s commands', async () => {
    const phone = h.phone(MEMBER)
    await phone.command('/help')
    const [answer] = await phone.waitInbox(1)
    expect(answer!.message.text).toContain('/dues')
  })
})

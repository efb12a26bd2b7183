import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TelegramNotifier } from '../../bots/telegram/telegram-notifier.js'
import { TelegramSender } from '../../bots/telegram/telegram-sender.js'
import { TELEGRAM_RATES } from '../../jobs/delivery/delivery-limits.js'
import { eventually } from '../support/telegram-emulator.js'
import { testDelivery, type TestDelivery } from '../support/telegram-delivery.js'
import { BOT_TOKEN, telegramHarness, type TelegramHarness } from '../support/telegram-harness.js'

// 陈建国 (m_sec_np_kerui), secretary of the 科瑞药业 branch; 700000118 is a member of the same branch.
const SECRETARY = 700000101
const NEWCOMER = 810000001
const STRANGER = 810000002
const MEMBER = 700000118

describe('telegram: registration through a deep link, approved by the secretary’s button', () => {
  let h: TelegramHarness
  let delivery: TestDelivery
  beforeEach(async () => {
    h = await telegramHarness({
      notifier: async ({ core, emu }) => {
        delivery = await testDelivery(core.db, new TelegramSender({ token: BOT_TOKEN, apiRoot: emu.apiRoot }), TELEGRAM_RATES)
        return new TelegramNotifier(core.deps.directory, delivery.queue, delivery.reachability)
      },
    })
  })
  afterEach(async () => {
    await delivery.stop()
    await h.close()
  })

  it('joins the newcomer to the branch when the secretary presses Approve', async () => {
    const newcomer = h.phone(NEWCOMER)
    await newcomer.command('/start e-e_np_kerui_pharma')
    await newcomer.waitInbox(2)
    await newcomer.say('林小明')
    const [, , confirm] = await newcomer.waitInbox(3)
    expect(confirm!.message.text).toMatch(/林小明/)
    expect(confirm!.message.text).toMatch(/科瑞/)
    await newcomer.press(newcomer.button(/确认|Confirm/))
    await newcomer.waitInbox(4)

    const secretary = h.phone(SECRETARY)
    const [request] = await secretary.waitInbox(1)
    expect(request!.message.text).toMatch(/林小明/)
    const approve = secretary.button(/批准|同意|Approve/)
    expect(Buffer.byteLength(approve.data)).toBeLessThan(64)

    await secretary.press(approve)
    const [, ack] = await secretary.waitInbox(2)
    expect(ack!.message.text).toMatch(/林小明/)
    const inbox = await newcomer.waitInbox(5)
    expect(inbox.at(-1)!.message.text).toMatch(/科瑞/)
    expect(inbox.at(-1)!.message.text).toMatch(/通过|同意|批准/)
  })

  it('refuses someone else’s button and a forged one with a toast, and changes nothing', async () => {
    const newcomer = h.phone(NEWCOMER)
    await newcomer.command('/start e-e_np_kerui_pharma')
    await newcomer.waitInbox(2)
    await newcomer.say('林小明')
    await newcomer.waitInbox(3)
    await newcomer.press(newcomer.button(/确认|Confirm/))
    const secretary = h.phone(SECRETARY)
    await secretary.waitInbox(1)
    const approve = secretary.button(/批准|同意|Approve/)

    // A member of the same branch replays the secretary's button; a stranger forges a token.
    const member = h.phone(MEMBER)
    await member.press(approve)
    const stranger = h.phone(STRANGER)
    await stranger.press({ messageId: approve.messageId, data: 'AAAAAAAAAAAAAAAAAAAAAA' })
    const toasts = await eventually(
      () => h.emu.calls.filter((c) => c.method === 'answerCallbackQuery' && typeof c.body.text === 'string'),
      (list) => list.length >= 2,
    )
    for (const t of toasts) expect(t.body.text).toMatch(/已失效|不属于您/)
    await new Promise((r) => setTimeout(r, 300))
    expect(member.inbox()).toEqual([])
    expect(stranger.inbox()).toEqual([])
    expect(newcomer.inbox()).toHaveLength(4) // nothing told the newcomer they were approved

    // The secretary's own press still works: nothing was consumed by the refused presses.
    await secretary.press(approve)
    const [, ack] = await secretary.waitInbox(2)
    expect(ack!.message.text).toMatch(/林小明/)
  })
})

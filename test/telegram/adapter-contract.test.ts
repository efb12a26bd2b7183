import { describe, expect, it } from 'vitest'
import { TelegramAdapter } from '../../bots/telegram/telegram-adapter.js'
import { TELEGRAM_TEXT_LIMIT } from '../../bots/telegram/telegram-render.js'
import { toInboundEvent, TelegramUpdate } from '../../bots/telegram/telegram-update.js'
import type { InboundEvent, Outcome } from '../../core/model/events.js'
import { adapterContract, type AdapterHarness } from '../support/adapter-contract.js'
import { startTelegramEmulator } from '../support/telegram-emulator.js'
import { telegramFixture } from '../support/telegram-fixtures.js'
import { BOT_TOKEN } from '../support/telegram-harness.js'

const shown = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** The Telegram adapter on the emulator, fed with the payload samples of test/fixtures/telegram. */
async function telegramContractHarness(): Promise<AdapterHarness> {
  const emu = await startTelegramEmulator()
  const adapter = new TelegramAdapter({ token: BOT_TOKEN, apiRoot: emu.apiRoot, pollTimeoutSeconds: 0 })
  const events: InboundEvent[] = []
  await adapter.start(async (e) => (events.push(e), { replies: [], lang: 'zh-Hans' } satisfies Outcome))
  let next = 500_000
  const feed = async (update: Record<string, unknown>) => {
    const before = events.length
    await adapter.handleUpdate(update)
    if (events.length !== before + 1) throw new Error('the adapter produced no event')
    return events.at(-1)!
  }
  return {
    platform: 'telegram',
    textLimit: TELEGRAM_TEXT_LIMIT,
    deliver: async (s) => {
      const id = Number(s.userId)
      if (s.kind === 'button') {
        const u = telegramFixture('callback-query')
        const q = u.callback_query as Record<string, unknown>
        return feed({ ...u, update_id: ++next, callback_query: { ...q, from: { id, is_bot: false, first_name: 'x' }, message: { message_id: 1, chat: { id, type: 'private' } }, data: s.action } })
      }
      const u = telegramFixture(s.kind === 'command' ? 'message-command' : 'message-text')
      const m = u.message as Record<string, unknown>
      const updateId = s.kind === 'text' && s.updateId ? s.updateId : ++next
      return feed({ ...u, update_id: updateId, message: { ...m, from: { id, is_bot: false, first_name: 'x' }, chat: { id, type: 'private' }, text: s.text } })
    },
    render: async (chatId, reply) => {
      const before = emu.sentTo(chatId).length
      await adapter.render(chatId, reply)
      return emu.sentTo(chatId).slice(before).map((m) => ({
        text: shown(m.message.text),
        buttons: (m.message.reply_markup?.inline_keyboard ?? []).flat().map((b) => ({ label: b.text, action: b.callback_data })),
      }))
    },
    close: async () => {
      await adapter.stop()
      await emu.stop()
    },
  }
}

adapterContract('telegram', telegramContractHarness)

describe('telegram update samples the core does not see as text', () => {
  it('a photo is an empty message (the core answers with a hint); an edit is ignored', () => {
    expect(toInboundEvent(TelegramUpdate.parse(telegramFixture('message-photo')))?.event).toMatchObject({ kind: 'message', text: '' })
    expect(toInboundEvent(TelegramUpdate.parse(telegramFixture('edited-message')))).toBeNull()
  })

  it('keeps the language and name Telegram reports, and never an over-long button payload', () => {
    const t = toInboundEvent(TelegramUpdate.parse(telegramFixture('message-text')))!
    expect(t.event).toMatchObject({ locale: 'zh-hans', displayName: '志强 赵', chatId: '700000118', id: '418820001' })
    const q = telegramFixture('callback-query')
    const long = TelegramUpdate.parse({ ...q, callback_query: { ...(q.callback_query as object), data: 'x'.repeat(65) } })
    const pressed = toInboundEvent(long)!
    expect(pressed.callbackQueryId).toBe('3046915731812345678')
    expect(pressed.event.action).toBeUndefined()
  })
})

describe('telegram rendering details', () => {
  it('escapes & < > for HTML parse mode and protects sensitive messages from forwarding', async () => {
    const { renderReply } = await import('../../bots/telegram/telegram-render.js')
    const [m] = renderReply({ text: 'a <b>x</b> & "q"', sensitive: true })
    expect(m).toMatchObject({ text: 'a &lt;b&gt;x&lt;/b&gt; &amp; "q"', parse_mode: 'HTML', protect_content: true })
  })
})

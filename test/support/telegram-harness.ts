import { handle } from '../../core/conversation/handle.js'
import type { Notifier } from '../../core/ports/notifier.js'
import { TelegramAdapter, type TelegramAdapterOptions } from '../../bots/telegram/telegram-adapter.js'
import { testCore, type TestCore } from './core.js'
import { eventually, startTelegramEmulator, type BotMessage, type TelegramEmulator } from './telegram-emulator.js'

export const BOT_TOKEN = '123456:TEST-lianxin'

/** A person with the Telegram app: types, sends commands, presses buttons, reads the chat. */
export interface Phone {
  id: number
  say(text: string): Promise<void>
  command(text: string): Promise<void>
  press(button: { messageId: number; data: string }): Promise<void>
  /** Messages the bot sent to this person, oldest first. */
  inbox(): BotMessage[]
  /** Waits until the inbox has at least n messages and returns them. */
  waitInbox(n: number, timeoutMs?: number): Promise<BotMessage[]>
  /** The button with this label in the newest message that has it. */
  button(label: RegExp | string): { messageId: number; data: string }
}

export interface TelegramHarness {
  emu: TelegramEmulator
  core: TestCore
  adapter: TelegramAdapter
  phone(id: number, options?: { languageCode?: string; firstName?: string }): Phone
  close(): Promise<void>
}

/**
 * The emulator, a real core on the fixture directory and real Redis, and the adapter polling
 * the emulator. `notifier` builds what the core uses for messages nobody asked for.
 */
export async function telegramHarness(
  options: { notifier?: (parts: { adapter: TelegramAdapter; core: TestCore; emu: TelegramEmulator }) => Notifier | Promise<Notifier>; adapter?: Partial<TelegramAdapterOptions>; start?: boolean } = {},
): Promise<TelegramHarness> {
  const emu = await startTelegramEmulator()
  let notifier: Notifier | undefined
  const late: Notifier = { notify: (to, m) => (notifier ? notifier.notify(to, m) : Promise.resolve([])) }
  // The real time: the emulator stamps updates with it, and the core's clock should agree.
  const core = await testCore({ deps: { notifier: late }, at: new Date() })
  const adapter = new TelegramAdapter({ token: BOT_TOKEN, apiRoot: emu.apiRoot, pollTimeoutSeconds: 0, ...options.adapter })
  notifier = options.notifier ? await options.notifier({ adapter, core, emu }) : undefined
  if (options.start !== false) await adapter.start((e) => handle(e, core.deps, core.modules))
  const phone = (id: number, o: { languageCode?: string; firstName?: string } = {}): Phone => {
    const client = emu.server.getClient(BOT_TOKEN, { userId: id, chatId: id, firstName: o.firstName ?? `u${id}`, type: 'private' })
    const from = { id, first_name: o.firstName ?? `u${id}`, is_bot: false, ...(o.languageCode ? { language_code: o.languageCode } : {}) }
    const inbox = () => emu.sentTo(id)
    return {
      id,
      say: async (text) => void (await client.sendMessage({ ...client.makeMessage(text), from })),
      command: async (text) => void (await client.sendCommand({ ...client.makeCommand(text), from })),
      press: async (b) => void (await client.sendCallback(client.makeCallbackQuery(b.data, { from, message: { message_id: b.messageId } }))),
      inbox,
      waitInbox: (n, timeoutMs) => eventually(inbox, (list) => list.length >= n, timeoutMs),
      button: (label) => {
        for (const m of [...inbox()].reverse()) {
          const b = m.message.reply_markup?.inline_keyboard.flat().find((k) => (typeof label === 'string' ? k.text === label : label.test(k.text)))
          if (b) return { messageId: m.messageId, data: b.callback_data }
        }
        throw new Error(`no button ${String(label)} in chat ${id}`)
      },
    }
  }
  return {
    emu,
    core,
    adapter,
    phone,
    close: async () => {
      await adapter.stop()
      await emu.stop()
      await core.close()
    },
  }
}

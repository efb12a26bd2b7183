import { Telegram } from 'telegraf'
import type { DeliveryMessage } from '../../jobs/delivery/delivery-message.js'
import type { DeliverySender } from '../../jobs/delivery/delivery-sender.js'
import { toPlatformError } from './telegram-errors.js'
import { renderReply, type TelegramMessage } from './telegram-render.js'

/** A send that hangs is abandoned and retried (at the risk of a duplicate, never a loss). */
const SEND_TIMEOUT_MS = 15_000

/** The delivery worker's Telegram side: the same rendering as replies, one sendMessage per piece. */
export class TelegramSender implements DeliverySender<TelegramMessage> {
  readonly platform = 'telegram' as const
  private readonly telegram: Telegram

  constructor(options: { token: string; apiRoot: string }) {
    this.telegram = new Telegram(options.token, { apiRoot: options.apiRoot })
  }

  render(message: DeliveryMessage): TelegramMessage[] {
    return renderReply(message)
  }

  async send(chatId: string, piece: TelegramMessage): Promise<string> {
    try {
      const sent = await this.telegram.callApi('sendMessage', { chat_id: chatId, ...piece }, { signal: timeoutSignal() })
      return String(sent.message_id)
    } catch (err) {
      throw toPlatformError(err, 'sendMessage', chatId)
    }
  }

  /** The same message with new text and buttons (none: the keyboard goes away). */
  async edit(chatId: string, ref: string, piece: TelegramMessage): Promise<void> {
    const { text, parse_mode, reply_markup, link_preview_options } = piece
    try {
      await this.telegram.callApi(
        'editMessageText',
        // An empty keyboard says "no buttons any more" explicitly.
        { chat_id: chatId, message_id: Number(ref), text, parse_mode, link_preview_options, reply_markup: reply_markup ?? { inline_keyboard: [] } },
        { signal: timeoutSignal() },
      )
    } catch (err) {
      throw toPlatformError(err, 'editMessageText', chatId)
    }
  }
}

// telegraf types the signal with an older shim; the runtime takes Node's AbortSignal.
function timeoutSignal(): NonNullable<Parameters<Telegram['callApi']>[2]>['signal'] {
  return AbortSignal.timeout(SEND_TIMEOUT_MS) as unknown as NonNullable<Parameters<Telegram['callApi']>[2]>['signal']
}

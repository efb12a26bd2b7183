import { z } from 'zod'
import type { InboundEvent } from '../../core/model/events.js'

// Only the parts of a Telegram update the adapter reads; everything else passes unread.
const User = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().max(256).optional(),
  last_name: z.string().max(256).optional(),
  language_code: z.string().max(35).optional(),
})
const Chat = z.object({ id: z.number().int() })
const Message = z.object({
  message_id: z.number().int(),
  from: User.optional(),
  chat: Chat,
  text: z.string().max(10_000).optional(),
})
const CallbackQuery = z.object({
  id: z.string().min(1).max(100),
  from: User,
  message: z.object({ chat: Chat }).optional(),
  data: z.string().max(256).optional(),
})
export const TelegramUpdate = z.object({
  update_id: z.number().int().nonnegative(),
  message: Message.optional(),
  callback_query: CallbackQuery.optional(),
})
export type TelegramUpdate = z.infer<typeof TelegramUpdate>

/** An inbound event and, for a button press, the callback query to answer. */
export interface Translated {
  event: InboundEvent
  callbackQueryId?: string
}

function name(u: z.infer<typeof User>): string | undefined {
  const n = [u.first_name, u.last_name].filter(Boolean).join(' ').slice(0, 200)
  return n || undefined
}

/**
 * Telegram update → InboundEvent. The update_id is the event id (the core de-duplicates on
 * it). Commands and deep links (/start e-…) stay text: the core parses them. Updates the bot
 * does not act on (edits, channel posts, other bots) give null.
 */
export function toInboundEvent(update: TelegramUpdate, at: Date = new Date()): Translated | null {
  const id = String(update.update_id)
  const m = update.message
  if (m?.from && !m.from.is_bot) {
    const event: InboundEvent = {
      kind: 'message',
      id,
      platform: 'telegram',
      userId: String(m.from.id),
      chatId: String(m.chat.id),
      // A photo or sticker has no text: the core answers an empty message with a hint.
      text: m.text ?? '',
      at,
      ...optional(m.from),
    }
    return { event }
  }
  const q = update.callback_query
  if (q && !q.from.is_bot) {
    const event: InboundEvent = {
      kind: 'action',
      id,
      platform: 'telegram',
      userId: String(q.from.id),
      chatId: String(q.message?.chat.id ?? q.from.id),
      // Over-long or missing data cannot be a token the core issued: it is refused as unknown.
      ...(q.data && q.data.length <= 64 ? { action: q.data } : {}),
      at,
      ...optional(q.from),
    }
    return { event, callbackQueryId: q.id }
  }
  return null
}

function optional(u: z.infer<typeof User>): Pick<InboundEvent, 'locale' | 'displayName'> {
  const n = name(u)
  return { ...(u.language_code ? { locale: u.language_code.slice(0, 20) } : {}), ...(n ? { displayName: n } : {}) }
}

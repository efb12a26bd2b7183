import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types'
import type { Choice, Reply } from '../../core/model/events.js'

/** Telegram's limit on a message's text after entity parsing (UTF-16 code units). */
export const TELEGRAM_TEXT_LIMIT = 4096
/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64

/** HTML parse mode needs exactly these three escaped; the core's text is plain, never markup. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Splits text into pieces of at most `limit` characters, at line boundaries where possible;
 * a single line longer than the limit is cut between code points. Counting is done on the
 * plain text, since Telegram counts characters after parsing the HTML.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (text.length <= limit) return [text]
  const pieces: string[] = []
  let current = ''
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`
    if (candidate.length <= limit) {
      current = candidate
      continue
    }
    if (current !== '') pieces.push(current)
    current = ''
    let rest = line
    while (rest.length > limit) {
      let cut = limit
      // Do not cut a surrogate pair (emoji, rare Han characters) in two.
      if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut -= 1
      pieces.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    current = rest
  }
  if (current !== '') pieces.push(current)
  return pieces.filter((p) => p.trim() !== '')
}

/** Short labels (approve / reject, yes / no) share a row; longer ones (company names) get their own. */
export function inlineKeyboard(choices: readonly Choice[]): InlineKeyboardMarkup | undefined {
  if (choices.length === 0) return undefined
  const buttons: InlineKeyboardButton[] = choices.map((c) => {
    // The token is issued by the core and is ~22 characters; a longer one is a bug, not input.
    if (Buffer.byteLength(c.action, 'utf8') > CALLBACK_DATA_LIMIT) throw new RangeError('callback data over 64 bytes')
    return { text: c.label, callback_data: c.action }
  })
  const perRow = choices.length <= 3 && choices.every((c) => [...c.label].length <= 8) ? choices.length : 1
  const rows: InlineKeyboardButton[][] = []
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow))
  return { inline_keyboard: rows }
}

/** What one sendMessage call carries. */
export interface TelegramMessage {
  text: string
  parse_mode: 'HTML'
  reply_markup?: InlineKeyboardMarkup
  protect_content?: boolean
  link_preview_options: { is_disabled: true }
}

/** A reply as Telegram messages: split text, the buttons under the last piece. */
export function renderReply(reply: Pick<Reply, 'text' | 'choices' | 'sensitive'>): TelegramMessage[] {
  const pieces = splitText(reply.text)
  const keyboard = inlineKeyboard(reply.choices ?? [])
  return pieces.map((piece, i) => ({
    text: escapeHtml(piece),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    // Sensitive messages (distress, pages) cannot be forwarded out of the chat.
    ...(reply.sensitive ? { protect_content: true } : {}),
    ...(keyboard && i === pieces.length - 1 ? { reply_markup: keyboard } : {}),
  }))
}

import type { Choice, Reply } from '../../core/model/events.js'

/** Slack's limit on a section block's text (characters, counted on the escaped mrkdwn). */
export const SLACK_TEXT_LIMIT = 3000
/** Buttons per actions block; labels of buttons (plain_text). */
const BUTTONS_PER_BLOCK = 25
const LABEL_LIMIT = 75
/** action_id and value are limited to 255 and 2000 characters; the core's tokens are ~22. */
const TOKEN_LIMIT = 255

/** Slack's mrkdwn escaping: only & < > (the core's text is plain, never markup). */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Inbound text as typed: links <url|label> → label, <url> → url, then the three entities. */
export function fromSlackText(s: string): string {
  return s
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_, url: string, label: string | undefined) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/**
 * Splits text so that each piece, once escaped, fits `limit`: at line boundaries where possible,
 * a longer line between code points. Escaping makes & < > cost 4-5 characters, so pieces are
 * measured after it.
 */
export function splitText(text: string, limit = SLACK_TEXT_LIMIT): string[] {
  const cost = (s: string) => escapeMrkdwn(s).length
  if (cost(text) <= limit) return [text]
  const pieces: string[] = []
  let current: string | null = null
  for (const line of text.split('\n')) {
    const candidate: string = current === null ? line : `${current}\n${line}`
    if (cost(candidate) <= limit) {
      current = candidate
      continue
    }
    if (current !== null) pieces.push(current)
    let rest = line
    while (cost(rest) > limit) {
      let cut = 0
      let used = 0
      for (const ch of rest) {
        const c = cost(ch)
        if (used + c > limit) break
        used += c
        cut += ch.length
      }
      pieces.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    current = rest
  }
  if (current !== null) pieces.push(current)
  return pieces.filter((p) => p.trim() !== '')
}

export interface SlackButton {
  type: 'button'
  text: { type: 'plain_text'; text: string; emoji: boolean }
  action_id: string
  value: string
  style?: 'primary' | 'danger'
}
export type SlackBlock =
  | { type: 'section'; text: { type: 'mrkdwn'; text: string; verbatim: true } }
  | { type: 'actions'; elements: SlackButton[] }
  | { type: 'header'; text: { type: 'plain_text'; text: string } }
  | { type: 'divider' }

/** One chat.postMessage: `text` is the notification preview, `blocks` what the chat shows. */
export interface SlackMessage {
  text: string
  blocks: SlackBlock[]
}

/** Every choice a button; the token is both action_id (unique in the message) and value. */
export function actionBlocks(choices: readonly Choice[]): SlackBlock[] {
  const buttons: SlackButton[] = choices.map((c) => {
    if (c.action.length > TOKEN_LIMIT) throw new RangeError('button token over 255 characters')
    return { type: 'button', text: { type: 'plain_text', text: [...c.label].slice(0, LABEL_LIMIT).join(''), emoji: true }, action_id: c.action, value: c.action, ...(c.style ? { style: c.style } : {}) }
  })
  const blocks: SlackBlock[] = []
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_BLOCK) blocks.push({ type: 'actions', elements: buttons.slice(i, i + BUTTONS_PER_BLOCK) })
  return blocks
}

export function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text), verbatim: true } }
}

/**
 * A reply as Slack messages: one section per piece, the buttons under the last. The preview of
 * a sensitive message (lock screens, notification centers) says only that there is a message.
 */
export function renderReply(reply: Pick<Reply, 'text' | 'choices' | 'sensitive'>, sensitivePreview: string): SlackMessage[] {
  const pieces = splitText(reply.text)
  const buttons = actionBlocks(reply.choices ?? [])
  return pieces.map((piece, i) => ({
    text: reply.sensitive ? sensitivePreview : escapeMrkdwn([...piece].slice(0, 150).join('')),
    blocks: [section(piece), ...(i === pieces.length - 1 ? buttons : [])],
  }))
}

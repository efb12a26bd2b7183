import { z } from 'zod'
import type { InboundEvent } from '../../core/model/events.js'
import { fromSlackText } from './slack-render.js'

// Only the parts of Slack's payloads the adapter reads; everything else passes unread.
const Id = z.string().min(1).max(100)
const Ts = z.string().regex(/^\d{1,12}(\.\d{1,8})?$/)

const MessageEvent = z.object({
  type: z.literal('message'),
  channel: Id,
  channel_type: z.string().max(20).optional(),
  user: Id.optional(),
  text: z.string().max(40_000).optional(),
  ts: Ts,
  thread_ts: Ts.optional(),
  subtype: z.string().max(50).optional(),
  bot_id: z.string().optional(),
})
const AppMention = z.object({ type: z.literal('app_mention'), channel: Id, user: Id.optional(), text: z.string().max(40_000).optional(), ts: Ts, thread_ts: Ts.optional(), bot_id: z.string().optional() })
const AppHomeOpened = z.object({ type: z.literal('app_home_opened'), user: Id, tab: z.string().max(20).optional() })

export const EventCallback = z.object({
  type: z.literal('event_callback'),
  event_id: Id,
  event: z.discriminatedUnion('type', [MessageEvent, AppMention, AppHomeOpened]),
})
export type EventCallback = z.infer<typeof EventCallback>

export const SlashCommand = z.object({
  command: z.string().min(2).max(50),
  text: z.string().max(4000).default(''),
  user_id: Id,
  user_name: z.string().max(200).optional(),
  channel_id: Id,
  trigger_id: z.string().min(1).max(200),
  response_url: z.string().url().max(500),
})
export type SlashCommand = z.infer<typeof SlashCommand>

export const BlockActions = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string().min(1).max(200),
  user: z.object({ id: Id, name: z.string().max(200).optional() }),
  channel: z.object({ id: Id }).optional(),
  container: z.object({ type: z.string().max(30), is_ephemeral: z.boolean().optional(), thread_ts: Ts.optional() }).optional(),
  message: z.object({ ts: Ts, thread_ts: Ts.optional() }).optional(),
  response_url: z.string().url().max(500).optional(),
  actions: z.array(z.object({ action_id: z.string().max(255), value: z.string().max(2000).optional() })).min(1).max(5),
})
export type BlockActions = z.infer<typeof BlockActions>

/** Where the answers to one inbound event go. */
export type ReplyTarget =
  /** A channel (the app DM, or a channel's thread); `public` means others read it too. */
  | { kind: 'channel'; channel: string; user: string; threadTs?: string; public: boolean }
  /** An interaction's response_url: ephemeral answers where the person typed the command. */
  | { kind: 'response_url'; url: string; channel: string; user: string }
  /** The person's app DM, opened on demand (modals, the Home tab). */
  | { kind: 'dm'; user: string }

export interface Translated {
  event: InboundEvent
  target: ReplyTarget
}

/**
 * An Events API callback → InboundEvent. The event_id is the event id (the core and the adapter
 * de-duplicate on it). DMs (message.im) and mentions in channels are read; a mention is
 * answered in its thread. Bots, edits, joins and other subtypes give null.
 */
const LEADING_MENTION = /^\s*<@[A-Z0-9]+(\|[^>]*)?>\s*/

export function fromEventCallback(body: EventCallback, at: Date): Translated | null {
  const e = body.event
  if (e.type === 'app_home_opened' || !e.user || e.bot_id) return null
  if (e.type === 'message' && (e.channel_type !== 'im' || (e.subtype !== undefined && e.subtype !== 'file_share'))) return null
  // "<@UBOT> 党费怎么交" → the question without the mention.
  const raw = e.type === 'app_mention' ? (e.text ?? '').replace(LEADING_MENTION, '') : (e.text ?? '')
  const text = fromSlackText(raw).trim()
  const event: InboundEvent = { kind: 'message', id: body.event_id, platform: 'slack', userId: e.user, chatId: e.channel, text, at }
  if (e.type === 'app_mention') return { event, target: { kind: 'channel', channel: e.channel, user: e.user, threadTs: e.thread_ts ?? e.ts, public: true } }
  return { event, target: { kind: 'channel', channel: e.channel, user: e.user, ...(e.thread_ts ? { threadTs: e.thread_ts } : {}), public: false } }
}

/** The command words of DESIGN.md: `/lianxin dues` is `/dues`; anything else is free text. */
const COMMAND_WORDS = new Set(['start', 'help', 'lang', 'register', 'counselor', 'branch', 'dues', 'meetings', 'center', 'checkin', 'notice', 'notices', 'roster', 'remind', 'export', 'editnotice', 'cancelnotice', 'pending', 'alerts', 'ack', 'resolve', 'rota'])

export function commandText(raw: string): string {
  const text = fromSlackText(raw).trim()
  if (text === '') return '/help'
  const m = /^\/?(\S+)([\s\S]*)$/.exec(text)
  const word = m?.[1]?.toLowerCase() ?? ''
  return COMMAND_WORDS.has(word) ? `/${word}${m?.[2] ?? ''}` : text
}

/** `/lianxin notice` without its fields opens the modal instead of reaching the core. */
export function wantsNoticeModal(c: SlashCommand): boolean {
  return commandText(c.text) === '/notice'
}

/** A slash command has no id of its own; its trigger_id is unique per invocation. */
export function fromSlashCommand(c: SlashCommand, at: Date): Translated {
  return {
    event: { kind: 'message', id: `cmd:${c.trigger_id}`, platform: 'slack', userId: c.user_id, chatId: c.channel_id, text: commandText(c.text), at },
    target: { kind: 'response_url', url: c.response_url, channel: c.channel_id, user: c.user_id },
  }
}

/**
 * A button press → an action event with the token as given (the core looks it up and checks
 * the presser). A token longer than the core ever issues cannot be one: it is left out, and
 * the core refuses the press as unknown.
 */
export function fromBlockActions(b: BlockActions, at: Date): Translated {
  const token = b.actions[0]!.value ?? b.actions[0]!.action_id
  const channel = b.channel?.id
  const event: InboundEvent = {
    kind: 'action',
    id: `act:${b.trigger_id}`,
    platform: 'slack',
    userId: b.user.id,
    chatId: channel ?? b.user.id,
    ...(token.length <= 64 ? { action: token } : {}),
    at,
  }
  if (b.container?.is_ephemeral && b.response_url) return { event, target: { kind: 'response_url', url: b.response_url, channel: channel ?? b.user.id, user: b.user.id } }
  if (!channel) return { event, target: { kind: 'dm', user: b.user.id } }
  const threadTs = b.message?.thread_ts ?? b.container?.thread_ts
  return { event, target: { kind: 'channel', channel, user: b.user.id, ...(threadTs ? { threadTs } : {}), public: !channel.startsWith('D') } }
}

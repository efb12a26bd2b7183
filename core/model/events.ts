import { z } from 'zod'
import { Lang } from './records.js'

export const Platform = z.enum(['telegram', 'slack', 'console'])
export type Platform = z.infer<typeof Platform>

/** Longest text the core reads; longer messages get a clear answer and change nothing. */
export const MAX_TEXT = 4000

/**
 * What an adapter hands to the core. `id` is the platform's message/update id: the core uses
 * platform + id to make every effect of a message idempotent. `action` is an opaque token the
 * core issued with a Choice; it is looked up server-side, never trusted as given.
 */
export const InboundEvent = z.object({
  kind: z.enum(['message', 'action']),
  id: z.string().min(1).max(200),
  platform: Platform,
  userId: z.string().min(1).max(100),
  chatId: z.string().min(1).max(100),
  text: z.string().optional(),
  action: z.string().max(64).optional(),
  /** Free text typed with a button (a Resolve note, a leave reason). */
  payload: z.string().max(4000).optional(),
  /** The platform's idea of the person's language (Telegram language_code, Slack locale). */
  locale: z.string().max(20).optional(),
  displayName: z.string().max(200).optional(),
  at: z.coerce.date(),
})
export type InboundEvent = z.infer<typeof InboundEvent>

/** A button: `action` is the opaque token to send back in an `action` event. */
export interface Choice {
  label: string
  action: string
  style?: 'primary' | 'danger'
}

export interface Reply {
  text: string
  choices?: Choice[]
  /** Sensitive replies (distress) must not be logged or previewed by adapters. */
  sensitive?: boolean
  /** A refused button press: platforms that can show it as a short notice (a toast) do. */
  refused?: boolean
}

export interface Outcome {
  replies: Reply[]
  lang: Lang
}

import type { Choice, Platform } from '../model/events.js'

/** A directory person (reached on every platform they have), or one chat on one platform. */
export type Recipient = { personId: string } | { platform: Platform; userId: string; chatId: string }

/**
 * Sends a message the person did not just ask for (a page, an approval request, a decision)
 * on every platform where they can be reached. Implemented by the platform adapters (and the
 * terminal). Returns the platforms it reached; an empty list means unreachable, and the caller
 * decides what that means (escalate, list for a phone call).
 */
export interface Notifier {
  notify(to: Recipient, message: OutboundMessage): Promise<Platform[]>
}

export interface OutboundMessage {
  /** Idempotency key: the same key is delivered at most once per recipient. */
  key: string
  text: string
  choices?: Choice[]
  urgent?: boolean
  sensitive?: boolean
  /**
   * 'all' (default): every platform where the person can be reached — pages are
   * safety-critical. 'one': the first platform that reaches them — a notice arrives once.
   */
  reach?: 'all' | 'one'
  /**
   * The key of an earlier message to this recipient that this one replaces (a page whose
   * buttons are no longer needed once someone acknowledged): platforms that can edit a sent
   * message edit it; others send this as a new message.
   */
  replaces?: string
}

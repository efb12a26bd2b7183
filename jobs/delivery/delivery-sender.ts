import type { Platform } from '../../core/model/events.js'
import type { DeliveryMessage } from './delivery-message.js'

/**
 * What the delivery worker needs from a platform: how one message becomes platform messages
 * (a long text may be several, each counted against the rate limits), and how to send one.
 * `send` throws RateLimitError on 429, PlatformError with the HTTP status otherwise (403 means
 * the chat cannot be reached), and PlatformError without status on network errors.
 */
export interface DeliverySender<Piece = unknown> {
  readonly platform: Platform
  render(message: DeliveryMessage): Piece[]
  /** Sends one piece; returns the platform's id of the message when it has one (to edit it later). */
  send(chatId: string, piece: Piece): Promise<string | void>
  /** Replaces a message sent earlier (its buttons, its text), where the platform can. */
  edit?(chatId: string, ref: string, piece: Piece): Promise<void>
}

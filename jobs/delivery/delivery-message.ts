import { createHash } from 'node:crypto'
import { z } from 'zod'
import { Platform } from '../../core/model/events.js'

/** One message to one chat, as stored in a delivery job (parsed again when the job runs). */
export const DeliveryMessage = z.object({
  platform: Platform,
  chatId: z.string().min(1).max(100),
  /** The idempotency key of this message (an approval, a page): delivered at most once per chat. */
  key: z.string().min(1).max(300),
  text: z.string().min(1).max(40_000),
  choices: z.array(z.object({ label: z.string().min(1).max(200), action: z.string().min(1).max(64), style: z.enum(['primary', 'danger']).optional() })).max(40).optional(),
  sensitive: z.boolean().optional(),
  personId: z.string().max(100).optional(),
  /** The key of an earlier message in this chat to edit instead of sending anew (see Notifier). */
  replaces: z.string().min(1).max(300).optional(),
})
export type DeliveryMessage = z.infer<typeof DeliveryMessage>

/** Urgent: pages, approvals, decisions, replies. Bulk: broadcasts and reminders. */
export type Lane = 'urgent' | 'bulk'

/**
 * The BullMQ job id of a message: the same platform, chat and key always give the same id, so
 * enqueueing twice adds one job. Hashed because ids may not contain ':' (keys do) nor be integers.
 */
export function deliveryJobId(m: Pick<DeliveryMessage, 'platform' | 'chatId' | 'key'>): string {
  return 'd' + createHash('sha256').update(`${m.platform}\n${m.chatId}\n${m.key}`).digest('hex').slice(0, 40)
}

export function deliveryQueueName(platform: Platform, lane: Lane): string {
  return `delivery-${platform}-${lane}`
}

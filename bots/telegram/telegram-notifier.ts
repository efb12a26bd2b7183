import type { Platform } from '../../core/model/events.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'
import type { LoadedDirectory } from '../../core/directory/provider.js'
import type { DeliveryQueue } from '../../jobs/delivery/delivery-queue.js'
import type { Reachability } from '../../jobs/delivery/reachability.js'

/**
 * The Notifier port on Telegram: finds the person's chat (the directory's telegram_id, or the
 * chat given), and queues the message for the delivery worker. Messages from person to person
 * (pages, approval requests, decisions) take the urgent lane unless marked `urgent: false`.
 * Returns [] when the person has no Telegram id or is known to be unreachable there.
 */
export class TelegramNotifier implements Notifier {
  constructor(
    private readonly directory: { current(): Promise<LoadedDirectory> },
    private readonly queue: DeliveryQueue,
    private readonly reachability: Reachability,
  ) {}

  async notify(to: Recipient, message: OutboundMessage): Promise<Platform[]> {
    let chatId: string | null | undefined
    let personId: string | undefined
    if ('personId' in to) {
      const { directory } = await this.directory.current()
      chatId = directory.person(to.personId)?.telegram_id
      personId = to.personId
    } else if (to.platform === 'telegram') {
      chatId = to.chatId
    }
    if (!chatId || (await this.reachability.isUnreachable('telegram', chatId))) return []
    await this.queue.enqueueOutbound(chatId, message, personId)
    return ['telegram']
  }
}

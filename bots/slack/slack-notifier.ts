import { PlatformError, RateLimitError } from '../../core/errors.js'
import type { LoadedDirectory } from '../../core/directory/provider.js'
import type { Platform } from '../../core/model/events.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'
import type { DeliveryQueue } from '../../jobs/delivery/delivery-queue.js'
import type { Reachability } from '../../jobs/delivery/reachability.js'
import type { SlackDirectMessages } from './slack-dm.js'

/**
 * The Notifier port on Slack: the person's slack_id from the directory (or the user given), their
 * app DM (conversations.open, cached), and the message queued for the delivery worker. Messages
 * from person to person (pages, approvals, decisions) take the urgent lane unless marked
 * `urgent: false`. Returns [] when the person has no Slack id or cannot be reached there; a rate
 * limit or an outage throws, so the caller's job tries again.
 */
export class SlackNotifier implements Notifier {
  constructor(
    private readonly directory: { current(): Promise<LoadedDirectory> },
    private readonly dms: SlackDirectMessages,
    private readonly queue: DeliveryQueue,
    private readonly reachability: Reachability,
  ) {}

  async notify(to: Recipient, message: OutboundMessage): Promise<Platform[]> {
    let userId: string | null | undefined
    let personId: string | undefined
    if ('personId' in to) {
      const { directory } = await this.directory.current()
      userId = directory.person(to.personId)?.slack_id
      personId = to.personId
    } else if (to.platform === 'slack') {
      userId = to.userId
    }
    if (!userId) return []
    let channel: string
    try {
      channel = await this.dms.channelOf(userId)
    } catch (err) {
      if (err instanceof PlatformError && !(err instanceof RateLimitError) && err.status === 403) return []
      throw err
    }
    if (await this.reachability.isUnreachable('slack', channel)) return []
    await this.queue.enqueueOutbound(channel, message, personId)
    return ['slack']
  }
}

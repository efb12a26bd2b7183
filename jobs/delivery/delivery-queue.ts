import { Queue, type JobsOptions } from 'bullmq'
import type { Platform } from '../../core/model/events.js'
import type { OutboundMessage } from '../../core/ports/notifier.js'
import type { Redis } from '../../core/store/redis.js'
import { DeliveryMessage, deliveryJobId, deliveryQueueName, type Lane } from './delivery-message.js'

/**
 * Retries: 5xx and network errors back off up to a minute, for about an hour in all; a 429 or
 * a busy chat delays the job without using an attempt. Completed jobs are kept a week so that
 * enqueueing the same message again (a re-run escalation step) is recognised and ignored.
 */
export const DELIVERY_JOB_OPTIONS: JobsOptions = {
  attempts: 70,
  backoff: { type: 'capped' },
  removeOnComplete: { age: 7 * 86_400, count: 100_000 },
  removeOnFail: { age: 30 * 86_400 },
}

/** The producer side: one queue per lane, so an urgent message never waits behind bulk. */
export class DeliveryQueue {
  private readonly lanes: Record<Lane, Queue>

  constructor(
    connection: Redis,
    readonly platform: Platform,
    readonly prefix: string,
  ) {
    const queue = (lane: Lane) => new Queue(deliveryQueueName(platform, lane), { connection, prefix, defaultJobOptions: DELIVERY_JOB_OPTIONS })
    this.lanes = { urgent: queue('urgent'), bulk: queue('bulk') }
  }

  /** Enqueues once per platform, chat and key; returns the job id. */
  async enqueue(input: DeliveryMessage, lane: Lane): Promise<string> {
    const message = DeliveryMessage.parse(input)
    if (message.platform !== this.platform) throw new RangeError(`a ${message.platform} message on the ${this.platform} queue`)
    const jobId = deliveryJobId(message)
    await this.lanes[lane].add('deliver', message, { jobId })
    return jobId
  }

  queue(lane: Lane): Queue {
    return this.lanes[lane]
  }

  async close(): Promise<void> {
    await Promise.all([this.lanes.urgent.close(), this.lanes.bulk.close()])
  }

  /** A core Notifier message to one chat of this platform, in the lane its urgency asks for. */
  async enqueueOutbound(chatId: string, message: OutboundMessage, personId?: string): Promise<string> {
    return this.enqueue(
      {
        platform: this.platform,
        chatId,
        key: message.key,
        text: message.text,
        ...(message.choices?.length ? { choices: message.choices } : {}),
        ...(message.sensitive ? { sensitive: true } : {}),
        ...(personId ? { personId } : {}),
        ...(message.replaces ? { replaces: message.replaces } : {}),
      },
      message.urgent === false ? 'bulk' : 'urgent',
    )
  }
}

import type { JobQueue } from '../core/ports/job-queue.js'
import { connectRedis, type Redis } from '../core/store/redis.js'
import { createQueues, type QueueSettings, type Queues } from './queues.js'

/**
 * BullMQ job ids may not contain ':' nor be all digits; keys such as `alert:A7:L1:r1` are
 * percent-encoded (reversibly, so an id in a dashboard still reads as its key).
 */
export function encodeJobId(key: string): string {
  const id = encodeURIComponent(key)
  return /^\d+$/.test(id) ? `k${id}` : id
}

/** The JobQueue port on BullMQ: the key is the job id, so enqueueing the same key twice adds one job. */
export class BullMQJobQueue implements JobQueue {
  constructor(private readonly queues: Queues) {}

  async enqueue(kind: string, payload: unknown, options: { key: string; delayMs?: number; priority?: number }): Promise<void> {
    await this.queues.forKind(kind).add(kind, payload, {
      jobId: encodeJobId(options.key),
      ...(options.delayMs ? { delay: options.delayMs } : {}),
      ...(options.priority ? { priority: options.priority } : {}),
    })
  }
}

/** A job queue for a process that only enqueues (LIANXIN_ROLE=bot), with its own connection. */
export async function openJobQueue(redisUrl: string, settings: QueueSettings): Promise<{ jobs: JobQueue; redis: Redis; close(): Promise<void> }> {
  // Fail fast: an enqueue that cannot reach Redis makes handle() fail and the platform redeliver.
  const redis = await connectRedis(redisUrl)
  const queues = createQueues(redis, settings)
  return {
    jobs: new BullMQJobQueue(queues),
    redis,
    close: async () => {
      await queues.close()
      redis.disconnect()
    },
  }
}

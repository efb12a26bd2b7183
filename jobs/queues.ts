import { Queue, type JobsOptions } from 'bullmq'
import type { Redis } from '../core/store/redis.js'

/**
 * Where BullMQ keeps the queues. The prefix carries a Cluster hash tag so each queue's keys
 * (and the multi-key scripts BullMQ runs on them) stay on one slot; tests pass their own
 * prefix so their queues never meet.
 */
export interface QueueSettings {
  prefix: string
  /** Queue name per role; tests may rename. */
  names?: Partial<Record<QueueRole, string>>
}

export type QueueRole = 'alerts' | 'notices'

export const DEFAULT_QUEUE_PREFIX = '{lx}:bull'

export function queueName(role: QueueRole, settings: QueueSettings): string {
  return settings.names?.[role] ?? role
}

/** The queue a job kind runs on: alert pages and reminders must never wait behind bulk work. */
export function queueRoleOf(kind: string): QueueRole {
  if (kind.startsWith('alert.')) return 'alerts'
  // Notices and their reminders have their own queue: 10,000 sends never delay a page.
  if (kind.startsWith('notice.')) return 'notices'
  throw new Error(`no queue for job kind ${kind}`)
}

/**
 * Retries: a page that fails (platform down, Redis hiccup) is retried for about half an hour
 * with capped exponential backoff (see alerts.worker.ts); history is kept long enough to
 * de-duplicate a re-enqueued key and to inspect failures.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 60,
  backoff: { type: 'capped' },
  removeOnComplete: { age: 7 * 86_400, count: 50_000 },
  removeOnFail: { age: 30 * 86_400 },
}

export interface Queues {
  forKind(kind: string): Queue
  get(role: QueueRole): Queue
  close(): Promise<void>
}

export function createQueues(connection: Redis, settings: QueueSettings): Queues {
  const queues = new Map<QueueRole, Queue>()
  const get = (role: QueueRole): Queue => {
    let q = queues.get(role)
    if (!q) {
      q = new Queue(queueName(role, settings), { connection, prefix: settings.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS })
      queues.set(role, q)
    }
    return q
  }
  return {
    get,
    forKind: (kind) => get(queueRoleOf(kind)),
    close: async () => {
      await Promise.all([...queues.values()].map((q) => q.close()))
    },
  }
}

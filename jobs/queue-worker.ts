import { Worker, type Job } from 'bullmq'
import type { Redis } from '../core/store/redis.js'
import { queueName, type QueueRole, type QueueSettings } from './queues.js'

export type FailedInfo = { jobId: string | undefined; kind: string; attempts: number; code: string }

/** Capped exponential backoff: 0.5 s, 1 s, 2 s … at most 30 s between attempts of a failing job. */
export function cappedBackoff(attemptsMade: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, attemptsMade - 1))
}

/**
 * A worker of one of the core's queues, as every such worker is built: capped backoff, a
 * failure reported as a code (never a payload), and an 'error' listener so that a connection
 * error — retried by ioredis — cannot end the process.
 */
export function createQueueWorker(
  role: QueueRole,
  run: (job: Job) => Promise<unknown>,
  o: {
    connection: Redis
    settings: QueueSettings
    concurrency: number
    lockDurationMs: number
    stalledIntervalMs: number
    onFailed?: ((info: FailedInfo) => void) | undefined
  },
): Worker {
  const worker = new Worker(queueName(role, o.settings), run, {
    connection: o.connection,
    prefix: o.settings.prefix,
    concurrency: o.concurrency,
    lockDuration: o.lockDurationMs,
    stalledInterval: o.stalledIntervalMs,
    // A job that stalls again and again (a poison job crashing workers) still gets several chances.
    maxStalledCount: 5,
    settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
  })
  worker.on('failed', (job, err) => {
    const code = (err as { code?: string }).code ?? err.name
    o.onFailed?.({ jobId: job?.id, kind: job?.name ?? '?', attempts: job?.attemptsMade ?? 0, code })
  })
  worker.on('error', () => undefined)
  return worker
}

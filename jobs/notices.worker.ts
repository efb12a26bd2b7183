import { UnrecoverableError, Worker, type Job } from 'bullmq'
import type { z } from 'zod'
import type { NoticeDeps } from '../core/notices/notice-deps.js'
import { runFanoutJob, runSendJob } from '../core/notices/notice-fanout.js'
import { AnnounceJob, FanoutJob, NOTICE_ANNOUNCE_JOB, NOTICE_FANOUT_JOB, NOTICE_REMIND_JOB, NOTICE_SEND_JOB, RemindJob, SendJob } from '../core/notices/notice-record.js'
import { runRemindJob } from '../core/notices/notice-reminders.js'
import { runAnnounceJob } from '../core/notices/notice-series.js'
import type { Redis } from '../core/store/redis.js'
import { cappedBackoff } from './alerts.worker.js'
import { queueName, type QueueSettings } from './queues.js'

export interface NoticesWorkerOptions {
  /** A connection with maxRetriesPerRequest: null (BullMQ blocks on it). */
  connection: Redis
  settings: QueueSettings
  deps: NoticeDeps
  /** Sends mostly wait on Redis and the delivery queue: many in flight keep a fan-out quick. */
  concurrency?: number
  /**
   * Longer than the alerts' 4 s: a send that looks stalled runs again, which is harmless (the
   * outcome is recorded once, the notifier's key delivers once) but wasted work at 10,000.
   */
  lockDurationMs?: number
  stalledIntervalMs?: number
  onFailed?: (info: { jobId: string | undefined; kind: string; attempts: number; code: string }) => void
}

function parse<T extends z.ZodTypeAny>(schema: T, job: Pick<Job, 'name' | 'data'>): z.infer<T> {
  const p = schema.safeParse(job.data)
  if (!p.success) throw new UnrecoverableError(`invalid ${job.name} payload: ${p.error.issues[0]?.path.join('.')}`)
  return p.data
}

/** Runs one notice job: payloads are validated here; a malformed one is never retried. */
export async function processNoticeJob(job: Pick<Job, 'name' | 'data'>, deps: NoticeDeps): Promise<unknown> {
  switch (job.name) {
    case NOTICE_FANOUT_JOB:
      return runFanoutJob(parse(FanoutJob, job), deps)
    case NOTICE_SEND_JOB:
      return runSendJob(parse(SendJob, job), deps)
    case NOTICE_REMIND_JOB:
      return runRemindJob(parse(RemindJob, job), deps)
    case NOTICE_ANNOUNCE_JOB:
      return runAnnounceJob(parse(AnnounceJob, job), deps)
    default:
      throw new UnrecoverableError(`unknown notice job kind ${job.name}`)
  }
}

/** The worker of the `notices` queue. */
export function createNoticesWorker(o: NoticesWorkerOptions): Worker {
  const worker = new Worker(queueName('notices', o.settings), (job) => processNoticeJob(job, o.deps), {
    connection: o.connection,
    prefix: o.settings.prefix,
    concurrency: o.concurrency ?? 50,
    lockDuration: o.lockDurationMs ?? 15_000,
    stalledInterval: o.stalledIntervalMs ?? 5000,
    maxStalledCount: 5,
    settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
  })
  worker.on('failed', (job, err) => {
    const code = (err as { code?: string }).code ?? err.name
    o.onFailed?.({ jobId: job?.id, kind: job?.name ?? '?', attempts: job?.attemptsMade ?? 0, code })
  })
  // Without a listener an 'error' event would crash the process; connection errors are retried by ioredis.
  worker.on('error', () => undefined)
  return worker
}

import { UnrecoverableError, type Job, type Worker } from 'bullmq'
import type { z } from 'zod'
import type { NoticeDeps } from '../core/notices/notice-deps.js'
import { runFanoutJob, runSendJob } from '../core/notices/notice-fanout.js'
import { AnnounceJob, FanoutJob, NOTICE_ANNOUNCE_JOB, NOTICE_FANOUT_JOB, NOTICE_REMIND_JOB, NOTICE_SEND_JOB, RemindJob, SendJob } from '../core/notices/notice-record.js'
import { runRemindJob } from '../core/notices/notice-reminders.js'
import { runAnnounceJob } from '../core/notices/notice-series.js'
import type { Redis } from '../core/store/redis.js'
import { createQueueWorker, type FailedInfo } from './queue-worker.js'
import type { QueueSettings } from './queues.js'

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
  onFailed?: (info: FailedInfo) => void
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
  return createQueueWorker('notices', (job) => processNoticeJob(job, o.deps), {
    connection: o.connection,
    settings: o.settings,
    concurrency: o.concurrency ?? 50,
    lockDurationMs: o.lockDurationMs ?? 15_000,
    stalledIntervalMs: o.stalledIntervalMs ?? 5000,
    onFailed: o.onFailed,
  })
}

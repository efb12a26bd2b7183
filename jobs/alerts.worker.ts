import { UnrecoverableError, type Job, type Worker } from 'bullmq'
import type { AlertDeps } from '../core/alerts/alert-deps.js'
import { ALERT_PAGE_JOB, ALERT_SLA_JOB, PageJob, SlaJob } from '../core/alerts/alert-record.js'
import { runPageJob, runSlaJob } from '../core/alerts/escalation.js'
import type { Redis } from '../core/store/redis.js'
import type { QueueSettings } from './queues.js'
import { createQueueWorker, type FailedInfo } from './queue-worker.js'

export interface AlertsWorkerOptions {
  /** A connection with maxRetriesPerRequest: null (BullMQ blocks on it). */
  connection: Redis
  settings: QueueSettings
  deps: AlertDeps
  concurrency?: number
  /**
   * How long a job's lock lives without renewal. A live worker renews it every half of this;
   * a SIGKILLed one stops renewing, and the job counts as stalled once the lock is gone. Short
   * (4 s) so that a page caught in a crash goes out again within seconds; a page is idempotent,
   * so the cost of a false "stalled" (an event loop blocked for 4 s) is only a repeated check.
   */
  lockDurationMs?: number
  /** How often workers look for stalled jobs: with the lock, a lost page is back within ~6 s. */
  stalledIntervalMs?: number
  onFailed?: (info: FailedInfo) => void
}

/** Runs one alert job: payloads are validated here; a malformed one is never retried. */
export async function processAlertJob(job: Pick<Job, 'name' | 'data'>, deps: AlertDeps): Promise<unknown> {
  switch (job.name) {
    case ALERT_PAGE_JOB: {
      const p = PageJob.safeParse(job.data)
      if (!p.success) throw new UnrecoverableError(`invalid ${ALERT_PAGE_JOB} payload: ${p.error.issues[0]?.path.join('.')}`)
      return runPageJob(p.data, deps)
    }
    case ALERT_SLA_JOB: {
      const p = SlaJob.safeParse(job.data)
      if (!p.success) throw new UnrecoverableError(`invalid ${ALERT_SLA_JOB} payload: ${p.error.issues[0]?.path.join('.')}`)
      return runSlaJob(p.data, deps)
    }
    default:
      throw new UnrecoverableError(`unknown alert job kind ${job.name}`)
  }
}

/** The worker of the `alerts` queue: pages, escalation steps and SLA reminders. */
export function createAlertsWorker(o: AlertsWorkerOptions): Worker {
  return createQueueWorker('alerts', (job) => processAlertJob(job, o.deps), {
    connection: o.connection,
    settings: o.settings,
    // A page mostly waits (Redis, the platform's API): many in flight keep a burst from queueing.
    concurrency: o.concurrency ?? 50,
    lockDurationMs: o.lockDurationMs ?? 4000,
    stalledIntervalMs: o.stalledIntervalMs ?? 2000,
    onFailed: o.onFailed,
  })
}

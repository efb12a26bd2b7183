import type { AlertDeps } from '../core/alerts/alert-deps.js'
import type { JobQueue } from '../core/ports/job-queue.js'
import { connectRedis } from '../core/store/redis.js'
import { createAlertsWorker, type AlertsWorkerOptions } from './alerts.worker.js'
import type { NoticesConfig } from '../core/notices/notice-config.js'
import { createNoticesWorker, type NoticesWorkerOptions } from './notices.worker.js'
import { BullMQJobQueue } from './bullmq-job-queue.js'
import { createQueues, DEFAULT_QUEUE_PREFIX, type QueueSettings } from './queues.js'

export interface StartWorkersOptions {
  redisUrl: string
  /** BullMQ key prefix with a hash tag; default {lx}:bull. */
  prefix?: string
  names?: QueueSettings['names']
  /** The core's ports; the workers bring their own job queue (escalation steps enqueue the next). */
  deps: Omit<AlertDeps, 'jobs'>
  worker?: Pick<AlertsWorkerOptions, 'concurrency' | 'lockDurationMs' | 'stalledIntervalMs' | 'onFailed'>
  /** Given: this process also runs the notices worker (fan-out, sends, reminders, announcements). */
  notices?: { config: NoticesConfig; worker?: Pick<NoticesWorkerOptions, 'concurrency' | 'lockDurationMs' | 'stalledIntervalMs' | 'onFailed'> }
}

export interface RunningWorkers {
  /** The queue the workers enqueue on (also usable by handle() in the same process). */
  jobs: JobQueue
  stop(): Promise<void>
}

/** Starts the queue workers of this process (LIANXIN_ROLE=worker or all). */
export async function startWorkers(o: StartWorkersOptions): Promise<RunningWorkers> {
  const settings: QueueSettings = { prefix: o.prefix ?? DEFAULT_QUEUE_PREFIX, ...(o.names ? { names: o.names } : {}) }
  const connection = await connectRedis(o.redisUrl, { forWorkers: true })
  const queues = createQueues(connection, settings)
  const jobs = new BullMQJobQueue(queues)
  const alerts = createAlertsWorker({ connection, settings, deps: { ...o.deps, jobs }, ...o.worker })
  await alerts.waitUntilReady()
  const notices = o.notices ? createNoticesWorker({ connection, settings, deps: { ...o.deps, jobs, config: o.notices.config }, ...o.notices.worker }) : null
  await notices?.waitUntilReady()
  return {
    jobs,
    stop: async () => {
      // Finish the job in hand (a page half sent is worse than a slower shutdown), then let go.
      await alerts.close()
      await notices?.close()
      await queues.close()
      connection.disconnect()
    },
  }
}

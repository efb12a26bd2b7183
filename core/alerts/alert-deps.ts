import type { CoreDeps } from '../conversation/deps.js'
import type { JobQueue } from '../ports/job-queue.js'
import type { AlertsConfig } from './alert-config.js'
import { AlertStore } from './alert-store.js'

/** What the alert lifecycle needs: the core's ports, a job queue (required here) and its timings. */
export type AlertDeps = Pick<CoreDeps, 'redis' | 'keys' | 'directory' | 'clock' | 'notifier' | 'llm'> & {
  jobs: JobQueue
  config: AlertsConfig
}

export function alertStore(deps: Pick<AlertDeps, 'redis' | 'keys'>): AlertStore {
  return new AlertStore(deps.redis, deps.keys)
}

import type { CoreDeps } from '../conversation/deps.js'
import type { JobQueue } from '../ports/job-queue.js'
import { NoticeStore } from '../store/notices.js'
import type { NoticesConfig } from './notice-config.js'

/** What the notice lifecycle needs: the core's ports, a job queue (required here) and its timings. */
export type NoticeDeps = Pick<CoreDeps, 'redis' | 'keys' | 'directory' | 'clock' | 'notifier'> & {
  jobs: JobQueue
  config: NoticesConfig
}

export function noticeStore(deps: Pick<NoticeDeps, 'redis' | 'keys'>): NoticeStore {
  return new NoticeStore(deps.redis, deps.keys)
}

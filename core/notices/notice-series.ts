import { noticeStore, type NoticeDeps } from './notice-deps.js'
import { startFanout } from './notice-fanout.js'
import { NOTICE_ANNOUNCE_JOB, SEND_PRIORITY, type AnnounceJob, type Notice } from './notice-record.js'
import { nextOccurrenceOf } from './when-parse.js'

/**
 * The announcement of the occurrence after `afterAt`, as a delayed job due `announceAheadMs`
 * before it (at once when that moment has passed). Each announcement schedules the next, so a
 * series set once keeps going until it is cancelled.
 */
export async function scheduleNextAnnouncement(deps: NoticeDeps, seriesId: string, afterAt: number): Promise<void> {
  const series = await noticeStore(deps).series(seriesId)
  if (!series?.active) return
  // A minute past this occurrence, so the rule yields the next one and not this one again.
  const next = nextOccurrenceOf(series.rule, new Date(afterAt + 60_000), deps.config.timeZone)
  if (!next) return
  const payload: AnnounceJob = { seriesId, at: next.getTime() }
  const delayMs = Math.max(0, next.getTime() - deps.config.announceAheadMs - deps.clock.now().getTime())
  await deps.jobs.enqueue(NOTICE_ANNOUNCE_JOB, payload, { key: `series:${seriesId}:${next.getTime()}`, delayMs, priority: SEND_PRIORITY })
}

/**
 * One occurrence's announcement: a notice like one a secretary confirmed (same state change,
 * fan-out, reminders), created once per occurrence even if the job runs twice.
 */
export async function runAnnounceJob(job: AnnounceJob, deps: NoticeDeps): Promise<{ noticeId: string } | { skipped: string }> {
  const store = noticeStore(deps)
  const series = await store.series(job.seriesId)
  if (!series?.active) return { skipped: 'inactive' }
  if (job.at <= deps.clock.now().getTime()) return { skipped: 'past' }
  const noticeId = await store.claimOccurrence(series.id, job.at, await store.nextId())
  let n = await store.get(noticeId)
  if (!n) {
    n = {
      id: noticeId,
      branchId: series.branchId,
      centerId: series.centerId,
      title: series.title,
      at: job.at,
      where: series.where,
      agenda: series.agenda,
      createdBy: series.createdBy,
      createdAt: deps.clock.now().getTime(),
      seriesId: series.id,
      rule: series.rule,
      version: 0,
    } satisfies Notice
    await store.saveDraft(n, deps.config.draftTtlMs)
  }
  await store.confirm(n)
  await startFanout(deps, n)
  return { noticeId }
}

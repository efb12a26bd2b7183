import { issueAction } from '../conversation/actions.js'
import type { Directory } from '../directory/directory.js'
import { t } from '../i18n/catalog.js'
import type { Lang } from '../model/records.js'
import type { AlertDeps } from './alert-deps.js'
import { alertStore } from './alert-deps.js'
import { ALERT_PAGE_JOB, ALERT_SLA_JOB, PAGE_PRIORITY, REMINDER_PRIORITY, pageKey, type Alert, type PageJob, type SlaJob } from './alert-record.js'
import { pageText, whoText } from './alert-text.js'
import { onCallAt, topLevel } from './rota.js'
import { slaStages } from './sla.js'

const BUTTON_TTL_SECONDS = 7 * 86_400

export type PageOutcome =
  | { done: 'skipped'; state: Alert['state'] | 'missing' }
  | { done: 'paged' | 'already_paged'; personId: string; next: PageJob }
  | { done: 'unreachable' | 'nobody_on_call'; personId: string | null; next: PageJob }

/** The step after (level, round): the next rota level, or the top level again one round later. */
export function nextStep(job: PageJob, top: number): PageJob {
  return job.level < top ? { alertId: job.alertId, level: job.level + 1, round: job.round } : { alertId: job.alertId, level: top, round: job.round + 1 }
}

/**
 * One page of an escalation. Runs in a worker and may run more than once (a retry, a stalled
 * job): an alert that is acknowledged or resolved ends the chain; a page already recorded is
 * not sent again; and the notifier's key (`alert:<id>:L<level>:r<round>`) makes a page that went
 * out just before a crash arrive once. Nobody reachable on call → the next level at once;
 * otherwise the next step waits the acknowledgement timeout of the alert's severity.
 */
export async function runPageJob(job: PageJob, deps: AlertDeps): Promise<PageOutcome> {
  const store = alertStore(deps)
  const [alert, { directory }] = await Promise.all([store.get(job.alertId), deps.directory.current()])
  if (!alert || alert.state !== 'open') return { done: 'skipped', state: alert?.state ?? 'missing' }
  const now = deps.clock.now()
  const top = topLevel(directory.data.shifts, alert.centerId)
  const level = Math.min(job.level, top)
  const step: PageJob = { ...job, level }
  const next = nextStep(step, top)
  const key = pageKey(alert.id, level, job.round)

  const personId = onCallAt(directory.data.shifts, alert.centerId, level, now, deps.config.timeZone)
  const person = directory.person(personId)
  if (!person) {
    await store.audit('page_skipped', alert.id, 'system', now, { level: String(level), round: String(job.round), reason: 'nobody_on_call' })
    await schedule(deps, alert, next, level < top ? 0 : deps.config.ackTimeoutMs[alert.level])
    return { done: 'nobody_on_call', personId: null, next }
  }

  if (await store.pageRecorded(alert.id, level, job.round)) {
    // An earlier run sent and recorded this page; make sure the chain goes on, send nothing.
    await schedule(deps, alert, next, deps.config.ackTimeoutMs[alert.level])
    return { done: 'already_paged', personId: person.id, next }
  }

  const reached = await deps.notifier.notify(
    { personId: person.id },
    {
      key,
      text: pageText(person.lang, alert, directory, deps.config.timeZone, level, job.round),
      choices: await pageButtons(deps, alert.id, person.id, person.lang),
      urgent: true,
      sensitive: true,
    },
  )
  if (reached.length === 0) {
    await store.audit('page_unreachable', alert.id, 'system', now, { to: person.id, level: String(level), round: String(job.round) })
    await schedule(deps, alert, next, level < top ? 0 : deps.config.ackTimeoutMs[alert.level])
    return { done: 'unreachable', personId: person.id, next }
  }
  await store.recordPage(alert.id, level, job.round, person.id, now)
  await schedule(deps, alert, next, deps.config.ackTimeoutMs[alert.level])
  return { done: 'paged', personId: person.id, next }
}

async function schedule(deps: AlertDeps, alert: Alert, next: PageJob, delayMs: number): Promise<void> {
  await deps.jobs.enqueue(ALERT_PAGE_JOB, next, { key: pageKey(alert.id, next.level, next.round), delayMs, priority: PAGE_PRIORITY[alert.level] })
}

async function pageButtons(deps: AlertDeps, alertId: string, personId: string, lang: Lang) {
  // Bound to the paged person: a forwarded page cannot be acknowledged by someone else.
  const bound = { args: { alertId }, forPerson: personId }
  return Promise.all([
    issueAction(deps.redis, deps.keys, t(lang, 'alert_ack_button'), { kind: 'alert_ack', ...bound }, { ttlSeconds: BUTTON_TTL_SECONDS, style: 'primary' }),
    issueAction(deps.redis, deps.keys, t(lang, 'alert_resolve_button'), { kind: 'alert_resolve', ...bound }, { ttlSeconds: BUTTON_TTL_SECONDS }),
  ])
}

/** After an acknowledgement: the reminders that fire if the alert is still not resolved. */
export async function scheduleSla(deps: AlertDeps, alertId: string): Promise<void> {
  for (const { stage, afterMs } of slaStages(deps.config)) {
    const payload: SlaJob = { alertId, stage }
    await deps.jobs.enqueue(ALERT_SLA_JOB, payload, { key: `alert:${alertId}:sla:${stage}`, delayMs: afterMs, priority: REMINDER_PRIORITY })
  }
}

/** A due-soon (yellow) or overdue (red) reminder to whoever acknowledged the alert. */
export async function runSlaJob(job: SlaJob, deps: AlertDeps): Promise<'reminded' | 'skipped' | 'unreachable'> {
  const store = alertStore(deps)
  const alert = await store.get(job.alertId)
  if (!alert || alert.state !== 'acknowledged' || !alert.ackBy) return 'skipped'
  const { directory } = await deps.directory.current()
  const now = deps.clock.now()
  await store.audit(`sla_${job.stage}`, alert.id, 'system', now)
  const person = directory.person(alert.ackBy)
  const lang = person?.lang ?? 'zh-Hans'
  const reached = await deps.notifier.notify(
    { personId: alert.ackBy },
    { key: `alert:${alert.id}:sla:${job.stage}`, text: t(lang, job.stage === 'yellow' ? 'alert_sla_yellow' : 'alert_sla_red', { id: alert.id }), urgent: job.stage === 'red', sensitive: true },
  )
  if (reached.length === 0) return 'unreachable'
  await store.audit('reminded', alert.id, 'system', now, { to: alert.ackBy, stage: job.stage })
  return 'reminded'
}

/** Tells whoever holds an alert that the member asked for a counselor now. */
export async function notifyHolder(deps: AlertDeps, alert: Alert, directory: Directory): Promise<void> {
  const holder = alert.ackBy ?? alert.pagedPerson
  if (!holder) return
  const lang = directory.person(holder)?.lang ?? 'zh-Hans'
  await deps.notifier.notify(
    { personId: holder },
    { key: `alert:${alert.id}:requested`, text: t(lang, 'alert_member_wants_talk', { id: alert.id, who: whoText(lang, alert, directory) }), urgent: true, sensitive: true },
  )
}

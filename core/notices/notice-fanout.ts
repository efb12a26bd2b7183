import { issueAction } from '../conversation/actions.js'
import type { Directory } from '../directory/directory.js'
import { recordText, t } from '../i18n/catalog.js'
import type { Lang } from '../model/records.js'
import type { Choice } from '../model/events.js'
import { addresseeOf, audienceOf, registeredPeople } from './notice-audience.js'
import { noticeStore, type NoticeDeps } from './notice-deps.js'
import { NOTICE_FANOUT_JOB, NOTICE_SEND_JOB, SEND_PRIORITY, noticeKey, type FanoutJob, type Notice, type SendJob } from './notice-record.js'
import { scheduleReminders } from './notice-reminders.js'
import { scheduleNextAnnouncement } from './notice-series.js'
import { noticeBody, personLine, whenText, withPeople } from './notice-text.js'

/** Enqueues per-person jobs this many at a time: fast for 10,000, gentle on Redis. */
const ENQUEUE_BATCH = 200
/** A summary lists this many people to phone; the roster has them all. */
const SUMMARY_MAX_LINES = 100

/** After confirm (or an automatic announcement): the fan-out, the reminders, the next occurrence. */
export async function startFanout(deps: NoticeDeps, n: Notice): Promise<void> {
  const payload: FanoutJob = { noticeId: n.id }
  await deps.jobs.enqueue(NOTICE_FANOUT_JOB, payload, { key: `notice:${n.id}:fanout`, priority: SEND_PRIORITY })
  await scheduleReminders(deps, n)
  if (n.seriesId) await scheduleNextAnnouncement(deps, n.seriesId, n.at)
}

/** The job key of one message to one person; the notice itself uses the notifier's key. */
export function sendKey(job: SendJob): string {
  return job.what === 'notice' ? noticeKey(job.noticeId, job.personId) : `notice:${job.noticeId}:${job.what}:${job.tag}:${job.personId}`
}

/** The notifier key of the n-th "sent n of N" shown to the secretary. */
export function progressKey(noticeId: string, n: number): string {
  return `notice:${noticeId}:progress:${n}`
}

/** Per-person sends carry no priority: BullMQ adds and takes plain jobs faster, and nothing else shares this queue's urgency. */
export async function enqueueSends(deps: NoticeDeps, jobs: SendJob[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += ENQUEUE_BATCH) {
    await Promise.all(jobs.slice(i, i + ENQUEUE_BATCH).map((j) => deps.jobs.enqueue(NOTICE_SEND_JOB, j, { key: sendKey(j) })))
  }
}

/**
 * One job per recipient: the branch's people as the directory has them when the job runs are
 * recorded as the audience first (so "n of N" is known before any send finishes), then each
 * one without an outcome gets a send job keyed by notice and person. A re-run adds nothing.
 */
export async function runFanoutJob(job: FanoutJob, deps: NoticeDeps): Promise<{ enqueued: number } | { skipped: string }> {
  const store = noticeStore(deps)
  const [n, state, { directory }] = await Promise.all([store.get(job.noticeId), store.state(job.noticeId), deps.directory.current()])
  if (!n || state !== 'sent') return { skipped: state ?? 'missing' }
  const people = await audienceOf(store.registrations(), directory, n.branchId)
  await store.addRecipients(n.id, people)
  const outcomes = await store.outcomes(n.id)
  const recipients = await store.recipients(n.id)
  const todo = recipients.filter((p) => !outcomes.has(p))
  // "Sent 0 of N" first: the message every later count edits in place.
  if (todo.length > 0) await showProgress(deps, n, outcomes.size, recipients.length)
  await enqueueSends(
    deps,
    todo.map((personId) => ({ noticeId: n.id, personId, what: 'notice' as const, tag: '' })),
  )
  if (todo.length === 0) await sendSummaryOnce(deps, n, directory)
  return { enqueued: todo.length }
}

export type SendOutcome = 'sent' | 'unreachable' | 'already_sent' | 'skipped'

/**
 * One message to one person, on the bulk lane and on one platform only (a member on two
 * platforms gets a notice once). It checks, when it runs, that it is still wanted: a reminder
 * only to someone who still has not answered, nothing after the start, nothing on a cancelled
 * notice. The notice's outcome is recorded once; whoever records the last one sends the summary.
 */
export async function runSendJob(job: SendJob, deps: NoticeDeps): Promise<SendOutcome> {
  const store = noticeStore(deps)
  const [n, state, { directory }] = await Promise.all([store.get(job.noticeId), store.state(job.noticeId), deps.directory.current()])
  const addressee = n ? await addresseeOf(store.registrations(), directory, job.personId) : null
  if (!n || !addressee) return 'skipped'
  const person = addressee.person
  const now = deps.clock.now().getTime()
  const lang = person.lang
  const tz = deps.config.timeZone
  const fields = { title: recordText(lang, n.title), when: whenText(lang, n.at, tz), where: recordText(lang, n.where) }
  let text: string
  let choices: Choice[] | undefined
  switch (job.what) {
    case 'notice':
      if (state !== 'sent') return 'skipped'
      if (await store.hasOutcome(n.id, person.id)) return 'already_sent'
      text = `${noticeBody(lang, n, directory, tz)}\n\n${t(lang, 'notice_rsvp_hint')}`
      choices = await rsvpButtons(deps, n, person.id, lang)
      break
    case 'reminder':
      if (state !== 'sent' || now >= n.at || (await store.rsvp(n.id, person.id))) return 'skipped'
      text = t(lang, 'notice_reminder', fields)
      choices = await rsvpButtons(deps, n, person.id, lang)
      break
    case 'see_you':
      if (state !== 'sent' || now >= n.at || (await store.rsvp(n.id, person.id))?.state !== 'accepted') return 'skipped'
      text = t(lang, 'notice_see_you', fields)
      break
    case 'cancelled':
      if (state !== 'cancelled') return 'skipped'
      text = t(lang, 'notice_cancelled_message', fields)
      break
    case 'changed':
      // A later change tells them again (with its own tag): an older one says nothing.
      if (state !== 'sent' || now >= n.at || job.tag !== `v${n.version}`) return 'skipped'
      text = `${t(lang, 'notice_changed_message', fields)}\n\n${t(lang, 'notice_rsvp_hint')}`
      choices = await rsvpButtons(deps, n, person.id, lang)
      break
  }
  const reached = await deps.notifier.notify(addressee.to, { key: sendKey(job), text, ...(choices ? { choices } : {}), urgent: false, reach: 'one' })
  if (job.what !== 'notice') return reached.length > 0 ? 'sent' : 'unreachable'
  const r = await store.recordOutcome(n.id, person.id, reached.length > 0 ? { reached: true, platforms: reached } : { reached: false })
  if (r.first) await showProgress(deps, n, r.done, r.total)
  if (r.done >= r.total) await sendSummaryOnce(deps, n, directory)
  return reached.length > 0 ? 'sent' : 'unreachable'
}

/** RSVP buttons bound to the recipient (a forwarded notice cannot answer for them), valid past the start. */
export async function rsvpButtons(deps: NoticeDeps, n: Notice, personId: string, lang: Lang): Promise<Choice[]> {
  const ttlSeconds = Math.max(3600, Math.ceil((n.at - deps.clock.now().getTime()) / 1000) + 86_400)
  const button = (label: string, state: string, style?: Choice['style']) =>
    issueAction(deps.redis, deps.keys, t(lang, label as 'rsvp_accept_button'), { kind: 'notice_rsvp', args: { noticeId: n.id, state }, forPerson: personId }, { ttlSeconds, ...(style ? { style } : {}) })
  return Promise.all([button('rsvp_accept_button', 'accepted', 'primary'), button('rsvp_decline_button', 'declined'), button('rsvp_tentative_button', 'tentative')])
}

/** When this process last asked to show a notice's progress (a local pre-check of the Redis lock). */
const lastAsked = new Map<string, number>()

/**
 * "Sent n of N" to whoever created the notice, as one message edited in place: each count is a
 * new key that replaces the previous count's, at most one every `progressEveryMs` (and always
 * the last, n = N). On the urgent lane: the bulk lane is busy with this very fan-out, and one
 * edit every few seconds takes nothing from it.
 */
async function showProgress(deps: NoticeDeps, n: Notice, done: number, total: number): Promise<void> {
  // Most sends find the lock taken: this process asks Redis at most once per interval (and for the last count).
  const now = Date.now()
  const every = deps.config.progressEveryMs
  const local = deps.keys.noticeProgress(n.id)
  if (done > 0 && done < total && every > 0 && now - (lastAsked.get(local) ?? 0) < every) return
  if (lastAsked.size > 1000) lastAsked.clear()
  lastAsked.set(local, now)
  const previous = await noticeStore(deps).claimProgress(n.id, done, total, deps.config.progressEveryMs)
  if (previous === null) return
  const { directory } = await deps.directory.current()
  const lang = directory.person(n.createdBy)?.lang ?? 'zh-Hans'
  const text = t(lang, 'notice_progress', { id: n.id, title: recordText(lang, n.title), sent: done, total })
  await deps.notifier.notify({ personId: n.createdBy }, { key: progressKey(n.id, done), text, urgent: true, reach: 'one', ...(previous >= 0 ? { replaces: progressKey(n.id, previous) } : {}) })
}

/** "Sent n of N" and the people to phone, once, to whoever created the notice. */
async function sendSummaryOnce(deps: NoticeDeps, n: Notice, directory: Directory): Promise<void> {
  const store = noticeStore(deps)
  if (await store.summarySent(n.id)) return
  const creator = directory.person(n.createdBy)
  const lang = creator?.lang ?? 'zh-Hans'
  const outcomes = await store.outcomes(n.id)
  const unreachable = [...outcomes].filter(([, o]) => !o.reached).map(([p]) => p)
  const people = withPeople(directory, await registeredPeople(store.registrations(), directory, unreachable))
  const sent = outcomes.size - unreachable.length
  const lines = [t(lang, 'notice_summary', { id: n.id, title: recordText(lang, n.title), sent, total: outcomes.size })]
  if (unreachable.length > 0) {
    lines.push(t(lang, 'notice_summary_unreachable', { count: unreachable.length }))
    const shown = unreachable.sort().slice(0, SUMMARY_MAX_LINES)
    for (const p of shown) lines.push(personLine(lang, people, p))
    if (unreachable.length > shown.length) lines.push(`… +${unreachable.length - shown.length} (/roster ${n.id})`)
  }
  // The notifier's key makes two last finishers (or a retry) send one summary; the mark comes after.
  await deps.notifier.notify({ personId: n.createdBy }, { key: `notice:${n.id}:summary`, text: lines.join('\n'), urgent: false, reach: 'one' })
  await store.markSummarySent(n.id)
}

import type { Ctx } from '../conversation/context.js'
import { forbid, hasRole } from '../conversation/commands.js'
import { recordText, t } from '../i18n/catalog.js'
import { noticeForManager } from './notice-access.js'
import { noticeStore, type NoticeDeps } from './notice-deps.js'
import { enqueueSends } from './notice-fanout.js'
import { NOTICE_REMIND_JOB, REMIND_PRIORITY, type Notice, type RemindJob, type SendJob } from './notice-record.js'

/** The automatic reminders of a notice (24 h and 2 h before by default), as delayed jobs. */
export async function scheduleReminders(deps: NoticeDeps, n: Notice): Promise<void> {
  const now = deps.clock.now().getTime()
  for (const [i, offset] of deps.config.reminderOffsetsMs.entries()) {
    const fireAt = n.at - offset
    // A notice sent after a reminder's time needs no reminder: the notice itself just arrived.
    if (fireAt <= now) continue
    // Planned for this start: after a change of time this round does nothing, and the new
    // time's rounds (keyed by the notice's version) are planned beside it.
    const payload: RemindJob = { noticeId: n.id, stage: `auto${i}`, at: n.at }
    const key = n.version > 0 ? `notice:${n.id}:remind:v${n.version}:auto${i}` : `notice:${n.id}:remind:auto${i}`
    await deps.jobs.enqueue(NOTICE_REMIND_JOB, payload, { key, delayMs: fireAt - now, priority: REMIND_PRIORITY })
  }
}

export type RemindOutcome = { skipped: 'missing' | 'not_sent' | 'started' | 'rescheduled' } | { reminders: number; seeYou: number }

/**
 * A reminder round, decided when it runs (not when it was planned): nothing after the start or
 * on a cancelled notice; a reminder to each recipient the notice reached who has not answered;
 * on the last automatic round a short "see you" to those coming; never anything to those who declined.
 */
export async function runRemindJob(job: RemindJob, deps: NoticeDeps): Promise<RemindOutcome> {
  const store = noticeStore(deps)
  const n = await store.get(job.noticeId)
  if (!n) return { skipped: 'missing' }
  if ((await store.state(n.id)) !== 'sent') return { skipped: 'not_sent' }
  if (job.at !== undefined && job.at !== n.at) return { skipped: 'rescheduled' }
  if (deps.clock.now().getTime() >= n.at) return { skipped: 'started' }
  const lastAuto = `auto${deps.config.reminderOffsetsMs.length - 1}`
  const { reminders, seeYou } = await reminderTargets(deps, n)
  // A changed notice's rounds are new messages (a 24 h reminder sent before the change may be due again).
  const tag = n.version > 0 ? `v${n.version}-${job.stage}` : job.stage
  const sends: SendJob[] = reminders.map((personId) => ({ noticeId: n.id, personId, what: 'reminder', tag }))
  if (job.stage === lastAuto) for (const personId of seeYou) sends.push({ noticeId: n.id, personId, what: 'see_you', tag })
  await enqueueSends(deps, sends)
  return { reminders: reminders.length, seeYou: job.stage === lastAuto ? seeYou.length : 0 }
}

/** Who the notice reached and who has not answered (to remind), and who is coming (to greet). */
async function reminderTargets(deps: NoticeDeps, n: Notice): Promise<{ reminders: string[]; seeYou: string[] }> {
  const store = noticeStore(deps)
  const [outcomes, rsvps] = await Promise.all([store.outcomes(n.id), store.rsvps(n.id)])
  const reached = [...outcomes].filter(([, o]) => o.reached).map(([p]) => p)
  return {
    reminders: reached.filter((p) => !rsvps.has(p)),
    seeYou: reached.filter((p) => rsvps.get(p)?.state === 'accepted'),
  }
}

/** "/remind [notice]": a reminder round now, to those who have not answered. */
export async function remindCommand(ctx: Ctx, deps: NoticeDeps, args: string): Promise<void> {
  if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
  const store = noticeStore(deps)
  const n = await noticeForManager(ctx, store, args)
  if (!n) return
  if ((await store.state(n.id)) === 'cancelled') return ctx.say(t(ctx.lang, 'notice_is_cancelled', { id: n.id }))
  if (ctx.now.getTime() >= n.at) return ctx.say(t(ctx.lang, 'notice_started', { title: recordText(ctx.lang, n.title) }))
  const { reminders } = await reminderTargets(deps, n)
  if (reminders.length === 0) return ctx.say(t(ctx.lang, 'remind_nobody'))
  // One manual round per minute at most: a double press does not remind twice.
  const stage = `manual${Math.floor(ctx.now.getTime() / 60_000) * 60}`
  const payload: RemindJob = { noticeId: n.id, stage, at: n.at }
  await deps.jobs.enqueue(NOTICE_REMIND_JOB, payload, { key: `notice:${n.id}:remind:${stage}`, priority: REMIND_PRIORITY })
  ctx.say(t(ctx.lang, 'remind_done', { count: reminders.length }))
}

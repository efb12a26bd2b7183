import { forbid, hasRole } from '../conversation/commands.js'
import type { Ctx } from '../conversation/context.js'
import { recordText, t } from '../i18n/catalog.js'
import type { Branch } from '../model/records.js'
import { mayManageBranch } from './notice-access.js'
import { audienceOf } from './notice-audience.js'
import { noticeStore, type NoticeDeps } from './notice-deps.js'
import { startFanout } from './notice-fanout.js'
import { MAX_AGENDA, MAX_PLACE, MAX_TITLE, type Notice } from './notice-record.js'
import { durationText, noticeBody, whenText } from './notice-text.js'
import { startGuide } from './notice-guide.js'
import { parseWhen } from './when-parse.js'

/**
 * "/notice [branch id |] title | when | where [| agenda]": checks who may send to the branch,
 * the lengths and the time, then shows a preview with the number of recipients and
 * confirm/cancel buttons. Nothing is sent (and nothing but the preview is stored) before confirm.
 */
export async function createNotice(ctx: Ctx, deps: Pick<NoticeDeps, 'redis' | 'keys' | 'config'>, args: string): Promise<void> {
  if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
  const me = ctx.actor.person!
  const parts = args.split(/[|｜]/).map((s) => s.trim())
  // "/notice" alone (or with just a branch id): the guided flow asks field by field.
  if (parts.length === 1 && (!parts[0] || ctx.dir.branch(parts[0]))) return startGuide(ctx, deps, parts[0] ?? '')
  if (!args.trim() || parts.length < 3) return ctx.say(t(ctx.lang, 'notice_usage'))

  // A known branch id first names the branch; otherwise it is the secretary's own.
  let branch: Branch | undefined
  if (ctx.dir.branch(parts[0])) branch = ctx.dir.branch(parts.shift())
  else if (/^br?_[A-Za-z0-9_.-]+$/.test(parts[0]!) && parts.length >= 4) return ctx.say(t(ctx.lang, 'notice_forbidden', { branch: parts[0]!.slice(0, 64) }))
  else if (me.role === 'secretary') branch = ctx.dir.branch(me.branch_id)
  if (!branch) return ctx.say(t(ctx.lang, 'notice_name_branch'))
  if (!mayManageBranch(ctx.dir, me, branch)) return ctx.say(t(ctx.lang, 'notice_forbidden', { branch: recordText(ctx.lang, branch.name) }))
  if (parts.length < 3) return ctx.say(t(ctx.lang, 'notice_usage'))

  const [title = '', whenInput = '', where = '', ...rest] = parts
  const agenda = rest.join(' | ').trim()
  if (!title || !whenInput || !where) return ctx.say(t(ctx.lang, 'notice_usage'))
  if (title.length > MAX_TITLE) return ctx.say(t(ctx.lang, 'notice_title_too_long', { length: title.length, max: MAX_TITLE }))
  if (where.length > MAX_PLACE) return ctx.say(t(ctx.lang, 'notice_field_too_long', { field: t(ctx.lang, 'notice_field_where'), length: where.length, max: MAX_PLACE }))
  if (agenda.length > MAX_AGENDA) return ctx.say(t(ctx.lang, 'notice_field_too_long', { field: t(ctx.lang, 'notice_field_agenda'), length: agenda.length, max: MAX_AGENDA }))

  const tz = deps.config.timeZone
  const when = parseWhen(whenInput, ctx.now, tz)
  if (when.kind === 'unparseable') return ctx.say(t(ctx.lang, 'notice_when_unparseable', { when: whenInput.slice(0, 100) }))
  if (when.kind === 'past') return ctx.say(t(ctx.lang, 'notice_when_past', { when: whenInput, at: whenText(ctx.lang, when.at, tz) }))

  const store = noticeStore(deps)
  const members = await audienceOf(store.registrations(), ctx.dir, branch.id)
  if (members.length === 0) return ctx.say(t(ctx.lang, 'notice_no_members', { branch: recordText(ctx.lang, branch.name) }))

  const notice: Notice = {
    id: await store.nextId(),
    branchId: branch.id,
    centerId: branch.center_id,
    title,
    at: (when.kind === 'once' ? when.at : when.first).getTime(),
    where,
    agenda: agenda || null,
    createdBy: me.id,
    createdAt: ctx.now.getTime(),
    seriesId: null,
    rule: when.kind === 'recurring' ? when.rule : null,
    version: 0,
  }
  await store.saveDraft(notice, deps.config.draftTtlMs)
  const body = noticeBody(ctx.lang, notice, ctx.dir, tz)
  const lines = [t(ctx.lang, 'notice_preview', { id: notice.id, body, branch: recordText(ctx.lang, branch.name), count: members.length })]
  if (notice.rule) lines.push(t(ctx.lang, 'notice_preview_recurring', { rule: notice.rule, ahead: durationText(ctx.lang, deps.config.announceAheadMs), first: whenText(ctx.lang, notice.at, tz) }))
  const args_ = { noticeId: notice.id }
  ctx.say(lines.join('\n'), [
    await ctx.choice(t(ctx.lang, 'notice_confirm_button'), 'notice_confirm', args_, 'primary'),
    await ctx.choice(t(ctx.lang, 'notice_discard_button'), 'notice_discard', args_),
  ])
}

/**
 * The preview's "send" button: draft → sent exactly once, then the fan-out job, the reminders
 * and (for a series) the next announcement. A redelivered press after a crash finds the notice
 * sent and re-enqueues the same (idempotent) jobs, so nothing is lost and nothing doubles.
 */
export async function confirmNotice(ctx: Ctx, deps: NoticeDeps, noticeId: string): Promise<void> {
  const store = noticeStore(deps)
  const n = await store.get(noticeId)
  const branch = n ? ctx.dir.branch(n.branchId) : undefined
  if (!n || !branch || !mayManageBranch(ctx.dir, ctx.actor.person, branch)) return ctx.refuse(t(ctx.lang, 'notice_draft_gone'))
  const state = await store.state(n.id)
  if (state === 'draft' && n.at <= ctx.now.getTime()) return ctx.say(t(ctx.lang, 'notice_when_past', { when: '', at: whenText(ctx.lang, n.at, deps.config.timeZone) }))
  let notice = n
  if (n.rule && !n.seriesId) {
    // The series id follows the first notice's number, so a second press makes no second series.
    const seriesId = `S${n.id.slice(1)}`
    await store.saveSeries({ id: seriesId, branchId: n.branchId, centerId: n.centerId, title: n.title, where: n.where, agenda: n.agenda, rule: n.rule, createdBy: n.createdBy, active: true })
    await store.claimOccurrence(seriesId, n.at, n.id)
    notice = { ...n, seriesId }
    await store.replace(notice)
  }
  const sent = await store.confirm(notice)
  if (!sent && state !== 'sent') return ctx.say(t(ctx.lang, 'notice_draft_gone'))
  await startFanout(deps, notice)
  if (!sent) return ctx.say(t(ctx.lang, 'notice_draft_gone'))
  const count = (await audienceOf(store.registrations(), ctx.dir, notice.branchId)).length
  const tz = deps.config.timeZone
  if (notice.seriesId && notice.rule) {
    return ctx.say(
      t(ctx.lang, 'notice_series_created', { series: notice.seriesId, rule: notice.rule, first: whenText(ctx.lang, notice.at, tz), id: notice.id, count, ahead: durationText(ctx.lang, deps.config.announceAheadMs) }),
    )
  }
  ctx.say(t(ctx.lang, 'notice_sending', { id: notice.id, count }))
}

export async function discardNotice(ctx: Ctx, deps: NoticeDeps, noticeId: string): Promise<void> {
  if (!(await noticeStore(deps).discardDraft(noticeId))) return ctx.say(t(ctx.lang, 'notice_draft_gone'))
  ctx.say(t(ctx.lang, 'notice_discarded'))
}

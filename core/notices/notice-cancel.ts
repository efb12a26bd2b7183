import { forbid, hasRole } from '../conversation/commands.js'
import type { Ctx } from '../conversation/context.js'
import { t } from '../i18n/catalog.js'
import { mayManageBranch, noticeForManager } from './notice-access.js'
import { noticeStore, type NoticeDeps } from './notice-deps.js'
import { enqueueSends } from './notice-fanout.js'
import { parseNoticeId, SERIES_ID, type SendJob } from './notice-record.js'

/**
 * "/cancelnotice N12": the notice is cancelled once and everyone it reached is told (their
 * answers no longer matter). "/cancelnotice S12" stops a recurring series' future announcements.
 */
export async function cancelCommand(ctx: Ctx, deps: NoticeDeps, args: string): Promise<void> {
  if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
  const raw = args.trim().split(/\s+/)[0] ?? ''
  if (!raw) return ctx.say(t(ctx.lang, 'cancel_usage'))
  const store = noticeStore(deps)
  const seriesId = raw.toUpperCase()
  if (SERIES_ID.test(seriesId)) {
    const series = await store.series(seriesId)
    const branch = series ? ctx.dir.branch(series.branchId) : undefined
    if (!series || !branch || !mayManageBranch(ctx.dir, ctx.actor.person, branch)) return ctx.say(t(ctx.lang, 'notice_not_found', { id: seriesId }))
    await store.saveSeries({ ...series, active: false })
    return ctx.say(t(ctx.lang, 'series_cancelled_done', { id: series.id }))
  }
  if (!parseNoticeId(raw)) return ctx.say(t(ctx.lang, 'cancel_usage'))
  const n = await noticeForManager(ctx, store, raw)
  if (!n) return
  const cancelled = await store.cancel(n.id)
  if (!cancelled && (await store.state(n.id)) !== 'cancelled') return ctx.say(t(ctx.lang, 'notice_not_found', { id: n.id }))
  // On a redelivered command the same keys are enqueued again: nobody is told twice.
  const reached = [...(await store.outcomes(n.id))].filter(([, o]) => o.reached).map(([p]) => p)
  const sends: SendJob[] = reached.map((personId) => ({ noticeId: n.id, personId, what: 'cancelled', tag: '' }))
  await enqueueSends(deps, sends)
  if (!cancelled) return ctx.say(t(ctx.lang, 'notice_is_cancelled', { id: n.id }))
  ctx.say(t(ctx.lang, 'notice_cancelled_done', { id: n.id, count: reached.length }))
}

import { forbid, hasRole } from '../conversation/commands.js'
import type { Ctx } from '../conversation/context.js'
import { recordText, t } from '../i18n/catalog.js'
import { noticeForManager } from './notice-access.js'
import { noticeStore, type NoticeDeps } from './notice-deps.js'
import { enqueueSends } from './notice-fanout.js'
import { MAX_PLACE, type Notice, type SendJob } from './notice-record.js'
import { scheduleReminders } from './notice-reminders.js'
import { whenText } from './notice-text.js'
import { parseWhen } from './when-parse.js'

/** "-" (or an empty field) keeps what the notice has. */
const KEEP = /^[-－—]?$/

/**
 * "/editnotice N12 | <when> | <where>": only a secretary or admin who may manage the notice's
 * branch, only a sent notice that has not started. The new version is stored once (a second
 * edit racing it is refused), everyone the notice reached is told (one key per person per
 * version, bulk lane), and the reminders are planned again for the new start; the old rounds
 * see the changed start when they fire and do nothing.
 */
export async function editCommand(ctx: Ctx, deps: NoticeDeps, args: string): Promise<void> {
  if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
  const parts = args.split(/[|｜]/).map((s) => s.trim())
  if (parts.length !== 3 || !parts[0]) return ctx.say(t(ctx.lang, 'editnotice_usage'))
  const [rawId = '', whenInput = '', whereInput = ''] = parts
  const store = noticeStore(deps)
  const n = await noticeForManager(ctx, store, rawId)
  if (!n) return
  const tz = deps.config.timeZone
  const title = recordText(ctx.lang, n.title)
  if ((await store.state(n.id)) === 'cancelled') return ctx.say(t(ctx.lang, 'notice_is_cancelled', { id: n.id }))
  if (ctx.now.getTime() >= n.at) return ctx.say(t(ctx.lang, 'notice_started', { title }))

  let at = n.at
  if (!KEEP.test(whenInput)) {
    const when = parseWhen(whenInput, ctx.now, tz)
    if (when.kind === 'unparseable') return ctx.say(t(ctx.lang, 'notice_guide_when_again', { when: whenInput.slice(0, 100) }))
    if (when.kind === 'past') return ctx.say(t(ctx.lang, 'notice_guide_when_past', { when: whenInput.slice(0, 100), at: whenText(ctx.lang, when.at, tz) }))
    if (when.kind === 'recurring') return ctx.say(t(ctx.lang, 'editnotice_recurring'))
    at = when.at.getTime()
  }
  const where = KEEP.test(whereInput) ? n.where : whereInput
  if (where.length > MAX_PLACE) return ctx.say(t(ctx.lang, 'notice_field_too_long', { field: t(ctx.lang, 'notice_field_where'), length: where.length, max: MAX_PLACE }))
  if (at === n.at && where === n.where) return ctx.say(t(ctx.lang, 'editnotice_nothing'))

  const changed: Notice = { ...n, at, where, version: n.version + 1 }
  if (!(await store.update(changed, n.version))) return ctx.say(t(ctx.lang, 'editnotice_busy', { id: n.id }))
  const reached = [...(await store.outcomes(n.id))].filter(([, o]) => o.reached).map(([p]) => p)
  const sends: SendJob[] = reached.map((personId) => ({ noticeId: n.id, personId, what: 'changed', tag: `v${changed.version}` }))
  await enqueueSends(deps, sends)
  await scheduleReminders(deps, changed)
  ctx.say(t(ctx.lang, 'editnotice_done', { id: n.id, when: whenText(ctx.lang, at, tz), where: recordText(ctx.lang, where), count: reached.length }))
}

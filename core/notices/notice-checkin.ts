import { randomInt } from 'node:crypto'
import { forbid, hasRole } from '../conversation/commands.js'
import type { Ctx } from '../conversation/context.js'
import { recordText, t } from '../i18n/catalog.js'
import { managedBranches } from './notice-access.js'
import { noticeStore, type NoticeDeps } from './notice-deps.js'
import type { Notice } from './notice-record.js'
import { clockText } from './notice-text.js'

function windowOf(n: Notice, deps: NoticeDeps): { from: number; to: number } {
  return { from: n.at - deps.config.checkinOpensBeforeMs, to: n.at + deps.config.checkinClosesAfterMs }
}

/**
 * "/checkin" from a secretary: the code of the branch's meeting whose window is open now (a
 * fresh random 6-digit code, then the same one for the rest of the window). "/checkin 123456"
 * from anyone: checks them in if the code is right, the window open and they were invited.
 * Wrong codes are counted per person; after a few, every code is refused for a while.
 */
export async function checkinCommand(ctx: Ctx, deps: NoticeDeps, args: string): Promise<void> {
  const code = args.trim()
  if (!code && hasRole(ctx, ['secretary', 'admin'])) return showCode(ctx, deps)
  if (!/^\d{6}$/.test(code)) return ctx.say(t(ctx.lang, 'checkin_usage'))
  return checkIn(ctx, deps, code)
}

async function showCode(ctx: Ctx, deps: NoticeDeps): Promise<void> {
  const store = noticeStore(deps)
  const now = ctx.now.getTime()
  const tz = deps.config.timeZone
  let open: Notice | undefined
  for (const b of managedBranches(ctx.dir, ctx.actor.person)) {
    const near = await store.ofBranch(b.id, now - deps.config.checkinClosesAfterMs, now + deps.config.checkinOpensBeforeMs, 5)
    for (const n of near) if (!open && (await store.state(n.id)) === 'sent') open = n
  }
  if (!open) {
    return ctx.say(t(ctx.lang, 'checkin_no_meeting', { before: Math.round(deps.config.checkinOpensBeforeMs / 60_000), after: Math.round((deps.config.checkinClosesAfterMs / 3_600_000) * 10) / 10 }))
  }
  const w = windowOf(open, deps)
  let code = await store.checkinCodeOf(open.id)
  for (let i = 0; !code && i < 10; i++) {
    const candidate = String(randomInt(0, 1_000_000)).padStart(6, '0')
    if (await store.setCheckinCode(open.id, candidate, w.to, now)) code = candidate
  }
  if (!code) throw new Error('no free check-in code after 10 tries')
  const text = t(ctx.lang, 'checkin_code', { title: recordText(ctx.lang, open.title), code, from: clockText(w.from, tz), to: clockText(w.to, tz) })
  const link = deps.config.checkinLink?.(code)
  ctx.say(link ? `${text}\n${t(ctx.lang, 'checkin_link', { link, code })}` : text)
}

async function checkIn(ctx: Ctx, deps: NoticeDeps, code: string): Promise<void> {
  const store = noticeStore(deps)
  const me = ctx.actor.person
  const who = me?.id ?? `${ctx.actor.platform}:${ctx.actor.userId}`
  const max = deps.config.checkinMaxAttempts
  const tooMany = () => ctx.say(t(ctx.lang, 'checkin_too_many', { minutes: Math.ceil(deps.config.checkinAttemptWindowMs / 60_000) }))
  // Refused before the code is even looked at: guessing stops being possible, not just useless.
  if ((await store.checkinAttempts(who)) >= max) return tooMany()
  const noticeId = await store.noticeOfCode(code)
  const n = noticeId ? await store.get(noticeId) : null
  if (!n || (await store.state(n.id)) !== 'sent') {
    const tries = await store.countCheckinAttempt(who, deps.config.checkinAttemptWindowMs)
    return tries >= max ? tooMany() : ctx.say(t(ctx.lang, 'checkin_wrong', { left: max - tries }))
  }
  const tz = deps.config.timeZone
  const title = recordText(ctx.lang, n.title)
  const w = windowOf(n, deps)
  const now = ctx.now.getTime()
  if (now < w.from || now > w.to) return ctx.say(t(ctx.lang, 'checkin_outside', { title, from: clockText(w.from, tz), to: clockText(w.to, tz) }))
  if (!me || !(await store.isRecipient(n.id, me.id))) return ctx.say(t(ctx.lang, 'checkin_not_invited', { title }))
  const r = await store.checkIn(n.id, me.id, now)
  ctx.say(t(ctx.lang, r.first ? 'checkin_done' : 'checkin_already', { title, time: clockText(r.at, tz) }))
}

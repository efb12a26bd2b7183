import { forbid, hasRole } from '../conversation/commands.js'
import type { Ctx } from '../conversation/context.js'
import type { CoreModule } from '../conversation/handle.js'
import { recordText, t } from '../i18n/catalog.js'
import type { AlertDeps } from './alert-deps.js'
import { alertStore } from './alert-deps.js'
import { parseAlertId, type Alert } from './alert-record.js'
import { hotlineText, whoText } from './alert-text.js'
import { notifyHolder, scheduleSla } from './escalation.js'
import { updatePages } from './page-updates.js'
import { openAlertsOverview } from './alerts-overview.js'
import { alertCenter, raiseAlert } from './raise-alert.js'
import { rotaOfDay } from './rota.js'

const MAX_NOTE = 1000

/**
 * Counselor and admin commands on alerts, and the buttons of pages and member replies. Only
 * counselors and admins of an alert's center see or touch it; anyone else gets the same answer
 * as for an unknown id (so ids reveal nothing), nothing changes, and the attempt is audited.
 */
export function alertsModule(deps: AlertDeps): CoreModule {
  return {
    commands: {
      alerts: (ctx) => listAlerts(ctx, deps),
      ack: (ctx, args) => acknowledge(ctx, deps, args, 'command'),
      resolve: (ctx, args) => {
        const m = /^(\S+)(?:\s+([\s\S]+))?$/.exec(args)
        // The note goes on record as the counselor typed it (the command args are normalized).
        const raw = /^\s*\/resolve(?:@\w+)?\s+\S+\s+([\s\S]+)$/i.exec(ctx.event.text ?? '')
        return resolve(ctx, deps, m?.[1] ?? '', (raw?.[1] ?? m?.[2] ?? '').trim(), 'command')
      },
      counselor: (ctx, args) => requestCounselor(ctx, deps, args, null),
      rota: (ctx) => showRota(ctx, deps),
    },
    actions: {
      alert_ack: (ctx, action) => acknowledge(ctx, deps, action.args.alertId ?? '', 'button'),
      alert_resolve: (ctx, action, event) => resolve(ctx, deps, action.args.alertId ?? '', event.payload?.trim() ?? '', 'button'),
      counselor_request: (ctx, action) => requestCounselor(ctx, deps, '', action.args.alertId ?? null),
    },
    // Someone pressed a page's button that was not theirs: nothing changes, but it is on record.
    onRefusedAction: async (ctx, action) => {
      if (action.args.alertId) await alertStore(deps).audit('refused', action.args.alertId, actorId(ctx), ctx.now, { what: action.kind, reason: 'not_their_button' })
    },
  }
}

function actorId(ctx: Ctx): string {
  return ctx.actor.person?.id ?? `${ctx.actor.platform}:${ctx.actor.userId}`
}

/** Counselors and admins of the alert's own center; nobody else. */
function mayHandle(ctx: Ctx, alert: Alert): boolean {
  const p = ctx.actor.person
  return !!p && (p.role === 'counselor' || p.role === 'admin') && ctx.dir.centerOfPerson(p)?.id === alert.centerId
}

/** The alert behind an id if this person may handle it; otherwise refuses, audits, and returns null. */
async function loadForHandling(ctx: Ctx, deps: AlertDeps, rawId: string, what: string): Promise<Alert | null> {
  const store = alertStore(deps)
  const id = parseAlertId(rawId)
  const alert = id ? await store.get(id) : null
  if (alert && mayHandle(ctx, alert)) return alert
  await store.audit('refused', id ?? '-', actorId(ctx), ctx.now, { what, reason: alert ? 'not_authorized' : 'unknown_alert' })
  ctx.refuse(t(ctx.lang, 'alert_not_yours', { id: id ?? rawId.slice(0, 20) }))
  return null
}

async function acknowledge(ctx: Ctx, deps: AlertDeps, rawId: string, via: string): Promise<void> {
  if (!rawId) return ctx.say(t(ctx.lang, 'alert_usage_ack'))
  const alert = await loadForHandling(ctx, deps, rawId, `ack_${via}`)
  if (!alert) return
  const r = await alertStore(deps).acknowledge(alert.id, ctx.actor.person!.id, ctx.now)
  if (!r.ok) return sayNotChanged(ctx, alert.id, r.reason, r.by)
  await scheduleSla(deps, alert.id)
  await updatePages(deps, alert.id, 'taken', ctx.actor.person!.id, ctx.now, ctx.dir)
  ctx.say(t(ctx.lang, 'alert_acked', { id: alert.id, who: whoText(ctx.lang, alert, ctx.dir) }))
}

async function resolve(ctx: Ctx, deps: AlertDeps, rawId: string, note: string, via: string): Promise<void> {
  if (!rawId) return ctx.say(t(ctx.lang, 'alert_usage_resolve'))
  const alert = await loadForHandling(ctx, deps, rawId, `resolve_${via}`)
  if (!alert) return
  if (!note) return ctx.say(t(ctx.lang, 'alert_resolve_ask_note', { id: alert.id }))
  if (note.length > MAX_NOTE) return ctx.say(t(ctx.lang, 'too_long', { max: MAX_NOTE }))
  const r = await alertStore(deps).resolve(alert.id, alert.centerId, ctx.actor.person!.id, ctx.now, note)
  if (!r.ok) return sayNotChanged(ctx, alert.id, r.reason, r.by)
  await updatePages(deps, alert.id, 'closed', ctx.actor.person!.id, ctx.now, ctx.dir)
  ctx.say(t(ctx.lang, 'alert_resolved', { id: alert.id }))
}

function sayNotChanged(ctx: Ctx, id: string, reason: string, by: string | null): void {
  if (reason === 'resolved') return ctx.say(t(ctx.lang, 'alert_already_resolved', { id }))
  const name = recordText(ctx.lang, ctx.dir.person(by)?.name ?? by ?? '—')
  ctx.say(t(ctx.lang, 'alert_already_acked', { id, by: name }))
}

async function listAlerts(ctx: Ctx, deps: AlertDeps): Promise<void> {
  if (!hasRole(ctx, ['counselor', 'admin'])) return forbid(ctx, 'role_counselor')
  const r = await openAlertsOverview(alertStore(deps), deps.config, ctx.dir, ctx.actor.person!, ctx.lang, ctx.now, 'list')
  ctx.say('text' in r ? r.text : t(ctx.lang, 'alert_no_center'))
}

/**
 * "/counselor" or the "talk to a counselor now" button. On a live alert the button marks it
 * as requested and tells whoever holds it; otherwise a `concern` request alert takes the same
 * path as a flagged message (stored once per event, then paged).
 */
async function requestCounselor(ctx: Ctx, deps: AlertDeps, args: string, alertId: string | null): Promise<void> {
  const store = alertStore(deps)
  const center = alertCenter(ctx.dir, ctx.actor.person, deps.config.defaultCenterId)
  const existing = alertId ? await store.get(alertId) : null
  if (existing && existing.state !== 'resolved' && existing.userId === ctx.actor.userId && existing.platform === ctx.actor.platform) {
    const state = await store.markRequested(existing.id, actorId(ctx), ctx.now)
    if (state && state !== 'resolved') {
      await notifyHolder(deps, existing, ctx.dir)
      return ctx.say(t(ctx.lang, 'alert_request_upgraded', { phone: center?.phone ?? '—' }))
    }
  }
  await raiseAlert(deps, {
    level: 'concern',
    source: 'request',
    reasons: [],
    event: ctx.event,
    idSuffix: 'counselor',
    text: args.slice(0, 500),
    person: ctx.actor.person,
    directory: ctx.dir,
    at: ctx.now,
  })
  const params = { center: center ? recordText(ctx.lang, center.name) : '—', phone: center?.phone ?? '—', hotlines: hotlineText(ctx.lang, deps.config.hotlines) }
  ctx.say(t(ctx.lang, 'alert_request_received', params))
}

async function showRota(ctx: Ctx, deps: AlertDeps): Promise<void> {
  if (!hasRole(ctx, ['admin'])) return forbid(ctx, 'role_admin')
  const center = ctx.dir.centerOfPerson(ctx.actor.person!)
  if (!center) return ctx.say(t(ctx.lang, 'alert_no_center'))
  const name = recordText(ctx.lang, center.name)
  const lines = rotaOfDay(ctx.dir.data.shifts, center.id, ctx.now, deps.config.timeZone)
  if (lines.length === 0) return ctx.say(t(ctx.lang, 'rota_none', { center: name }))
  const day = new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-US' : ctx.lang, { timeZone: deps.config.timeZone, weekday: 'short', month: 'numeric', day: 'numeric' }).format(ctx.now)
  const body = lines.map((l) =>
    t(ctx.lang, 'rota_line', { level: l.level, start: l.start, end: l.end, name: recordText(ctx.lang, ctx.dir.person(l.personId)?.name ?? l.personId), now: l.now ? t(ctx.lang, 'rota_now') : '' }),
  )
  ctx.say([t(ctx.lang, 'rota_head', { center: name, day }), ...body].join('\n'))
}

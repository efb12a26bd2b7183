import { forbid, hasRole } from '../conversation/commands.js'
import type { Ctx } from '../conversation/context.js'
import type { Directory } from '../directory/directory.js'
import { recordText, t } from '../i18n/catalog.js'
import type { Lang } from '../model/records.js'
import type { NoticeStore, Outcome } from '../store/notices.js'
import { noticeForManager } from './notice-access.js'
import type { NoticeDeps } from './notice-deps.js'
import { noticeStore } from './notice-deps.js'
import type { Notice, Rsvp, RsvpOrNone } from './notice-record.js'
import { audienceOf, registeredPeople } from './notice-audience.js'
import { companyName, nameList, personLine, personName, stampText, whenText, withPeople, type PeopleLookup } from './notice-text.js'

/** Everything known about a notice's audience, read once. */
export interface Attendance {
  people: string[]
  rsvps: Map<string, Rsvp>
  outcomes: Map<string, Outcome>
  checkins: Map<string, number>
  /** Names and companies: the directory, and the registrations of self-registered recipients. */
  lookup: PeopleLookup
}

export async function loadAttendance(store: NoticeStore, n: Notice, dir: Directory): Promise<Attendance> {
  const [recipients, rsvps, outcomes, checkins] = await Promise.all([store.recipients(n.id), store.rsvps(n.id), store.outcomes(n.id), store.checkins(n.id)])
  // Before the fan-out job has run, the audience is the branch as it is now.
  const regs = store.registrations()
  const people = recipients.length > 0 ? recipients : await audienceOf(regs, dir, n.branchId)
  const lookup = withPeople(dir, await registeredPeople(regs, dir, people))
  return { people: people.sort(), rsvps, outcomes, checkins, lookup }
}

export function answerOf(a: Attendance, personId: string): RsvpOrNone {
  return a.rsvps.get(personId)?.state ?? 'needsAction'
}

/**
 * The roster a secretary reads: counts and names by answer (reasons with those not coming),
 * those the bot cannot reach with their phones, and a seating list grouped by company.
 */
export function rosterText(lang: Lang, n: Notice, a: Attendance, _dir: Directory, timeZone: string): string {
  const dir = a.lookup
  const name = (p: string) => personName(lang, dir, p)
  const unreachable = a.people.filter((p) => a.outcomes.get(p)?.reached === false)
  const by = (s: RsvpOrNone) => a.people.filter((p) => answerOf(a, p) === s)
  const accepted = by('accepted')
  const tentative = by('tentative')
  const declined = by('declined').map((p) => t(lang, 'roster_reason', { name: name(p), reason: recordText(lang, a.rsvps.get(p)?.reason ?? t(lang, 'roster_no_reason')) }))
  // Someone the bot cannot reach shows under "unreachable" (to phone), not under "no answer".
  const none = by('needsAction').filter((p) => !unreachable.includes(p))
  const lines = [
    t(lang, 'roster_head', { title: recordText(lang, n.title), id: n.id, when: whenText(lang, n.at, timeZone), total: a.people.length }),
    t(lang, 'roster_accepted', { count: accepted.length, names: nameList(lang, accepted.map(name)) }),
    t(lang, 'roster_declined', { count: declined.length, names: nameList(lang, declined) }),
    t(lang, 'roster_tentative', { count: tentative.length, names: nameList(lang, tentative.map(name)) }),
    t(lang, 'roster_none', { count: none.length, names: nameList(lang, none.map(name)) }),
    t(lang, 'roster_unreachable', { count: unreachable.length, names: nameList(lang, unreachable.map((p) => personLine(lang, dir, p))) }),
  ]
  if (a.checkins.size > 0) lines.push(t(lang, 'roster_checked_in', { count: a.checkins.size }))
  const seated = [...accepted, ...tentative]
  if (seated.length > 0) {
    const groups = new Map<string, string[]>()
    for (const p of seated) {
      const company = companyName(lang, dir, dir.person(p))
      groups.set(company, [...(groups.get(company) ?? []), name(p)])
    }
    lines.push('', t(lang, 'roster_seating'))
    for (const [company, names] of [...groups].sort(([x], [y]) => x.localeCompare(y, 'zh-Hans-CN'))) lines.push(t(lang, 'roster_seating_line', { company, names: nameList(lang, names) }))
  }
  return lines.join('\n')
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Attendance as CSV: name, company, RSVP, reason, checked in, time — one row per recipient. */
export function attendanceCsv(lang: Lang, a: Attendance, _dir: Directory, timeZone: string): string {
  const dir = a.lookup
  const rows = [t(lang, 'export_columns')]
  for (const p of a.people) {
    const answer = answerOf(a, p)
    const at = a.checkins.get(p)
    rows.push(
      [
        personName(lang, dir, p),
        companyName(lang, dir, dir.person(p)),
        t(lang, `rsvp_state_${answer}`),
        answer === 'declined' ? recordText(lang, a.rsvps.get(p)?.reason ?? '') : '',
        t(lang, at ? 'checkin_yes' : 'checkin_no'),
        at ? stampText(at, timeZone) : '',
      ]
        .map(csvField)
        .join(','),
    )
  }
  return rows.join('\n')
}

export async function rosterCommand(ctx: Ctx, deps: NoticeDeps, args: string): Promise<void> {
  if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
  const store = noticeStore(deps)
  const n = await noticeForManager(ctx, store, args)
  if (!n) return
  const a = await loadAttendance(store, n, ctx.dir)
  const cancelled = (await store.state(n.id)) === 'cancelled'
  ctx.say((cancelled ? `${t(ctx.lang, 'notice_is_cancelled', { id: n.id })}\n` : '') + rosterText(ctx.lang, n, a, ctx.dir, deps.config.timeZone))
}

/** "/export [notice]": the attendance CSV as a reply (a file upload needs the adapters). */
export async function exportCommand(ctx: Ctx, deps: NoticeDeps, args: string): Promise<void> {
  if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
  const store = noticeStore(deps)
  const n = await noticeForManager(ctx, store, args)
  if (!n) return
  const a = await loadAttendance(store, n, ctx.dir)
  ctx.say(`${t(ctx.lang, 'export_head', { title: recordText(ctx.lang, n.title), id: n.id })}\n${attendanceCsv(ctx.lang, a, ctx.dir, deps.config.timeZone)}`)
}

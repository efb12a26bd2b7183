import type { Directory } from '../directory/directory.js'
import { wallClock } from '../directory/schedule.js'
import { formatWallClock, recordText, t } from '../i18n/catalog.js'
import type { Lang, Person } from '../model/records.js'
import type { Notice } from './notice-record.js'

/** A meeting time as people read it: "2026年12月5日（周六）19:00" / "Sat 2026-12-05 19:00". */
export function whenText(lang: Lang, at: Date | number, timeZone: string): string {
  const d = new Date(at)
  const w = wallClock(d, timeZone)
  const weekday = (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7
  return formatWallClock(lang, { ...w, weekday })
}

/** "HH:MM" in the zone, for check-in times. */
export function clockText(at: Date | number, timeZone: string): string {
  const w = wallClock(new Date(at), timeZone)
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`
}

/** "2026-12-05 19:02" in the zone: a spreadsheet reads it as a time. */
export function stampText(at: Date | number, timeZone: string): string {
  const w = wallClock(new Date(at), timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}`
}

/** "3天" / "3 days", "2小时" / "2 hours" … for the offsets of announcements. */
export function durationText(lang: Lang, ms: number): string {
  const units: [number, string, string][] = [
    [86_400_000, '天', 'day'],
    [3_600_000, '小时', 'hour'],
    [60_000, '分钟', 'minute'],
    [1000, '秒', 'second'],
  ]
  for (const [size, zh, en] of units) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size
      return lang === 'en' ? `${n} ${en}${n === 1 ? '' : 's'}` : `${n}${recordText(lang, zh)}`
    }
  }
  return lang === 'en' ? `${Math.round(ms / 1000)} seconds` : `${Math.round(ms / 1000)}秒`
}

/** The notice as a member reads it (title, time, place, agenda, branch). */
export function noticeBody(lang: Lang, n: Notice, dir: Directory, timeZone: string): string {
  const lines = [t(lang, 'notice_body', { title: recordText(lang, n.title), when: whenText(lang, n.at, timeZone), where: recordText(lang, n.where) })]
  if (n.agenda) lines.push(t(lang, 'notice_body_agenda', { agenda: recordText(lang, n.agenda) }))
  const branch = dir.branch(n.branchId)
  if (branch) lines.push(t(lang, 'notice_body_branch', { branch: recordText(lang, branch.name) }))
  return lines.join('\n')
}

/** Who a person id is: the directory, or (for self-registered members) their registration. */
export type PeopleLookup = Pick<Directory, 'person' | 'enterprise'>

/** The directory, with these extra people (approved self-registrations seen as members). */
export function withPeople(dir: Directory, extra: Map<string, Person>): PeopleLookup {
  if (extra.size === 0) return dir
  return { person: (id) => dir.person(id) ?? (id ? extra.get(id) : undefined), enterprise: (id) => dir.enterprise(id) }
}

export function personName(lang: Lang, dir: PeopleLookup, personId: string): string {
  return recordText(lang, dir.person(personId)?.name ?? personId)
}

export function companyName(lang: Lang, dir: PeopleLookup, p: Person | undefined): string {
  const e = dir.enterprise(p?.enterprise_id)
  return e ? recordText(lang, e.name) : t(lang, 'roster_no_company')
}

/** "name (company) phone": what a secretary needs to phone someone the bot cannot reach. */
export function personLine(lang: Lang, dir: PeopleLookup, personId: string): string {
  const p = dir.person(personId)
  return t(lang, 'notice_person_line', { name: personName(lang, dir, personId), company: companyName(lang, dir, p), phone: p?.phone ?? t(lang, 'notice_no_phone') })
}

/** Names joined the way the language lists them, or "none". */
export function nameList(lang: Lang, names: string[]): string {
  if (names.length === 0) return t(lang, 'roster_nobody')
  return names.join(lang === 'en' ? ', ' : '、')
}

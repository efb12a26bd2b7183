import type { Hotline } from '../config/env.js'
import type { Directory } from '../directory/directory.js'
import { recordText, t } from '../i18n/catalog.js'
import type { Lang } from '../model/records.js'
import type { Alert } from './alert-record.js'
import { zonedParts } from './rota.js'
import type { Light } from './sla.js'

// What counselors and members read about an alert, in the reader's language.

export function hotlineText(lang: Lang, list: readonly Hotline[]): string {
  const items = list.map((h) => (lang === 'en' ? `${h.number} (${h.label})` : `${h.number}（${recordText(lang, h.label)}）`))
  return items.join(lang === 'en' ? ', ' : '、')
}

/** Who raised the alert, with what a counselor needs to reach them (name, company, phone). */
export function whoText(lang: Lang, alert: Alert, dir: Directory): string {
  const p = dir.person(alert.personId)
  if (!p) return t(lang, 'alert_who_unknown', { platform: alert.platform, userId: alert.userId })
  const company = dir.enterprise(p.enterprise_id)?.name ?? dir.branch(p.branch_id)?.name ?? '—'
  return t(lang, 'alert_who', { name: recordText(lang, p.name), company: recordText(lang, company), phone: p.phone ?? '—' })
}

export function whenText(at: Date | number, timeZone: string): string {
  const w = zonedParts(new Date(at), timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}`
}

export function levelText(lang: Lang, level: Alert['level']): string {
  return t(lang, `alert_level_${level}`)
}

export function ageText(lang: Lang, sinceMs: number, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - sinceMs) / 60_000))
  if (minutes < 60) return t(lang, 'alert_age_minutes', { n: minutes })
  if (minutes < 48 * 60) return t(lang, 'alert_age_hours', { n: Math.floor(minutes / 60) })
  return t(lang, 'alert_age_days', { n: Math.floor(minutes / 1440) })
}

export const LIGHT_MARK: Record<Light, string> = { green: '🟢', yellow: '🟡', red: '🔴' }

/** The text of a page: the alert, and why this person is getting it (escalated, repeated). */
export function pageText(lang: Lang, alert: Alert, dir: Directory, timeZone: string, level: number, round: number): string {
  const who = whoText(lang, alert, dir)
  const at = whenText(alert.at, timeZone)
  const body =
    alert.source === 'request'
      ? t(lang, 'alert_page_request', { id: alert.id, who, at })
      : t(lang, 'alert_page', { id: alert.id, level: levelText(lang, alert.level), who, at, text: alert.text })
  const notes: string[] = []
  if (level > 1) notes.push(t(lang, 'alert_page_escalated', { level }))
  if (round > 1) notes.push(t(lang, 'alert_page_repeat', { round }))
  return [body, ...notes].join('\n')
}

/** One line of /alerts: light, id, level, state, age, who, and the start of the text. */
export function listItemText(lang: Lang, alert: Alert, dir: Directory, light: Light, now: Date): string {
  const by = alert.ackBy ? recordText(lang, dir.person(alert.ackBy)?.name ?? alert.ackBy) : ''
  const state = alert.state === 'acknowledged' ? t(lang, 'alert_state_acknowledged', { by }) : t(lang, 'alert_state_open')
  const text = alert.text === '' ? '—' : alert.text.length > 60 ? `${alert.text.slice(0, 60)}…` : alert.text
  return t(lang, 'alert_list_item', { light: LIGHT_MARK[light], id: alert.id, level: levelText(lang, alert.level), state, age: ageText(lang, alert.at, now), who: whoText(lang, alert, dir), text })
}

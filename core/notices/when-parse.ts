import * as chrono from 'chrono-node'
import * as chronoZh from 'chrono-node/zh'
import rrule from 'rrule'
import { scheduleRules, wallClock } from '../directory/schedule.js'

// rrule ships CommonJS for Node: take the class off the default export.
const { RRule } = rrule

export type When =
  | { kind: 'once'; at: Date }
  | { kind: 'recurring'; rule: string; first: Date }
  | { kind: 'past'; at: Date }
  | { kind: 'unparseable' }

/** Minutes east of UTC of a time zone at an instant (chrono takes an offset, not a zone name). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute)
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000)
}

/** The instant a wall-clock time in a zone stands for. */
export function zonedInstant(w: { year: number; month: number; day: number; hour: number; minute: number }, timeZone: string): Date {
  const guess = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute))
  const first = new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000)
  // Near a DST change the offset at the result may differ from the one at the guess.
  return new Date(guess.getTime() - zoneOffsetMinutes(first, timeZone) * 60_000)
}

/**
 * chrono's zh parser reads "晚上7点" but not the everyday "晚7点" / "早8点": spell them out.
 * "今晚"/"明早" are read already and stay as they are.
 */
function normalizeZh(text: string): string {
  return text
    .replace(/(^|[^今明昨前后])晚(?=\s*[0-9一二三四五六七八九十])/g, '$1晚上')
    .replace(/(^|[^今明昨前后])早(?=\s*[0-9一二三四五六七八九十])/g, '$1早上')
    .replace(/(\d)\s*号/g, '$1日')
}

/**
 * A meeting time as a secretary types it, in Chinese or English, in `timeZone` and relative to
 * `now`: "12月5日晚7点", "下周五 19:00", "2026-12-05 19:00", "Dec 5 7pm", or a recurrence
 * "每月第二个星期五 19:00" (the first occurrence after now). A time needs an hour: "12月5日"
 * alone is not a meeting time. A text with an hour that has passed is `past`.
 */
export function parseWhen(input: string, now: Date, timeZone: string): When {
  const text = input.trim()
  if (!text || text.length > 100) return { kind: 'unparseable' }

  if (/^每/.test(text)) {
    const rules = scheduleRules(text)
    const first = rules[0]
    if (!first || !/\d{1,2}[:：]\d{2}/.test(text)) return { kind: 'unparseable' }
    const at = nextOfRule(first.options, now, timeZone)
    return at ? { kind: 'recurring', rule: text, first: at } : { kind: 'unparseable' }
  }

  const ref = { instant: now, timezone: zoneOffsetMinutes(now, timeZone) }
  const candidates = [...chronoZh.hans.parse(normalizeZh(text), ref, { forwardDate: true }), ...chrono.en.parse(text, ref, { forwardDate: true })]
  // The reading that covers most of the text wins ("下周五 19:00": zh reads all of it, en only "19:00").
  const best = candidates.filter((c) => c.start.isCertain('hour')).sort((a, b) => b.text.length - a.text.length)[0]
  if (!best || best.text.replace(/\s/g, '').length < text.replace(/\s/g, '').length * 0.6) return { kind: 'unparseable' }
  const at = best.start.date()
  if (at.getTime() <= now.getTime()) return { kind: 'past', at }
  return { kind: 'once', at }
}

/** The next occurrence after `after` of a schedule rule, computed on floating wall-clock time. */
export function nextOfRule(options: ReturnType<typeof scheduleRules>[number]['options'], after: Date, timeZone: string): Date | null {
  const w = wallClock(after, timeZone)
  const floating = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute))
  const rule = new RRule({ ...options, dtstart: new Date(Date.UTC(w.year - 1, 0, 1)) })
  const next = rule.after(floating, false)
  if (!next) return null
  return zonedInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: next.getUTCHours(), minute: next.getUTCMinutes() }, timeZone)
}

/** The next occurrence of a recurrence text ("每月第二个星期五 19:00") after `after`. */
export function nextOccurrenceOf(rule: string, after: Date, timeZone: string): Date | null {
  const first = scheduleRules(rule)[0]
  return first ? nextOfRule(first.options, after, timeZone) : null
}

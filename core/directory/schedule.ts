import rrule from 'rrule'
import type { Options } from 'rrule'

// rrule ships CommonJS for Node: take the class off the default export.
const { RRule } = rrule

const WEEKDAY: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 }
const ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 第五: 5, 五: 5, 最后: -1, 最后一: -1, 倒数第一: -1 }

export interface Occurrence {
  /** Wall-clock time in the configured zone, as y/m/d h:m (no zone arithmetic needed to show it). */
  year: number
  month: number
  day: number
  hour: number
  minute: number
  weekday: number // 0 = Monday
  /** The clause of the schedule text this occurrence comes from (e.g. 主题党日). */
  what: string
}

/**
 * The schedule texts of branches.csv are Chinese phrases ("每月第二个星期五 19:00 主题党日",
 * "每月 15 日 18:30 支委会", "每月最后一个星期六 9:30"). Each clause that names a day is turned into
 * a recurrence rule; clauses without a day ("每季度一次党课") have no computable date.
 */
export function scheduleRules(schedule: string): { options: Partial<Options>; what: string }[] {
  const out: { options: Partial<Options>; what: string }[] = []
  for (const clause of schedule.split(/[，,；;。]/).map((c) => c.trim()).filter(Boolean)) {
    const time = /(\d{1,2})[:：](\d{2})/.exec(clause)
    const hour = time ? Number(time[1]) : 9
    const minute = time ? Number(time[2]) : 0
    const what = clause.replace(/每[月周].*?\d{1,2}[:：]\d{2}/, '').trim() || clause
    const byTime = { byhour: [hour], byminute: [minute], bysecond: [0] }
    let m = /每月(第([一二三四五])个|(最后一?|倒数第一)个)(星期|周|礼拜)([一二三四五六日天])/.exec(clause)
    if (m) {
      const pos = m[2] ? ORDINAL[m[2]]! : -1
      out.push({ what, options: { freq: RRule.MONTHLY, byweekday: [WEEKDAY[m[5]!]!], bysetpos: [pos], ...byTime } })
      continue
    }
    m = /每月\s*(\d{1,2})\s*[日号]/.exec(clause)
    if (m) {
      out.push({ what, options: { freq: RRule.MONTHLY, bymonthday: [Number(m[1])], ...byTime } })
      continue
    }
    m = /每(周|星期)([一二三四五六日天])/.exec(clause)
    if (m) out.push({ what, options: { freq: RRule.WEEKLY, byweekday: [WEEKDAY[m[2]!]!], ...byTime } })
  }
  return out
}

/** Wall-clock parts of an instant in a time zone. */
export function wallClock(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

/**
 * The next occurrence after `now` of any clause of the schedule, or null when the text names
 * no day. Rules run on "floating" wall-clock time (UTC fields = local fields), so no zone
 * offsets enter the arithmetic.
 */
export function nextOccurrence(schedule: string | null, now: Date, timeZone: string): Occurrence | null {
  if (!schedule) return null
  const w = wallClock(now, timeZone)
  const floatingNow = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute))
  let best: Occurrence | null = null
  let bestAt = Infinity
  for (const { options, what } of scheduleRules(schedule)) {
    const rule = new RRule({ ...options, dtstart: new Date(Date.UTC(w.year - 1, 0, 1)) })
    const next = rule.after(floatingNow, false)
    if (next && next.getTime() < bestAt) {
      bestAt = next.getTime()
      best = {
        year: next.getUTCFullYear(),
        month: next.getUTCMonth() + 1,
        day: next.getUTCDate(),
        hour: next.getUTCHours(),
        minute: next.getUTCMinutes(),
        weekday: (next.getUTCDay() + 6) % 7,
        what,
      }
    }
  }
  return best
}

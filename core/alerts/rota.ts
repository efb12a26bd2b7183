import type { Shift, Weekday } from '../model/records.js'

const WEEKDAYS: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

// Building an Intl formatter costs far more than using one: keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat>()
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
    formats.set(timeZone, f)
  }
  return f
}

/** Wall-clock date and time of an instant in a time zone. */
export function zonedParts(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = zoneFormat(timeZone).formatToParts(at)
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

/** Weekday and minute of the day of an instant, on the wall clock of `timeZone`. */
export function wallTime(at: Date, timeZone: string): { weekday: Weekday; minute: number } {
  const parts = zoneFormat(timeZone).formatToParts(at)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  const weekday = get('weekday') as Weekday
  return { weekday, minute: Number(get('hour')) * 60 + Number(get('minute')) }
}

/** "HH:MM" → minutes since midnight; "24:00" is the end of the day (1440). */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number]
  return h * 60 + m
}

function previousDay(d: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(d) + 6) % 7]!
}

/**
 * Whether a shift covers a wall-clock moment. A shift whose end is not after its start
 * (20:00–08:00) runs past midnight and belongs to its start day: Tuesday's night shift still
 * covers Wednesday 07:00, and a shift listed only for Friday does not start on Saturday night.
 */
export function shiftCovers(shift: Shift, weekday: Weekday, minute: number): boolean {
  const start = minutesOf(shift.start)
  const end = minutesOf(shift.end)
  if (end > start) return shift.days.includes(weekday) && minute >= start && minute < end
  if (shift.days.includes(weekday) && minute >= start) return true
  return shift.days.includes(previousDay(weekday)) && minute < end
}

/** The person on call for (center, level) at `at`, or null when the rota has a hole. */
export function onCallAt(shifts: readonly Shift[], centerId: string, level: number, at: Date, timeZone: string): string | null {
  const { weekday, minute } = wallTime(at, timeZone)
  // File order decides between overlapping shifts, so the answer never depends on chance.
  const hit = shifts.find((s) => s.center_id === centerId && s.level === level && shiftCovers(s, weekday, minute))
  return hit?.person_id ?? null
}

/** The highest rota level a center has (the level that is re-paged until someone answers). */
export function topLevel(shifts: readonly Shift[], centerId: string): number {
  let top = 0
  for (const s of shifts) if (s.center_id === centerId && s.level > top) top = s.level
  return Math.max(top, 1)
}

export interface RotaLine {
  level: number
  personId: string
  start: string
  end: string
  /** On call at the moment asked about. */
  now: boolean
}

/** The shifts of a center that start on the wall-clock day of `at` (and last night's still running). */
export function rotaOfDay(shifts: readonly Shift[], centerId: string, at: Date, timeZone: string): RotaLine[] {
  const { weekday, minute } = wallTime(at, timeZone)
  const yesterday = previousDay(weekday)
  const lines: RotaLine[] = []
  for (const s of shifts) {
    if (s.center_id !== centerId) continue
    const overnight = minutesOf(s.end) <= minutesOf(s.start)
    const today = s.days.includes(weekday)
    const carried = overnight && s.days.includes(yesterday) && minute < minutesOf(s.end)
    if (!today && !carried) continue
    lines.push({ level: s.level, personId: s.person_id, start: s.start, end: s.end, now: shiftCovers(s, weekday, minute) })
  }
  return lines.sort((a, b) => a.level - b.level || minutesOf(a.start) - minutesOf(b.start))
}

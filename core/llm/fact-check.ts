// The model may only rephrase: every phone number, date, time, weekday, address and other
// number in its answer must already be in the facts it was given. Anything else is invented,
// and the template answer is used instead. Extraction is deliberately eager: a false alarm
// costs a less fluent answer, a miss could send a member to the wrong place.

export type FactKind = 'phone' | 'date' | 'time' | 'weekday' | 'address' | 'number'

interface Facts {
  phones: Set<string>
  dates: Set<string>
  times: Set<string>
  weekdays: Set<string>
  numbers: Set<string>
  text: string
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const CN_RUN = '[零〇一二两三四五六七八九十百千]+'
const CN_BEFORE_UNIT = new RegExp(`(${CN_RUN})(?=\\s*(?:楼|层|号|室|日|月|点|时|栋|年|分|座|单元|个?(?:星期|月|周)))`, 'g')
const CN_ORDINAL = new RegExp(`第(${CN_RUN})`, 'g')

function cnNumber(s: string): number {
  if (!/[十百千]/.test(s)) return Number([...s].map((c) => CN_DIGIT[c] ?? 0).join(''))
  let total = 0
  let cur = 0
  for (const c of s) {
    if (c in CN_UNIT) {
      total += (cur || 1) * CN_UNIT[c]!
      cur = 0
    } else cur = CN_DIGIT[c] ?? 0
  }
  return total + cur
}

/** Full-width forms to ASCII and Chinese numerals that count something to digits. */
export function normalizeFacts(s: string): string {
  return s
    .normalize('NFKC')
    .replace(CN_BEFORE_UNIT, (_w, n: string) => String(cnNumber(n)))
    .replace(CN_ORDINAL, (_w, n: string) => `第${cnNumber(n)}`)
}

const PHONE = /(?<![\d])\+?\d[\d\s.-]{5,}\d(?![\d])/g
const YMD = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|[-/.](\d{1,2})[-/.](\d{1,2}))/g
const MD = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g
const DAY = /(\d{1,2})\s*[日号]/g
const HM = /(上午|早上|中午|下午|晚上|傍晚|夜里|晚|早)?\s*(\d{1,2})\s*:\s*(\d{2})(?:\s*([ap])\.?m\b\.?)?/gi
const H_CN = /(上午|早上|中午|下午|晚上|傍晚|夜里|晚|早)?\s*(\d{1,2})\s*[点时](?:\s*(\d{1,2})\s*分|(半))?/g
const H_EN = /\b(\d{1,2})\s*([ap])\.?m\b\.?/gi
const WEEKDAY_ZH = /(?:周|星期|礼拜|週)([一二三四五六日天1-7])(?!次)/g
const WEEKDAY_EN = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi
const ADDRESS = /(\p{Script=Han}{2})(路|街|大道|巷|镇|区|大厦|广场)/gu
const COMMON_PLACE_WORDS = /^(社区|园区|地区|小区|城区|辖区|片区|专区|服务区|办公区)$/
const NUMBER = /\d+/g

const WEEKDAY_INDEX: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 日: '7', 天: '7', mon: '1', tue: '2', wed: '3', thu: '4', fri: '5', sat: '6', sun: '7' }

function hour(h: number, part: string | undefined, ampm: string | undefined): number {
  if (ampm) return ampm.toLowerCase() === 'p' && h < 12 ? h + 12 : ampm.toLowerCase() === 'a' && h === 12 ? 0 : h
  if (part && /下午|晚|夜里/.test(part) && h < 12) return h + 12
  return h
}

interface Extracted {
  phones: string[]
  dates: string[]
  times: string[]
  weekdays: string[]
  addresses: string[]
  numbers: string[]
}

/** Takes each kind out of the text in turn so a date's digits are not checked again as numbers. */
function extract(input: string, forFacts: boolean): Extracted {
  let s = normalizeFacts(input)
  const out: Extracted = { phones: [], dates: [], times: [], weekdays: [], addresses: [], numbers: [] }
  const take = (kind: keyof Extracted, re: RegExp, f: (m: (string | undefined)[]) => string | string[] | null): void => {
    s = s.replace(re, (...args: unknown[]) => {
      const m = args.slice(0, -2) as (string | undefined)[]
      const v = f(m)
      if (v === null) return m[0]!
      out[kind].push(...(Array.isArray(v) ? v : [v]))
      return ' '
    })
  }
  take('phones', PHONE, (m) => {
    const digits = m[0]!.replace(/\D/g, '')
    return digits.length >= 7 && !/^\d{4}[-.]\d{1,2}[-.]\d{1,2}$/.test(m[0]!.trim()) ? digits : null
  })
  take('dates', YMD, (m) => {
    const [y, mo, d] = [m[1], m[2] ?? m[4], m[3] ?? m[5]].map(Number) as [number, number, number]
    if (Number.isNaN(mo) || Number.isNaN(d)) return null
    return forFacts ? [`${y}-${mo}-${d}`, `${mo}-${d}`, `d${d}`] : `${y}-${mo}-${d}`
  })
  take('dates', MD, (m) => (forFacts ? [`${Number(m[1])}-${Number(m[2])}`, `d${Number(m[2])}`] : `${Number(m[1])}-${Number(m[2])}`))
  take('times', HM, (m) => `${hour(Number(m[2]), m[1], m[4])}:${m[3]}`)
  take('times', H_CN, (m) => `${hour(Number(m[2]), m[1], undefined)}:${m[4] ? '30' : (m[3] ?? '0').padStart(2, '0')}`)
  take('times', H_EN, (m) => `${hour(Number(m[1]), undefined, m[2])}:00`)
  take('dates', DAY, (m) => `d${Number(m[1])}`)
  take('weekdays', WEEKDAY_ZH, (m) => WEEKDAY_INDEX[m[1]!] ?? m[1]!)
  take('weekdays', WEEKDAY_EN, (m) => WEEKDAY_INDEX[m[1]!.toLowerCase()]!)
  for (const m of s.matchAll(ADDRESS)) {
    const word = m[0]
    if (!COMMON_PLACE_WORDS.test(word.slice(1)) && !COMMON_PLACE_WORDS.test(word)) out.addresses.push(word)
  }
  out.numbers = [...s.matchAll(NUMBER)].map((m) => String(Number(m[0])))
  return out
}

function factsOf(text: string): Facts {
  const e = extract(text, true)
  // Numbers inside phones, dates and times count as given numbers too.
  const allNumbers = [...normalizeFacts(text).matchAll(NUMBER)].map((m) => String(Number(m[0])))
  return {
    phones: new Set(e.phones),
    dates: new Set(e.dates),
    times: new Set(e.times),
    weekdays: new Set(e.weekdays),
    numbers: new Set([...e.numbers, ...allNumbers]),
    text: normalizeFacts(text).replace(/\s+/g, ''),
  }
}

/** The kinds of fact the answer states that the facts do not contain (empty: nothing invented). */
export function inventedFacts(answer: string, facts: string): FactKind[] {
  const f = factsOf(facts)
  const a = extract(answer, false)
  const bad = new Set<FactKind>()
  for (const p of a.phones) if (!f.phones.has(p)) bad.add('phone')
  for (const d of a.dates) if (!f.dates.has(d)) bad.add('date')
  for (const t of a.times) if (!f.times.has(t)) bad.add('time')
  for (const w of a.weekdays) if (!f.weekdays.has(w)) bad.add('weekday')
  for (const w of a.addresses) if (!f.text.includes(w)) bad.add('address')
  for (const n of a.numbers) if (!f.numbers.has(n)) bad.add('number')
  return [...bad]
}

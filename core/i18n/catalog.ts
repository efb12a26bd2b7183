import type { Lang } from '../model/records.js'
import { toTraditionalChinese } from '../nlu/normalize.js'
import { en } from './en.js'
import { zhHans } from './zh-hans.js'

export type MessageKey = keyof typeof zhHans
export type Params = Record<string, string | number>

// zh-Hant is derived from zh-Hans by OpenCC, so the two never drift apart.
const zhHant = Object.fromEntries(Object.entries(zhHans).map(([k, v]) => [k, toTraditionalChinese(v)])) as Record<MessageKey, string>
const catalogs: Record<Lang, Record<MessageKey, string>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en }

/** The message `key` in `lang`, with {placeholders} filled. Record text in params is left as is. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogs[lang][key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Record text (names, places, schedules) shown in the reader's script. */
export function recordText(lang: Lang, text: string): string {
  return lang === 'zh-Hant' ? toTraditionalChinese(text) : text
}

const WEEKDAYS: Record<Lang, string[]> = {
  'zh-Hans': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  'zh-Hant': ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
}

export function formatWallClock(lang: Lang, o: { year: number; month: number; day: number; hour: number; minute: number; weekday: number }): string {
  const hm = `${String(o.hour).padStart(2, '0')}:${String(o.minute).padStart(2, '0')}`
  if (lang === 'en') return `${WEEKDAYS.en[o.weekday]} ${o.year}-${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')} ${hm}`
  return `${o.year}年${o.month}月${o.day}日（${WEEKDAYS[lang][o.weekday]}）${hm}`
}

import { INDUSTRY_WORDS, LEGAL_FORMS, SHOP_SUFFIX } from './name-parts.js'

// Spotting a company name that the directory may not know: "我们公司叫重庆川渝达通物流",
// "（重庆环亚进出口）", "叫一点甜". Such a phrase must become `unknown`, never a near company.

export interface Phrase {
  start: number
  end: number
  /** The phrase as written (normalized). */
  name: string
  /** The part that must be covered by a fuzzy hit for the hit to stand for it. */
  coreStart: number
  coreEnd: number
}

/** Characters that never occur inside a name in running text: particles, pronouns, question words. */
const STOP = new Set([...'的了在是吗呢啊吧呀嘛和与及或从去到我你他她它们这那哪谁啥么什怎想要能会有没不也都就还说问请找给跟'])

const NAME_TRIGGER = /(名字叫|名字是|名称是|叫做|名叫|公司是|单位是|公司名是|公司名叫|店名是|店名叫|叫)/g
const PLAIN_CALL_CONTEXT = /(公司|单位|企业|店|厂|馆|工作室|东家|老板|我们|我家|一家|这家|那家|一间)/
const REGION = /(重庆市?|北京市?|上海市?|天津市?|成都市?)/g
const INDUSTRY_RE = new RegExp(`(${[...INDUSTRY_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'g')
const LEGAL_TAIL = new RegExp(`^(${LEGAL_FORMS.join('|')}|厂|店|馆)`)

/** Words that describe a kind of business rather than name one (外贸公司, 奶茶店). */
const GENERIC_PREFIX = new Set(['外贸', '私营', '民营', '国营', '国有', '上市', '私人', '个体', '小', '大', '新', '老', '原', '分', '总', '互联网', '快递', '一个', '某'])
const DESCRIBER = /(一家|这家|那家|一个|这个|那个|某个|某家|哪家|每家)$/
const DESCRIBER_INSIDE = /(一家|这家|那家|一个|这个|那个|某个|某家|每家|一间|那边|这边)/
/** "一家外贸公司": a description of a company, not its name. */
const DESCRIBED = /^(一家|这家|那家|一个|这个|那个|某个|某家|哪家|每家|本)/

function nameRun(t: string, from: number, max: number): number {
  let i = from
  while (i < t.length && i - from < max) {
    const c = t[i] ?? ''
    if (c === ' ' || STOP.has(c)) break
    i++
  }
  return i
}

function runBackFrom(t: string, end: number, max: number): number {
  let i = end
  while (i > 0 && end - i < max) {
    const c = t[i - 1] ?? ''
    if (c === ' ' || STOP.has(c) || !/\p{Script=Han}/u.test(c)) break
    i--
  }
  return i
}

/** Company-like phrases in a normalized (keep-spaces) text, in order of position. */
export function companyPhrases(t: string): Phrase[] {
  const out: Phrase[] = []
  // 1. "叫 X" / "公司是 X": the name is what follows, up to a particle or a break.
  for (const m of t.matchAll(NAME_TRIGGER)) {
    // A bare 叫 names a company only when a company was just spoken of (我们公司叫…, 一家店 叫…).
    if (m[0] === '叫' && !PLAIN_CALL_CONTEXT.test(t.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue
    const start = (m.index ?? 0) + m[0].length
    const end = nameRun(t, start, 14)
    if (end - start >= 2) out.push(phrase(t, start, end))
  }
  // 2. A region followed by a name that ends in an industry word: 重庆川渝达通物流.
  for (const m of t.matchAll(REGION)) {
    const start = m.index ?? 0
    const nameStart = start + m[0].length
    const limit = nameRun(t, nameStart, 14)
    INDUSTRY_RE.lastIndex = nameStart + 2
    const ind = INDUSTRY_RE.exec(t)
    if (!ind || ind.index + ind[0].length > limit) continue
    let end = ind.index + ind[0].length
    const tail = LEGAL_TAIL.exec(t.slice(end))
    if (tail) end += tail[0].length
    out.push(phrase(t, start, end))
  }
  // 3. A name followed by a legal form or shop word: 一点甜奶茶店, 达通物流有限公司.
  const shop = new RegExp(SHOP_SUFFIX.source, 'g')
  for (const m of t.matchAll(shop)) {
    const end = (m.index ?? 0) + m[0].length
    let start = runBackFrom(t, m.index ?? 0, 10)
    // "南坪一家奶茶店", "界石那边一个物流公司": what precedes the describer is where the place is,
    // not part of a name; the name, if any, is what follows it.
    const inner = DESCRIBER_INSIDE.exec(t.slice(start, m.index))
    if (inner && inner.index > 0) start += inner.index + inner[0].length
    const prefix = t.slice(start, m.index)
    if (prefix.length < 2 || GENERIC_PREFIX.has(prefix) || INDUSTRY_WORDS.includes(prefix)) continue
    if (DESCRIBER.test(t.slice(Math.max(0, start - 2), start)) || DESCRIBED.test(prefix)) continue
    out.push(phrase(t, start, end))
  }
  return dedupe(out)
}

function phrase(t: string, start: number, end: number): Phrase {
  const name = t.slice(start, end)
  const region = /^(重庆市?|北京市?|上海市?|天津市?|成都市?)/.exec(name)
  let coreStart = start + (region?.[0].length ?? 0)
  let coreEnd = end
  const legal = new RegExp(`(${LEGAL_FORMS.join('|')})$`).exec(name)
  if (legal && coreEnd - legal[0].length - coreStart >= 2) coreEnd -= legal[0].length
  if (coreEnd - coreStart < 2) coreStart = start
  return { start, end, name, coreStart, coreEnd }
}

/** Keeps the longest of overlapping phrases. */
function dedupe(list: Phrase[]): Phrase[] {
  const sorted = [...list].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Phrase[] = []
  for (const p of sorted) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p)
  return kept.sort((a, b) => a.start - b.start)
}

import type { Directory } from '../directory/directory.js'
import type { Enterprise } from '../model/records.js'
import { BranchIndex } from './branch-index.js'
import { companyPhrases, type Phrase } from './company-phrases.js'
import { KeyMap } from './key-map.js'
import { pickMention, type Span } from './mention-pick.js'
import { normalizeManyForMatch } from './batch-normalize.js'
import { derivedKeys, latinBoundaryOk, nameParts } from './name-parts.js'
import { normalizeForMatch, normalizeKeepSpaces } from './normalize.js'
import { PlaceIndex } from './place-index.js'
import { englishIndustry } from './english-industry.js'
import { latinOf, soundsAlike } from './pinyin-cache.js'
import { oneSubstitution, TypoIndex } from './typo-index.js'
import type { CompanyMention } from './types.js'

// Finding the company a message names, by index lookups only: every substring of the (short)
// normalized text is looked up in hash maps, so the cost does not grow with the directory.
//   names    full names and the directory's aliases (explicit: they win over derived forms)
//   derived  short forms derived from the name (恒通钢构, 智芯科技)
//   typos    names and short forms of 4-6 characters, one character wildcarded (typo-index.ts)
//   brands   the two-character brand (科瑞), used only before a cue such as 的 / 公司 / 支部,
//            and its pinyin (longteng) as a whole Latin word

const TYPO_MIN = 4
const TYPO_MAX = 6
/** What may follow a bare brand for it to be read as a company: 科瑞的, 智芯二支部, 联创那边. */
const BRAND_CUE = /^(的|公司|厂|店|那边|这边|那里|这里|上班|工作|做事|第?[一二三四五六七八九十\d]?(党)?(支部|总支|党委))/

/** Where a bare brand + 的 may stand: the start, or after 在/是/从/去/到/我们/请问… (not after 很). */
const BRAND_BEFORE_DE = /[ 在是从去到们家叫于问下]/

/** Tier of a hit: exact beats typo beats bare brand. */
type Tier = 0 | 1 | 2

export interface CompanyHit extends Span {
  ids: readonly number[]
  tier: Tier
}

export interface CompanyFind {
  mention: CompanyMention
  /** Where the chosen mention is in the normalized text (null for none). */
  span: Span | null
  /** Every span read as a company, chosen or not: a place inside one is not a place. */
  spans: Span[]
}

export class CompanyIndex {
  readonly places: PlaceIndex
  readonly branches: BranchIndex
  private readonly enterprises: Enterprise[]
  private readonly names = new KeyMap()
  private readonly derived = new KeyMap()
  private readonly typos = new TypoIndex()
  private readonly brands = new KeyMap(false)
  /** The brand in pinyin (longteng): English messages name a company so. */
  private readonly latinBrands = new KeyMap(false)
  /** Shorter pinyin brands (anda): too plain alone, so read only before an industry word (Anda HR). */
  private readonly shortLatinBrands = new KeyMap(false)
  private readonly typoKeyCache = new Map<string, string[]>()

  private constructor(dir: Directory) {
    this.enterprises = [...dir.allEnterprises()]
    this.places = PlaceIndex.build(dir)
    // Normalize every name and Han alias in one batch: the converter is the costly part.
    const raw: string[] = []
    for (const e of this.enterprises) raw.push(e.name, ...e.aliases.filter((a) => HAN.test(a)))
    const normalized = normalizeManyForMatch(raw)
    let k = 0
    this.enterprises.forEach((e, id) => {
      const full = normalized[k++]!
      const han: string[] = []
      for (const a of e.aliases) {
        if (HAN.test(a)) han.push(normalized[k++]!)
        else this.addKey(normalizeKeepSpaces(a), id)
      }
      this.addEnterprise(id, full, han)
    })
    // A branch named after a company (重庆科瑞药业有限公司党支部) belongs to that company.
    this.branches = BranchIndex.build(dir, this.places, (name) => {
      const ids = this.names.get(name)
      return ids?.length === 1 ? this.enterprises[ids[0]!] : undefined
    })
  }

  static build(dir: Directory): CompanyIndex {
    return new CompanyIndex(dir)
  }

  get size(): number {
    return this.enterprises.length
  }

  enterprise(id: number): Enterprise {
    return this.enterprises[id]!
  }

  private addKey(key: string, id: number): void {
    if (key.length >= 2) this.names.add(key, id)
  }

  private addEnterprise(id: number, full: string, hanAliases: string[]): void {
    this.addKey(full, id)
    for (const a of hanAliases) this.addKey(a, id)
    const parts = nameParts(full, this.places.leadingPlace)
    const derived = derivedKeys(parts)
    for (const k of derived) this.derived.add(k, id)
    if (parts.industry.length > 0 && this.places.leadingPlace(parts.brand) === 0 && HAN_ONLY.test(parts.brand)) {
      this.brands.add(parts.brand, id)
      const latin = latinOf(parts.brand)
      if (latin.length >= 5) this.latinBrands.add(latin, id)
      else if (latin.length >= 3) this.shortLatinBrands.add(latin, id)
    }
    for (const k of typoKeys(full, hanAliases, derived)) this.typos.add(k, id)
  }

  /** True when the company's name or a Han alias contains one of the industry words. */
  private hasIndustry(id: number, words: readonly string[]): boolean {
    const e = this.enterprise(id)
    return words.some((w) => e.name.includes(w) || e.aliases.some((a) => a.includes(w)))
  }

  /** The typo-tolerant keys of one company, recomputed to check a typo candidate (cached). */
  private typoKeysOf(e: Enterprise): string[] {
    const cached = this.typoKeyCache.get(e.id)
    if (cached) return cached
    const full = normalizeForMatch(e.name)
    const han = e.aliases.filter((a) => HAN.test(a)).map((a) => normalizeForMatch(a))
    const keys = [...typoKeys(full, han, derivedKeys(nameParts(full, this.places.leadingPlace)))]
    if (this.typoKeyCache.size >= 5000) this.typoKeyCache.clear()
    this.typoKeyCache.set(e.id, keys)
    return keys
  }

  /**
   * The companies a window fits with one wrong character, checked against their real keys.
   * Pinyin input makes homophone slips (智新/智芯, 宏图/鸿图, 药也/药业): when several fit, those
   * whose differing character sounds like the one typed are kept.
   */
  private typoFits(s: string, candidates: Set<number>): number[] {
    const fits: number[] = []
    const homophones: number[] = []
    for (const id of candidates) {
      let fit = false
      let sounds = false
      for (const k of this.typoKeysOf(this.enterprise(id))) {
        const at = oneSubstitution(k, s)
        if (at < 0) continue
        const alike = soundsAlike(k[at]!, s[at]!)
        // The brand (first two characters) is the company's identity: a slip there must sound
        // alike (智新 → 智芯), or 最新电子 would be read as 创新电子.
        if (at < 2 && !alike) continue
        fit = true
        sounds ||= alike
      }
      if (fit) fits.push(id)
      if (sounds) homophones.push(id)
    }
    return homophones.length > 0 ? homophones : fits
  }

  /**
   * Finds the company a raw message names. `answering`: the message answers "which company?",
   * so a bare brand at its end (科瑞, 我是智芯) is a company even without a cue after it.
   */
  find(text: string, options: { answering?: boolean } = {}): CompanyMention {
    return this.findNormalized(normalizeKeepSpaces(text.slice(0, 500)), options).mention
  }

  /** The same on text already normalized with normalizeKeepSpaces. */
  findNormalized(t: string, options: { answering?: boolean } = {}): CompanyFind {
    let hits = resolve(this.exactHits(t))
    const phrases = companyPhrases(t).filter((p) => !hits.some((h) => overlaps(h, p)))
    if (hits.length === 0) hits = resolve([...this.typoHits(t), ...this.brandHits(t, phrases, options.answering ?? false)])
    // A fuzzy hit stands for a company-like phrase only if it covers the phrase's core; else
    // the phrase names a company we do not know and no near company may be guessed for it.
    const kept = hits.filter((h) => h.tier === 0 || !phrases.some((p) => overlaps(h, p) && !covers(h, p)))
    const unknown = phrases.filter((p) => !kept.some((h) => overlaps(h, p)))
    const mentions: (Span & { hit?: CompanyHit; phrase?: Phrase })[] = [
      ...kept.map((hit) => ({ start: hit.start, end: hit.end, hit })),
      ...unknown.map((phrase) => ({ start: phrase.start, end: phrase.end, phrase })),
    ].sort((a, b) => a.start - b.start)
    const spans = mentions.map(({ start, end }) => ({ start, end }))
    // A directory hit is precise; a company-like phrase is a guess (注册时公司…): prefer the hit.
    const chosen = pickMention(t, mentions, (m) => m.phrase !== undefined)
    if (!chosen) return { mention: { kind: 'none' }, span: null, spans }
    const span = { start: chosen.start, end: chosen.end }
    if (chosen.phrase) return { mention: { kind: 'unknown', name: chosen.phrase.name }, span, spans }
    const ids = chosen.hit!.ids
    const matched = t.slice(chosen.start, chosen.end)
    if (ids.length === 1) return { mention: { kind: 'one', enterprise: this.enterprise(ids[0]!), matched }, span, spans }
    return { mention: { kind: 'ambiguous', candidates: ids.map((id) => this.enterprise(id)), matched }, span, spans }
  }

  private exactHits(t: string): CompanyHit[] {
    const hits: CompanyHit[] = []
    for (let i = 0; i < t.length - 1; i++) {
      if (t[i] === ' ') continue
      const p2 = t.slice(i, i + 2)
      const max = Math.min(Math.max(this.names.maxLenFrom(p2), this.derived.maxLenFrom(p2)), t.length - i)
      for (let l = 2; l <= max; l++) {
        const s = t.slice(i, i + l)
        const ids = this.names.get(s) ?? this.derived.get(s)
        if (ids && latinBoundaryOk(t, i, i + l)) hits.push({ start: i, end: i + l, ids, tier: 0 })
      }
    }
    return hits
  }

  private typoHits(t: string): CompanyHit[] {
    const hits: CompanyHit[] = []
    for (let i = 0; i + TYPO_MIN <= t.length; i++) {
      for (let l = TYPO_MAX; l >= TYPO_MIN; l--) {
        const s = t.slice(i, i + l)
        if (s.length < l || !/^\p{Script=Han}+$/u.test(s)) continue
        const candidates = new Set<number>()
        this.typos.candidates(s, candidates)
        if (candidates.size === 0) continue
        const fits = this.typoFits(s, candidates)
        if (fits.length > 0) hits.push({ start: i, end: i + l, ids: fits, tier: 1 })
      }
    }
    return hits
  }

  private brandHits(t: string, phrases: Phrase[], answering: boolean): CompanyHit[] {
    const hits: CompanyHit[] = []
    for (let i = 0; i < t.length - 1; i++) {
      const ids = this.brands.get(t.slice(i, i + 2))
      if (!ids) continue
      // Before a cue (科瑞的), or when it is exactly the name a phrase gives (叫科瑞).
      const named = phrases.some((p) => p.coreStart === i && p.coreEnd === i + 2)
      const cue = BRAND_CUE.exec(t.slice(i + 2, i + 8))
      // "X的" reads as a company only where a company is expected (科瑞的…, 我是科瑞的), not
      // after an adverb (很安心的): 的 follows every adjective.
      const placed = cue?.[0] !== '的' || i === 0 || BRAND_BEFORE_DE.test(t[i - 1] ?? '')
      const last = answering && t.slice(i + 2).trim() === ''
      if (named || last || (cue && placed)) hits.push({ start: i, end: i + 2, ids, tier: 2 })
    }
    // A brand in pinyin is a whole Latin word: no cue needed (I work for Longteng).
    if (/[a-z]/.test(t)) {
      for (const m of t.matchAll(/[a-z]+/g)) {
        const ids = this.latinBrands.get(m[0])
        const short = ids ? undefined : this.shortLatinBrands.get(m[0])
        if (!ids && !short) continue
        const start = m.index ?? 0
        const end = start + m[0].length
        // An industry word after the brand tells same-sounding brands apart (Kerui Medical).
        const industry = englishIndustry(t.slice(end, end + 40))
        const fit = industry.length > 0 ? (ids ?? short)!.filter((id) => this.hasIndustry(id, industry.words)) : []
        if (fit.length > 0) hits.push({ start, end: end + industry.length, ids: fit, tier: 2 })
        else if (ids) hits.push({ start, end, ids, tier: 2 })
      }
    }
    return hits
  }
}

const HAN_ONLY = /^\p{Script=Han}+$/u
const HAN = /\p{Script=Han}/u

/**
 * Han names and short forms of 4-6 characters: the ones that tolerate a one-character typo.
 * Of the derived forms only the first two (core, brand + start of industry) are used: they
 * are the ones people type, and each key costs its length in index entries.
 */
function typoKeys(full: string, hanAliases: string[], derived: string[]): Set<string> {
  const out = new Set<string>()
  for (const k of [full, ...hanAliases, ...derived.slice(0, 2)]) if (k.length >= TYPO_MIN && k.length <= TYPO_MAX && HAN_ONLY.test(k)) out.add(k)
  return out
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function covers(h: Span, p: Phrase): boolean {
  return h.start <= p.coreStart && h.end >= p.coreEnd
}

/** Best first (tier, then length), keeping only hits that do not overlap a better one. */
function resolve(hits: CompanyHit[]): CompanyHit[] {
  const sorted = [...hits].sort((a, b) => a.tier - b.tier || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: CompanyHit[] = []
  for (const h of sorted) if (!kept.some((k) => overlaps(h, k))) kept.push(h)
  return kept.sort((a, b) => a.start - b.start)
}

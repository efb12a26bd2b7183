import { pinyin } from 'pinyin-pro'
import type { Directory } from '../directory/directory.js'
import type { Center } from '../model/records.js'
import { KeyMap } from './key-map.js'
import { latinBoundaryOk } from './name-parts.js'
import { normalizeForMatch } from './normalize.js'
import { pickMention, roleOf, type Span } from './mention-pick.js'

// Areas and centers a message names (南坪, 界石, 空港, bonded zone, Longxing), derived from the
// directory: center names, districts, the towns and roads of addresses, enterprise areas.

const CENTER_SUFFIX = /(党群服务中心|党员服务中心|党群活动中心|服务中心|党群中心|服务站|中心)$/
/** Kinds of zone that follow a place name; what remains is what people say (龙兴, 保税). */
const ZONE_SUFFIXES = ['经济技术开发区', '高新技术产业开发区', '高新区', '工业开发区', '经济开发区', '开发区', '工业园区', '工业园', '产业园', '科技园', '园区', '保税港区', '港区', '商圈', '新区', '片区', '街道', '镇', '乡', '区', '县']

/** The place name without its zone kind, keeping at least two characters (保税港区 → 保税). */
function zoneStem(n: string): string {
  for (const suffix of ZONE_SUFFIXES) {
    if (n.endsWith(suffix) && n.length - suffix.length >= 2) return n.slice(0, -suffix.length)
  }
  return n
}
/** Road names whose first part is a plain word, not a place (工业大道, 开发大道). */
const GENERIC_ROAD = new Set(['工业', '开发', '科技', '创业', '兴业', '人民', '解放', '中山', '建设', '和平', '文化', '新华', '胜利', '长江', '滨江', '环城', '中心', '商业', '产业', '东方', '综合', '生活'])

const TOWN_HINT = /[镇鎮乡鄉]|街道/

/** A tiny English glossary of zone words, so "bonded zone" finds 保税港区. */
const GLOSSARY: [RegExp, string][] = [
  [/\bbonded (zone|area|port)s?\b/g, ' 保税 '],
  [/\bfree trade zone\b/g, ' 自贸区 '],
  [/\b(airport economic zone|airport zone|airport area)\b/g, ' 空港 '],
  [/\b(business|commercial|shopping) district\b/g, ' 商圈 '],
  [/\bindustrial (park|zone|area)\b/g, ' 工业园 '],
  [/\b(economic )?development (zone|area)\b/g, ' 开发区 '],
  [/\bhigh[- ]tech zone\b/g, ' 高新区 '],
]

export interface PlaceHit extends Span {
  centers: Center[]
}

export class PlaceIndex {
  private readonly keys = new KeyMap()
  private readonly centers: Center[]
  /** Every Han place key, longest first: to strip a place that starts a name. */
  private readonly hanKeys = new Set<string>()
  private maxHanKey = 0
  /** First two characters of every Han key: rejects most names at once. */
  private readonly hanKeys2 = new Set<string>()

  private constructor(dir: Directory) {
    this.centers = [...dir.allCenters()]
    const seen = new Set<string>()
    const add = (key: string, ci: number, latin = true): void => {
      if (key.length < 2 || seen.has(`${key}/${ci}`)) return
      seen.add(`${key}/${ci}`)
      this.keys.add(key, ci)
      if (/^\p{Script=Han}+$/u.test(key)) {
        this.hanKeys.add(key)
        this.hanKeys2.add(key.slice(0, 2))
        this.maxHanKey = Math.max(this.maxHanKey, key.length)
        if (latin && key.length <= 4) this.keys.add(pinyin(key, { toneType: 'none', separator: '' }).toLowerCase(), ci)
      }
    }
    const addPlace = (name: string, ci: number): void => {
      const n = normalizeForMatch(name)
      add(n, ci, false)
      const stem = zoneStem(n)
      if (stem !== n && stem.length >= 2) add(stem, ci)
    }
    this.centers.forEach((c, ci) => {
      const n = normalizeForMatch(c.name)
      add(n, ci, false)
      const core = n.replace(CENTER_SUFFIX, '')
      if (core !== n) addPlace(core, ci)
      if (c.district) addPlace(c.district, ci)
      for (const p of addressPlaces(c.address, c.district)) add(p, ci)
    })
    const centerIndex = new Map(this.centers.map((c, i) => [c.id, i]))
    const areasSeen = new Set<string>()
    for (const e of dir.allEnterprises()) {
      const ci = centerIndex.get(dir.centerOfEnterprise(e)?.id ?? '')
      if (ci === undefined) continue
      if (e.area && !areasSeen.has(`${e.area}/${ci}`)) {
        areasSeen.add(`${e.area}/${ci}`)
        addPlace(e.area, ci)
      }
      // Only towns from company addresses: roads there are too many and too plain.
      if (e.address && TOWN_HINT.test(e.address)) for (const p of addressPlaces(e.address, null, false)) add(p, ci)
    }
  }

  static build(dir: Directory): PlaceIndex {
    return new PlaceIndex(dir)
  }

  /** Length of the longest place key that starts s (0 if none). */
  leadingPlace = (s: string): number => {
    if (!this.hanKeys2.has(s.slice(0, 2))) return 0
    for (let l = Math.min(this.maxHanKey, s.length); l >= 2; l--) if (this.hanKeys.has(s.slice(0, l))) return l
    return 0
  }

  /** Place mentions in a normalized (keep-spaces) text, outside the given company spans. */
  findAll(t: string, exclude: Span[] = []): PlaceHit[] {
    const text = translateZones(t)
    const hits: PlaceHit[] = []
    for (let i = 0; i < text.length - 1; i++) {
      const max = Math.min(this.keys.maxLenFrom(text.slice(i, i + 2)), text.length - i)
      for (let l = max; l >= 2; l--) {
        const ids = this.keys.get(text.slice(i, i + l))
        if (!ids || !latinBoundaryOk(text, i, i + l)) continue
        if (exclude.some((s) => i < s.end && s.start < i + l)) break
        hits.push({ start: i, end: i + l, centers: ids.map((id) => this.centers[id]!) })
        i += l - 1
        break
      }
    }
    return hits
  }

  /**
   * The area named as a center (龙兴中心) or as where the person is going (转到南坪): such a
   * mention outranks the center of the company named in the same message.
   */
  findExplicit(t: string, exclude: Span[] = []): Center | null {
    const text = translateZones(t)
    for (const h of this.findAll(t, exclude)) {
      if (h.centers.length !== 1) continue
      const named = /中心|center|centre/.test(text.slice(h.start, h.end)) || CENTER_AFTER.test(text.slice(h.end, h.end + 12))
      if (named || roleOf(text, h) === 'dest') return h.centers[0]!
    }
    return null
  }

  /** The center the text points to: one named unambiguously, the destination if several. */
  find(t: string, exclude: Span[] = []): Center | null {
    const hits = this.findAll(t, exclude).filter((h) => h.centers.length === 1)
    const distinct = new Set(hits.map((h) => h.centers[0]!.id))
    if (distinct.size === 0) return null
    if (distinct.size === 1) return hits[0]!.centers[0]!
    return pickMention(translateZones(t), hits)?.centers[0] ?? null
  }
}

/** A center word right after an area (龙兴中心, 南坪那边的党群服务中心): the center itself is named. */
const CENTER_AFTER = /^ ?(那边|这边|那个|这个)?(的)?(党群|党员|服务|中心|center|centre|service)/

/** English zone words → Chinese, padded with spaces so that positions (company spans) hold. */
function translateZones(t: string): string {
  if (!/[a-z]/.test(t)) return t
  let out = t
  for (const [re, zh] of GLOSSARY) out = out.replace(re, (m) => zh.padEnd(m.length, ' '))
  return out
}

/** Towns (龙兴镇 → 龙兴, 南彭街道 → 南彭) and, if wanted, named roads (空港大道 → 空港). */
function addressPlaces(address: string, district: string | null, roads = true): string[] {
  let a = normalizeForMatch(address)
  const d = district ? normalizeForMatch(district) : ''
  if (d && a.startsWith(d)) a = a.slice(d.length)
  else a = a.replace(/^\p{Script=Han}{2,3}?(区|县)/u, '')
  const out: string[] = []
  const town = /^(\p{Script=Han}{2,4}?)(镇|乡|街道)/u.exec(a)
  if (town) {
    out.push(town[1]! + town[2]!, town[1]!)
    return out
  }
  const road = /^(\p{Script=Han}{2}?)(大道|正街|大街|路|街)/u.exec(a)
  if (roads && road && !GENERIC_ROAD.has(road[1]!)) out.push(road[1]!)
  return out
}

import type { Directory } from '../directory/directory.js'
import type { Branch, Center, Enterprise } from '../model/records.js'
import { normalizeForMatch } from './normalize.js'
import type { PlaceIndex } from './place-index.js'
import type { Span } from './mention-pick.js'

// A branch named directly: "智芯二支部" (a company's second branch), "巴南小微企业第二联合党支部"
// (a joint branch, said with a shortened area). Read from the words just before 支部: the
// company named there and an ordinal pick among that company's branches; otherwise the
// words are scored against branch names by shared character pairs, rare pairs weighing more.

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const EN_ORDINALS: Record<string, number> = { first: 1, '1st': 1, one: 1, '1': 1, second: 2, '2nd': 2, two: 2, '2': 2, third: 3, '3rd': 3, three: 3, '3': 3 }
const EN_ORDINAL_BEFORE = /\b(first|second|third|1st|2nd|3rd)( party)? branch\b/
const EN_ORDINAL_AFTER = /\bbranch (?:no ?|number |#)?(one|two|three|[123])\b/
const WINDOW = 16
const MIN_SCORE = 3
const MIN_SCORE_IN_AREA = 1.5
const MIN_MARGIN = 1
/** A message names a branch in its first few mentions of 支部; more is noise (or abuse). */
const MAX_REFS = 4

function ordinalValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  const v = NUMERALS[s]
  return v ?? null
}

/** The ordinal of a branch name: 第二支部, 第一联合党支部, 党总支第一支部. */
function branchOrdinal(name: string): number | null {
  const m = /第([一二三四五六七八九十]|\d{1,2})(联合)?(党)?(支部|总支)/u.exec(name)
  return m ? ordinalValue(m[1]!) : null
}

/** The ordinal just before 支部 in a message: 二支部, 第二联合党支部, 2支部 (not 哪一支部). */
function textOrdinal(window: string): number | null {
  const m = /(哪|同|每|任|这|那|某)?(第)?([一二三四五六七八九十两]|\d{1,2})(联合)?(党)?$/u.exec(window)
  if (!m || m[1]) return null
  return ordinalValue(m[3]!)
}

/** 党 before 支部 / 总支 / 委 is often left out when a branch is named: compare without it. */
function dropParty(s: string): string {
  return s.replace(/党(?=总支|支部|委)/g, '')
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2))
  return out
}

interface BranchEntry {
  branch: Branch
  ordinal: number | null
  owner: Enterprise | undefined
}

export class BranchIndex {
  private readonly entries: BranchEntry[] = []
  private readonly byPair = new Map<string, number[]>()
  private readonly idf = new Map<string, number>()
  private readonly byOwner = new Map<string, number[]>()

  private constructor(
    private readonly dir: Directory,
    private readonly places: PlaceIndex,
    ownerOf: (normalizedName: string) => Enterprise | undefined,
  ) {
    for (const b of dir.allBranches()) {
      const n = normalizeForMatch(b.name)
      let owner: Enterprise | undefined
      let ownerLen = 0
      for (let l = n.length - 1; l >= 4 && !owner; l--) {
        owner = ownerOf(n.slice(0, l))
        if (owner) ownerLen = l
      }
      const bi = this.entries.push({ branch: b, ordinal: branchOrdinal(n), owner }) - 1
      if (owner) this.byOwner.set(owner.id, [...(this.byOwner.get(owner.id) ?? []), bi])
      // A company's branch is reached through the company; an area prefix is matched as a
      // place. Only the rest (小微企业第二联合党支部) describes the branch by words.
      const desc = dropParty(n.slice(owner ? ownerLen : places.leadingPlace(n)))
      for (const g of bigrams(desc)) {
        const list = this.byPair.get(g)
        if (list) list.push(bi)
        else this.byPair.set(g, [bi])
      }
    }
    const total = this.entries.length
    for (const [g, list] of this.byPair) this.idf.set(g, Math.log(1 + total / list.length))
  }

  static build(dir: Directory, places: PlaceIndex, ownerOf: (normalizedName: string) => Enterprise | undefined): BranchIndex {
    return new BranchIndex(dir, places, ownerOf)
  }

  /**
   * The branch named directly in a normalized (keep-spaces) text, or null. `company` is the
   * company found in the text, with its span.
   */
  find(t: string, company: { enterprise: Enterprise; span: Span } | null): Branch | null {
    // English: "the second branch of Zhixin", "Zhixin branch 2": an ordinal among the company's.
    if (company && /[a-z]/.test(t)) {
      const m = EN_ORDINAL_BEFORE.exec(t) ?? EN_ORDINAL_AFTER.exec(t)
      const ordinal = m ? EN_ORDINALS[m[1]!] : undefined
      if (ordinal !== undefined) {
        const found = this.ofCompany(company.enterprise).filter((e) => e.ordinal === ordinal)
        if (found.length === 1) return found[0]!.branch
      }
    }
    let refs = 0
    for (let at = t.indexOf('支部'); at >= 0 && refs++ < MAX_REFS; at = t.indexOf('支部', at + 2)) {
      let from = at
      while (from > 0 && at - from < WINDOW && t[from - 1] !== ' ') from--
      const window = t.slice(from, at)
      if (window.length === 0) continue
      const ordinal = textOrdinal(window)
      if (company && company.span.end <= at && company.span.end >= from) {
        if (ordinal === null) continue
        const found = this.ofCompany(company.enterprise).filter((e) => e.ordinal === ordinal)
        if (found.length === 1) return found[0]!.branch
        continue
      }
      const best = this.score(window, ordinal)
      if (best) return best
    }
    return null
  }

  private ofCompany(e: Enterprise): BranchEntry[] {
    const own = (this.byOwner.get(e.id) ?? []).map((i) => this.entries[i]!)
    const more = this.dir
      .branchesOfEnterprise(e)
      .filter((b) => !own.some((o) => o.branch === b))
      .map((b) => ({ branch: b, ordinal: branchOrdinal(normalizeForMatch(b.name)), owner: e }))
    return [...own, ...more]
  }

  private score(window: string, ordinal: number | null): Branch | null {
    const areaCenters = new Set<string>()
    for (const h of this.places.findAll(window)) if (h.centers.length === 1) areaCenters.add((h.centers[0] as Center).id)
    const scores = new Map<number, number>()
    // The words before 支部 and 支部 itself, compared without 党 (联合支部 = 联合党支部).
    for (const g of bigrams(dropParty(window + '支部'))) {
      const list = this.byPair.get(g)
      // A pair in a quarter of all branches (联合, 支部 in a big directory) tells nothing apart.
      if (!list || list.length > Math.max(50, this.entries.length / 4)) continue
      const w = this.idf.get(g) ?? 0
      for (const bi of list) scores.set(bi, (scores.get(bi) ?? 0) + w)
    }
    let best: [number, number] | null = null
    let second = 0
    for (const [bi, raw] of scores) {
      const e = this.entries[bi]!
      if (areaCenters.size > 0 && !areaCenters.has(e.branch.center_id)) continue
      let s = raw
      if (ordinal !== null) {
        if (e.ordinal === ordinal) s += 2
        else if (e.ordinal !== null) continue
        else if (ordinal !== 1) s -= 1
      }
      if (!best || s > best[1]) {
        second = best?.[1] ?? 0
        best = [bi, s]
      } else if (s > second) second = s
    }
    // Within a named area few branches remain, so weaker evidence suffices (保税港区联合党支部).
    const min = areaCenters.size > 0 ? MIN_SCORE_IN_AREA : MIN_SCORE
    if (!best || best[1] < min || best[1] - second < MIN_MARGIN) return null
    return this.entries[best[0]]!.branch
  }
}

// One-typo lookup for short names (4-6 characters): each key is stored once per position with
// that position as a wildcard (科瑞药业 → *瑞药业, 科*药业, 科瑞*业, 科瑞药*), so a text window
// with one wrong character meets its key under the wildcard of that position.
// Variants are stored as 30-bit hashes, not strings: a million string keys cost seconds to
// build at 100k companies, small integers a fraction. A hash can collide, so the caller checks
// each candidate against the company's real keys.

const WILDCARD = 42 // '*'

/** Hash of s with position p replaced by the wildcard: FNV-1a, cut to a small integer. */
function variantHash(s: string, p: number): number {
  let h = (2166136261 ^ s.length) >>> 0
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ (i === p ? WILDCARD : s.charCodeAt(i)), 16777619)
  return (h >>> 0) & 0x3fffffff
}

export class TypoIndex {
  private readonly map = new Map<number, number | number[]>()

  /** Ids must be added in non-decreasing order. */
  add(key: string, id: number): void {
    for (let p = 0; p < key.length; p++) {
      const h = variantHash(key, p)
      const v = this.map.get(h)
      if (v === undefined) this.map.set(h, id)
      else if (typeof v === 'number') {
        if (v !== id) this.map.set(h, [v, id])
      } else if (v[v.length - 1] !== id) v.push(id)
    }
  }

  /** Ids whose keys may be one substitution away from the window (to be verified). */
  candidates(window: string, into: Set<number>): void {
    for (let p = 0; p < window.length; p++) {
      const v = this.map.get(variantHash(window, p))
      if (v === undefined) continue
      if (typeof v === 'number') into.add(v)
      else for (const id of v) into.add(id)
    }
  }

  get size(): number {
    return this.map.size
  }
}

/** The position where a and b (same length) differ, if they differ in exactly one; else -1. */
export function oneSubstitution(a: string, b: string): number {
  if (a.length !== b.length) return -1
  let at = -1
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue
    if (at >= 0) return -1
    at = i
  }
  return at
}

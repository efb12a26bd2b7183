/**
 * A string → ids multimap built for 100k companies: an open-addressing hash table over typed
 * arrays. A JS Map with half a million fresh string keys costs over a second to fill; this
 * costs a fraction, and most keys name a single id, stored as a number (collisions only
 * allocate an array).
 */
export class KeyMap {
  private slots = new Int32Array(1 << 12) // entry index + 1; 0 is empty
  private readonly hashes: number[] = []
  private readonly keys: string[] = []
  private readonly values: (number | number[])[] = []
  /** Longest key starting with each two-character prefix: bounds the substrings to try. */
  private readonly prefixMax = new Map<number, number>()

  constructor(private readonly trackPrefixes = true) {}

  /** Ids must be added in non-decreasing order (one source after the other): duplicates are then adjacent. */
  add(key: string, id: number): void {
    const h = hashOf(key)
    const at = this.find(key, h)
    if (at >= 0) {
      const v = this.values[at]!
      if (typeof v === 'number') {
        if (v !== id) this.values[at] = [v, id]
      } else if (v[v.length - 1] !== id) v.push(id)
    } else {
      if ((this.keys.length + 1) * 2 > this.slots.length) this.grow()
      this.keys.push(key)
      this.hashes.push(h)
      this.values.push(id)
      this.place(h, this.keys.length)
    }
    if (this.trackPrefixes) {
      const p = prefixCode(key)
      if ((this.prefixMax.get(p) ?? 0) < key.length) this.prefixMax.set(p, key.length)
    }
  }

  has(key: string): boolean {
    return this.find(key, hashOf(key)) >= 0
  }

  /** The ids of a key, or undefined. Returns a shared array: do not mutate. */
  get(key: string): readonly number[] | undefined {
    const at = this.find(key, hashOf(key))
    if (at < 0) return undefined
    const v = this.values[at]!
    return typeof v === 'number' ? [v] : v
  }

  /** The longest key that starts with the first two characters of s, 0 when none does. */
  maxLenFrom(s: string): number {
    return s.length < 2 ? 0 : (this.prefixMax.get(prefixCode(s)) ?? 0)
  }

  get size(): number {
    return this.keys.length
  }

  private find(key: string, h: number): number {
    const mask = this.slots.length - 1
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = this.slots[i]!
      if (e === 0) return -1
      if (this.hashes[e - 1] === h && this.keys[e - 1] === key) return e - 1
    }
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1
    let i = h & mask
    while (this.slots[i] !== 0) i = (i + 1) & mask
    this.slots[i] = entry
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let e = 0; e < this.keys.length; e++) this.place(this.hashes[e]!, e + 1)
  }
}

/** FNV-1a over UTF-16 code units, as a non-negative 31-bit integer. */
function hashOf(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return (h >>> 1) & 0x3fffffff
}

function prefixCode(s: string): number {
  return s.charCodeAt(0) * 65536 + s.charCodeAt(1)
}

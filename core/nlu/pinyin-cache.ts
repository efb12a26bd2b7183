import { pinyin } from 'pinyin-pro'

// Pinyin, per character and cached: the converter costs ~20 µs a call, and the index asks
// for the same few thousand characters again and again.

const MAX = 50000
const first = new Map<string, string>()
const all = new Map<string, string[]>()

/** Every toneless reading of one character (行 → xing, hang, heng). */
export function readingsOf(c: string): string[] {
  let r = all.get(c)
  if (!r) {
    r = pinyin(c, { multiple: true, type: 'array', toneType: 'none' })
    if (all.size > MAX) all.clear()
    all.set(c, r)
  }
  return r
}

/** True when two characters share a toneless reading (芯/新, 鸿/宏): a likely pinyin-input slip. */
export function soundsAlike(a: string, b: string): boolean {
  const rb = readingsOf(b)
  return readingsOf(a).some((x) => rb.includes(x))
}

/** Toneless pinyin of a short Han string, character by character (龙腾 → longteng). */
export function latinOf(s: string): string {
  let out = ''
  for (const c of s) {
    let p = first.get(c)
    if (p === undefined) {
      p = pinyin(c, { toneType: 'none' }).toLowerCase()
      if (first.size > MAX) first.clear()
      first.set(c, p)
    }
    out += p
  }
  return out
}

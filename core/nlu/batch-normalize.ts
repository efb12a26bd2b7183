import { cleanText, toSimplifiedChinese } from './normalize.js'

const CHUNK = 1000

/**
 * normalizeForMatch over many strings at once (index build over 100k names). The Traditional
 * → Simplified converter is the costly part, so: a string whose every character converts to
 * itself skips it (each distinct character is converted once and remembered); the rest are
 * converted a thousand at a time, joined by newlines, which no conversion phrase spans.
 */
export function normalizeManyForMatch(list: readonly string[]): string[] {
  const same = new Map<string, boolean>()
  const unchanged = (s: string): boolean => {
    for (const c of s) {
      if (c.charCodeAt(0) < 0x2e80) continue
      let v = same.get(c)
      if (v === undefined) same.set(c, (v = toSimplifiedChinese(c) === c))
      if (!v) return false
    }
    return true
  }
  const cleaned = list.map((s) => cleanText(s).replace(/\n/g, ' '))
  const simplified = cleaned.slice()
  const todo = cleaned.flatMap((s, i) => (unchanged(s) ? [] : [i]))
  for (let i = 0; i < todo.length; i += CHUNK) {
    const ids = todo.slice(i, i + CHUNK)
    const out = toSimplifiedChinese(ids.map((j) => cleaned[j]!).join('\n')).split('\n')
    ids.forEach((j, k) => (simplified[j] = out[k] ?? cleaned[j]!))
  }
  return simplified.map((s) => s.toLowerCase().replace(/[^\p{Script=Han}a-z0-9]+/gu, ''))
}

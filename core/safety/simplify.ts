import { toSimplifiedChinese } from '../nlu/normalize.js'

/*
 * OpenCC conversion costs ~10–30 µs per short message, more than all our patterns together,
 * and most messages are already Simplified. So we learn once, from OpenCC itself, which
 * characters it would change, and convert only messages containing one of them.
 * (Built at load: ~50 ms once; stays in step with the installed OpenCC tables.)
 */
function buildTraditionalSet(): ReadonlySet<number> {
  const chars: string[] = []
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c))
  const out = toSimplifiedChinese(chars.join('\n')).split('\n')
  const set = new Set<number>()
  if (out.length !== chars.length) return set // unexpected table shape: fall back to always converting
  out.forEach((o, i) => {
    const ch = chars[i]
    if (ch !== undefined && o !== ch) set.add(ch.charCodeAt(0))
  })
  return set
}

const TRADITIONAL = buildTraditionalSet()

// assess() converts the same message twice (the rules' views, then the model's tokens): the
// last conversion is kept so a Traditional message pays OpenCC once.
let last: { from: string; to: string } = { from: '', to: '' }

export function toSimplifiedIfNeeded(text: string): string {
  if (text === last.from) return last.to
  let out = text
  if (TRADITIONAL.size === 0) out = toSimplifiedChinese(text)
  else
    for (let i = 0; i < text.length; i++) {
      if (TRADITIONAL.has(text.charCodeAt(i))) {
        out = toSimplifiedChinese(text)
        break
      }
    }
  last = { from: text, to: out }
  return out
}

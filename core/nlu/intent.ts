import { RULES, SIDE_QUESTION } from './intent-rules.js'
import { normalizeKeepSpaces } from './normalize.js'
import type { Intent } from './types.js'

// Deterministic intent classification: weighted concept rules (intent-rules.ts) summed per
// intent, the strongest rule of each group counting once. Ties go to the intent asked first
// ("我要注册，然后查下我的支部" is a registration); a greeting wins only when nothing else is
// asked; below MIN_SCORE the message is `other`.

const MIN_SCORE = 1

export interface IntentScore {
  intent: Intent
  score: number
  /** Where the first rule of this intent matched: the earlier wins a tie. */
  at: number
}

/** Scores of every intent that any rule matched, best first. `t` is normalizeKeepSpaces text. */
export function scoreIntents(t: string): IntentScore[] {
  const side = SIDE_QUESTION.exec(t)
  const sideAt = side ? side.index : Infinity
  const best = new Map<string, { intent: Intent; w: number; at: number }>()
  RULES.forEach((r, i) => {
    const m = r.re.exec(t)
    if (!m) return
    if (r.need && !r.need.test(t)) return
    if (r.unless && r.unless.test(t)) return
    const w = m.index >= sideAt ? r.w / 2 : r.w
    const key = `${r.intent}/${r.group ?? i}`
    const prev = best.get(key)
    if (!prev || w > prev.w) best.set(key, { intent: r.intent, w, at: Math.min(m.index, prev?.at ?? Infinity) })
  })
  const by = new Map<Intent, IntentScore>()
  for (const { intent, w, at } of best.values()) {
    const s = by.get(intent)
    if (s) {
      s.score += w
      s.at = Math.min(s.at, at)
    } else by.set(intent, { intent, score: w, at })
  }
  return [...by.values()].sort((a, b) => b.score - a.score || a.at - b.at)
}

/** The intent of text already normalized with normalizeKeepSpaces. */
export function classifyNormalized(t: string): Intent {
  const scores = scoreIntents(t)
  const asked = scores.filter((s) => s.intent !== 'greeting')
  const top = asked[0]
  if (top && top.score >= MIN_SCORE) return top.intent
  if (scores.some((s) => s.intent === 'greeting')) return 'greeting'
  return 'other'
}

/** The intent of a raw message. */
export function classifyIntent(text: string): Intent {
  return classifyNormalized(normalizeKeepSpaces(text.slice(0, 500)))
}

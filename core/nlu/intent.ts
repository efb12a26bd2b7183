import { DONE_CLAUSE, QUESTION_CLAUSE, RULES, SIDE_QUESTION } from './intent-rules.js'
import { normalizeKeepSpaces } from './normalize.js'
import type { Intent } from './types.js'

// Deterministic intent classification: weighted concept rules (intent-rules.ts) summed per
// intent, the strongest rule of each group counting once. Ties go to the intent asked first
// ("我要注册，然后查下我的支部" is a registration); a greeting wins only when nothing else is
// asked; below MIN_SCORE the message is `other`.

const MIN_SCORE = 1
/** Counseling rules this heavy are risk language. */
const RISK_WEIGHT = 5

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
  const minor = minorSpans(t)
  const best = new Map<string, { intent: Intent; w: number; at: number }>()
  RULES.forEach((r, i) => {
    const m = r.re.exec(t)
    if (!m) return
    const need = r.need ? r.need.exec(t) : null
    if (r.need && !need) return
    if (r.unless && r.unless.test(t)) return
    // A rule weighs half when its words, or the words it needs (中心 for 在哪), are in a side
    // or background stretch; risk language (不想活了) never weighs less, wherever it is said.
    const minorAt = (at: number): boolean => at >= sideAt || minor.some(([a, b]) => at >= a && at < b)
    const halved = r.intent === 'counseling' && r.w >= RISK_WEIGHT ? false : minorAt(m.index) || (need !== null && minorAt(need.index))
    const w = halved ? r.w / 2 : r.w
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

/**
 * Stretches of the text whose words weigh half: a Chinese clause that states what is already
 * done (关系已经转过来了 — background, not the ask), and every clause after the first one that
 * asks something of the bot (南坪中心周六开门吗 转关系能周六办吗: the first question is the
 * main one, as with 先…然后…). Clauses are the space-separated runs of Han text.
 */
function minorSpans(t: string): [number, number][] {
  const out: [number, number][] = []
  let asked = false
  for (const m of t.matchAll(/[^ ]+/g)) {
    const c = m[0]
    const start = m.index ?? 0
    if (!HAN.test(c)) continue
    if (asked || (DONE_CLAUSE.test(c) && !QUESTION_CLAUSE.test(c))) {
      out.push([start, start + c.length])
      continue
    }
    if (QUESTION_CLAUSE.test(c) && RULES.some((r) => r.intent !== 'greeting' && r.re.test(c))) asked = true
  }
  return out
}

const HAN = /\p{Script=Han}/u

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

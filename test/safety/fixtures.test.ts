import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assess } from '../../core/safety/assess.js'
import { DistressLevel, LEVEL_RANK } from '../../core/safety/types.js'

/*
 * Every labelled distress set under test/fixtures is held to the targets of
 * scripts/eval-distress.ts, except the sets listed in FLOORS: those miss a target and are held to
 * what they measured with the current rules and model (recall minus 0.02, FPR plus 0.02), so a
 * change that regresses any set fails CI while the honest miss stays documented.
 * - blind5, 13, 18, 33, 40, 46, 47, 50, 71 are the FINAL held-out sets: never trained or tuned on
 *   (scripts/train-distress.ts refuses them). They measure what new wording gets.
 * - The other sets were used in development (rules tuned on their misses, the model trained on
 *   them); that they meet the targets says little about new wording. Their first runs, before
 *   any tuning, are in the README.
 */
interface Targets {
  highRecall: number
  concernRecall: number
  fpr: number
}
const TARGETS: Targets = { highRecall: 0.98, concernRecall: 0.9, fpr: 0.05 }
const FLOORS: Record<string, Targets> = {
  // Final held-out sets (measured: high+imminent / concern / FPR).
  'distress_blind13.jsonl': { highRecall: 0.955, concernRecall: 0.900, fpr: 0.068 }, // 0.975 / 0.957 / 0.048
  'distress_blind46.jsonl': { highRecall: 0.967, concernRecall: 0.900, fpr: 0.071 }, // 0.987 / 0.955 / 0.051
  'distress_blind47.jsonl': { highRecall: 0.967, concernRecall: 0.900, fpr: 0.071 }, // 0.987 / 1.000 / 0.051
  // Development sets still short of a target after training.
  'distress_blind9.jsonl': { highRecall: 0.955, concernRecall: 0.900, fpr: 0.082 }, // 0.975 / 0.977 / 0.062
  'distress_blind11.jsonl': { highRecall: 0.980, concernRecall: 0.900, fpr: 0.088 }, // 1.000 / 0.957 / 0.068
  'distress_blind43.jsonl': { highRecall: 0.890, concernRecall: 0.844, fpr: 0.050 }, // 0.910 / 0.864 / 0.000
  'distress_blind45.jsonl': { highRecall: 0.980, concernRecall: 0.900, fpr: 0.076 }, // 1.000 / 1.000 / 0.056
  'distress_blind57.jsonl': { highRecall: 0.955, concernRecall: 0.900, fpr: 0.050 }, // 0.975 / 1.000 / 0.000
  'distress_blind63.jsonl': { highRecall: 0.968, concernRecall: 0.900, fpr: 0.090 }, // 0.988 / 1.000 / 0.070
  'distress_blind73.jsonl': { highRecall: 0.942, concernRecall: 0.900, fpr: 0.050 }, // 0.962 / 0.977 / 0.020
  'distress_blind77.jsonl': { highRecall: 0.943, concernRecall: 0.900, fpr: 0.067 }, // 0.963 / 1.000 / 0.047
  'distress_blind84.jsonl': { highRecall: 0.954, concernRecall: 0.866, fpr: 0.091 }, // 0.974 / 0.886 / 0.071
  'distress_blind91.jsonl': { highRecall: 0.967, concernRecall: 0.900, fpr: 0.071 }, // 0.987 / 0.977 / 0.051
  'distress_blind94.jsonl': { highRecall: 0.980, concernRecall: 0.900, fpr: 0.075 }, // 1.000 / 0.956 / 0.055
}
const DIR = join(import.meta.dirname, '..', 'fixtures')
const FILES = readdirSync(DIR)
  .filter((f) => /^distress_.*\.jsonl$/.test(f))
  .sort()

interface Row {
  id: string
  text: string
  level: DistressLevel
}

function load(file: string): Row[] {
  return readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l, n) => {
      const o = JSON.parse(l) as Record<string, unknown>
      return { id: String(o.id ?? n + 1), text: String(o.text), level: DistressLevel.parse(o.label ?? o.level) }
    })
}

interface Score {
  urgent: number
  urgentHit: number
  concern: number
  concernHit: number
  none: number
  noneFlagged: number
  misses: string[]
}

/** What a user would see for each row: flagged at high or above, flagged at all, or left alone. */
function score(rows: readonly Row[]): Score {
  let urgent = 0
  let urgentHit = 0
  let concern = 0
  let concernHit = 0
  let none = 0
  let noneFlagged = 0
  const misses: string[] = []
  for (const r of rows) {
    const got = LEVEL_RANK[assess(r.text).level]
    const want = LEVEL_RANK[r.level]
    if (want >= LEVEL_RANK.high) {
      urgent++
      if (got >= LEVEL_RANK.high) urgentHit++
      else misses.push(`${r.id} ${r.level}`)
    } else if (r.level === 'concern') {
      concern++
      if (got >= LEVEL_RANK.concern) concernHit++
      else misses.push(`${r.id} concern`)
    } else {
      none++
      if (got >= LEVEL_RANK.concern) {
        noneFlagged++
        misses.push(`${r.id} none (flagged)`)
      }
    }
  }
  return { urgent, urgentHit, concern, concernHit, none, noneFlagged, misses }
}

const FINAL_HOLDOUTS = ['blind5', 'blind13', 'blind18', 'blind33', 'blind40', 'blind46', 'blind47', 'blind50', 'blind71'].map((s) => `distress_${s}.jsonl`)

describe('distress fixture sets meet the targets', () => {
  it('finds the sets', () => {
    expect(FILES).toEqual(
      expect.arrayContaining(['distress_dev.jsonl', 'distress_heldout.jsonl', 'distress_blind5.jsonl', 'distress_blind13.jsonl', 'distress_blind18.jsonl', 'distress_blind33.jsonl', 'distress_blind40.jsonl', 'distress_blind46.jsonl', 'distress_blind47.jsonl', 'distress_blind50.jsonl', 'distress_blind71.jsonl', ...Object.keys(FLOORS)]),
    )
  })

  it('pooled over the nine final held-out sets (2,000 lines never trained or tuned on): the targets', () => {
    const p = score(FINAL_HOLDOUTS.flatMap((f) => load(f)))
    expect(p.urgent + p.concern + p.none).toBe(2000)
    expect(p.urgentHit / p.urgent).toBeGreaterThanOrEqual(TARGETS.highRecall)
    expect(p.concernHit / p.concern).toBeGreaterThanOrEqual(TARGETS.concernRecall)
    expect(p.noneFlagged / p.none).toBeLessThanOrEqual(TARGETS.fpr)
  })

  for (const file of FILES) {
    const t = FLOORS[file] ?? TARGETS
    it(`${file}${FLOORS[file] ? ' (regression floor)' : ''}`, () => {
      const { urgent, urgentHit, concern, concernHit, none, noneFlagged, misses } = score(load(file))
      const why = `misses: ${misses.join(', ')}`
      if (urgent > 0) expect(urgentHit / urgent, why).toBeGreaterThanOrEqual(t.highRecall)
      if (concern > 0) expect(concernHit / concern, why).toBeGreaterThanOrEqual(t.concernRecall)
      if (none > 0) expect(noneFlagged / none, why).toBeLessThanOrEqual(t.fpr)
    })
  }
})

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assess } from '../../core/safety/assess.js'
import { DistressLevel, LEVEL_RANK } from '../../core/safety/types.js'

/*
 * Every labelled distress set under test/fixtures (dev, held-out, blind*) must keep the targets
 * of scripts/eval-distress.ts, so a lexicon change that regresses any of them fails CI.
 */
const TARGETS = { highRecall: 0.98, concernRecall: 0.9, fpr: 0.05 }
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

describe('distress fixture sets meet the targets', () => {
  it('finds the sets', () => {
    expect(FILES).toEqual(expect.arrayContaining(['distress_dev.jsonl', 'distress_heldout.jsonl', 'distress_blind1.jsonl', 'distress_blind2.jsonl']))
  })

  for (const file of FILES) {
    it(file, () => {
      const rows = load(file)
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
      const why = `misses: ${misses.join(', ')}`
      if (urgent > 0) expect(urgentHit / urgent, why).toBeGreaterThanOrEqual(TARGETS.highRecall)
      if (concern > 0) expect(concernHit / concern, why).toBeGreaterThanOrEqual(TARGETS.concernRecall)
      if (none > 0) expect(noneFlagged / none, why).toBeLessThanOrEqual(TARGETS.fpr)
    })
  }
})

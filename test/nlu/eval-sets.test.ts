import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Directory } from '../../core/directory/directory.js'
import type { CompanyIndex } from '../../core/nlu/company-index.js'
import { understand } from '../../core/nlu/understand.js'
import { loadLabelled, scoreQueries, TARGETS } from '../../scripts/query-scoring.js'
import { referenceDirectory } from './fixture.js'

// The labelled query sets against the reference directory: the dev set the rules were tuned
// on and the blind sets written before tuning. Targets: intent >= 0.90, branch >= 0.95.

const SETS = ['queries_dev.jsonl', 'queries_blind1.jsonl', 'queries_blind2.jsonl', 'queries_blind3.jsonl']

let dir: Directory
let index: CompanyIndex
beforeAll(async () => {
  ;({ dir, index } = await referenceDirectory())
})

describe.each(SETS)('%s', (file) => {
  it('meets the intent and branch targets', () => {
    const rows = loadLabelled(join(import.meta.dirname, '../fixtures', file))
    expect(rows.length).toBeGreaterThan(50)
    const score = scoreQueries(rows, rows.map((row) => understand(row.text, dir, index)))
    expect(score.accuracy.intent, score.misses.join('\n')).toBeGreaterThanOrEqual(TARGETS.intent)
    expect(score.accuracy.branch_id, score.misses.join('\n')).toBeGreaterThanOrEqual(TARGETS.branch_id)
  })
})

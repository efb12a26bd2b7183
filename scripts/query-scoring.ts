import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { Understanding } from '../core/nlu/types.js'

// How a labelled query set is read and scored: shared by scripts/eval-queries.ts and the CI
// test of the sets (test/nlu/eval-sets.test.ts), so both count the same way.

export const FIELDS = ['intent', 'enterprise_id', 'branch_id', 'center_id'] as const
export type Field = (typeof FIELDS)[number]
export const TARGETS = { intent: 0.9, branch_id: 0.95 } as const

const Labelled = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  intent: z.string(),
  enterprise_id: z.string().nullable(),
  branch_id: z.string().nullable(),
  center_id: z.string().nullable(),
})
export type Labelled = z.infer<typeof Labelled>

export function loadLabelled(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, n) => {
      const row = Labelled.safeParse(JSON.parse(l))
      if (!row.success) throw new Error(`${file}:${n + 1}: ${row.error.issues[0]?.path.join('.')} ${row.error.issues[0]?.message}`)
      return row.data
    })
}

export interface Score {
  n: number
  accuracy: Record<Field, number>
  correct: Record<Field, number>
  misses: string[]
  meetsTargets: boolean
}

export function scoreQueries(rows: readonly Labelled[], understood: readonly Understanding[]): Score {
  const correct: Record<Field, number> = { intent: 0, enterprise_id: 0, branch_id: 0, center_id: 0 }
  const misses: string[] = []
  rows.forEach((row, i) => {
    const u = understood[i]!
    const got: Record<Field, string | null> = {
      intent: u.intent,
      enterprise_id: u.company.kind === 'one' ? u.company.enterprise.id : null,
      branch_id: u.branch?.id ?? null,
      center_id: u.center?.id ?? null,
    }
    for (const f of FIELDS) {
      if (got[f] === row[f]) correct[f]++
      else misses.push(`${row.id}\t${f}\texpected ${row[f]}\tgot ${got[f]}\t${row.text}`)
    }
  })
  const n = rows.length
  const accuracy = Object.fromEntries(FIELDS.map((f) => [f, n === 0 ? 0 : correct[f] / n])) as Record<Field, number>
  return { n, accuracy, correct, misses, meetsTargets: accuracy.intent >= TARGETS.intent && accuracy.branch_id >= TARGETS.branch_id }
}

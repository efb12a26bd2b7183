// Measures the deterministic NLU on labelled queries (test/fixtures/queries_dev.jsonl by
// default): accuracy of intent, enterprise_id, branch_id, center_id, and every miss.
// Usage: npx tsx scripts/eval-queries.ts [--file queries.jsonl] [--directory folder] [--llm]
// Exit code 1 when intent < 0.90 or branch < 0.95.
import { createLlmService } from '../bots/llm/llm-runtime.js'
import { loadEnv } from '../core/config/env.js'
import type { LlmLogEvent } from '../core/llm/llm-port.js'
import { llmSummary, mapInOrder } from '../core/llm/llm-analyze.js'
import { localDay, understandWithLlm } from '../core/llm/llm-understand.js'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { understand } from '../core/nlu/understand.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const FIELDS = ['intent', 'enterprise_id', 'branch_id', 'center_id'] as const
type Field = (typeof FIELDS)[number]

interface Labelled {
  id: string
  text: string
  intent: string
  enterprise_id: string | null
  branch_id: string | null
  center_id: string | null
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<number> {
  const file = arg('--file') ?? join(root, 'test/fixtures/queries_dev.jsonl')
  const folder = arg('--directory') ?? join(root, 'test/fixtures/directory')
  const events: LlmLogEvent[] = []
  const llm = process.argv.includes('--llm') ? createLlmService(loadEnv(), { log: (e) => events.push(e) }) : null
  if (llm && !llm.configured) console.log('LLM path not configured (set OPENAI_BASE_URL / OPENAI_API_KEY); running the deterministic path')

  const dir = new Directory(await readDirectoryFolder(folder))
  const index = CompanyIndex.build(dir)
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '')
  const rows = lines.map((l) => JSON.parse(l) as Labelled)

  const correct: Record<Field, number> = { intent: 0, enterprise_id: 0, branch_id: 0, center_id: 0 }
  const misses: string[] = []
  const today = localDay(new Date(), 'Asia/Shanghai')
  const understood = await mapInOrder(rows, 4, async (row) =>
    llm?.configured ? (await understandWithLlm(llm, row.text, dir, index, { today })).understanding : understand(row.text, dir, index),
  )
  for (const [i, row] of rows.entries()) {
    const u = understood[i]!
    const got: Record<Field, string | null> = {
      intent: u.intent,
      enterprise_id: u.company.kind === 'one' ? u.company.enterprise.id : null,
      branch_id: u.branch?.id ?? null,
      center_id: u.center?.id ?? null,
    }
    for (const f of FIELDS) {
      const expected = row[f] ?? null
      if (got[f] === expected) correct[f]++
      else misses.push(`${row.id}\t${f}\texpected ${expected}\tgot ${got[f]}\t${row.text}`)
    }
  }

  const n = rows.length
  const acc = (f: Field): number => (n === 0 ? 0 : correct[f] / n)
  console.log(`n=${n}`)
  for (const f of FIELDS) console.log(`${f.padEnd(14)} ${acc(f).toFixed(3)}  (${correct[f]}/${n})`)
  if (misses.length > 0) {
    console.log(`\nmisses (${misses.length}):`)
    for (const m of misses) console.log(`  ${m}`)
  }
  if (llm?.configured) console.log(`\n${llmSummary(events)}`)
  const ok = acc('intent') >= 0.9 && acc('branch_id') >= 0.95
  if (!ok) console.log('\nFAIL: targets are intent >= 0.90 and branch_id >= 0.95')
  return ok ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(2)
  },
)

// Measures the deterministic NLU on labelled queries (test/fixtures/queries_dev.jsonl by
// default): accuracy of intent, enterprise_id, branch_id, center_id, and every miss.
// Usage: npx tsx scripts/eval-queries.ts [--file queries.jsonl] [--directory folder] [--llm]
// Exit code 1 when intent < 0.90 or branch < 0.95.
import { createLlmService } from '../bots/llm/llm-runtime.js'
import { loadEnv } from '../core/config/env.js'
import type { LlmLogEvent } from '../core/llm/llm-port.js'
import { llmSummary, mapInOrder } from '../core/llm/llm-analyze.js'
import { localDay, understandWithLlm } from '../core/llm/llm-understand.js'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { understand } from '../core/nlu/understand.js'
import { FIELDS, loadLabelled, scoreQueries, TARGETS } from './query-scoring.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
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
  const rows = loadLabelled(file)
  const today = localDay(new Date(), 'Asia/Shanghai')
  const understood = await mapInOrder(rows, 4, async (row) =>
    llm?.configured ? (await understandWithLlm(llm, row.text, dir, index, { today })).understanding : understand(row.text, dir, index),
  )
  const score = scoreQueries(rows, understood)
  console.log(`n=${score.n}`)
  for (const f of FIELDS) console.log(`${f.padEnd(14)} ${score.accuracy[f].toFixed(3)}  (${score.correct[f]}/${score.n})`)
  if (score.misses.length > 0) {
    console.log(`\nmisses (${score.misses.length}):`)
    for (const m of score.misses) console.log(`  ${m}`)
  }
  if (llm?.configured) console.log(`\n${llmSummary(events)}`)
  if (!score.meetsTargets) console.log(`\nFAIL: targets are intent >= ${TARGETS.intent} and branch_id >= ${TARGETS.branch_id}`)
  return score.meetsTargets ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(2)
  },
)

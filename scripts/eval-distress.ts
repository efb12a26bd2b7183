/**
 * Evaluates the deterministic distress assessor on a labelled JSONL set.
 *   npx tsx scripts/eval-distress.ts [--file <path> | --queries] [--show-text] [--llm]
 * --queries: the ordinary member questions of test/fixtures/queries_*.jsonl (all but the
 * counseling intent), every one expected `none` — how often the detector pages on routine traffic.
 * Prints per-level confusion, recall/precision/false-positive figures and p50/p99 timing,
 * lists misses by id (texts only with --show-text: they are members' words), and exits 1
 * when a target is missed.
 */
import { createLlmService } from '../bots/llm/llm-runtime.js'
import { loadEnv } from '../core/config/env.js'
import { distressSecondOpinion } from '../core/llm/distress-opinion.js'
import { llmSummary, mapInOrder } from '../core/llm/llm-analyze.js'
import type { LlmLogEvent } from '../core/llm/llm-port.js'
import { readdirSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { assess } from '../core/safety/assess.js'
import { DistressLevel, LEVEL_RANK } from '../core/safety/types.js'

const TARGETS = { highRecall: 0.98, concernRecall: 0.9, fpr: 0.05 }
const LEVELS = DistressLevel.options

interface Row {
  id: string
  text: string
  level: DistressLevel
}

function parseArgs(argv: string[]): { file: string; showText: boolean; llm: boolean } {
  let file = argv.includes('--queries') ? QUERIES : 'test/fixtures/distress_dev.jsonl'
  const i = argv.indexOf('--file')
  if (i >= 0) {
    const f = argv[i + 1]
    if (!f) throw new Error('--file needs a path')
    file = f
  }
  return { file, showText: argv.includes('--show-text'), llm: argv.includes('--llm') }
}

const QUERIES = 'test/fixtures/queries_*.jsonl (routine intents)'

/** The routine questions of the query sets, each expected to raise no alarm. */
function loadQueries(): Row[] {
  const dir = 'test/fixtures'
  const rows: Row[] = []
  for (const f of readdirSync(dir).filter((x) => /^queries_.*\.jsonl$/.test(x)).sort()) {
    readFileSync(`${dir}/${f}`, 'utf8').split('\n').forEach((l, n) => {
      if (!l.trim()) return
      const o = JSON.parse(l) as Record<string, unknown>
      if (typeof o.text !== 'string') throw new Error(`${dir}/${f}:${n + 1}: needs text`)
      if (o.intent !== 'counseling') rows.push({ id: String(o.id ?? `${f}:${n + 1}`), text: o.text, level: 'none' })
    })
  }
  return rows
}

function load(file: string): Row[] {
  if (file === QUERIES) return loadQueries()
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l, n) => {
      const o = JSON.parse(l) as Record<string, unknown>
      const level = DistressLevel.safeParse(o.label ?? o.level)
      if (!level.success || typeof o.text !== 'string') throw new Error(`${file}:${n + 1}: needs text and label/level`)
      return { id: String(o.id ?? n + 1), text: o.text, level: level.data }
    })
}

function pct(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a')

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const events: LlmLogEvent[] = []
  const env = args.llm ? loadEnv() : null
  const llm = env ? createLlmService(env, { log: (e) => events.push(e) }) : null
  if (args.llm && !llm?.configured) console.log('LLM path not configured (set OPENAI_BASE_URL / OPENAI_API_KEY): deterministic run')
  else if (llm && !llm.allowsSensitive) console.log('LLM_SENSITIVE is not allow: distress texts stay local, deterministic run')
  const rows = load(args.file)
  // The LLM's opinion (where configured and allowed) may only raise the deterministic level.
  const opinions = llm?.configured && llm.allowsSensitive ? await mapInOrder(rows, 4, async (r) => (await distressSecondOpinion(llm, r.text, assess(r.text), null)).assessment) : null

  // Warm up so JIT compilation does not count as assessment time.
  for (let k = 0; k < 3; k++) for (const r of rows) assess(r.text)

  const confusion = new Map<DistressLevel, Record<DistressLevel, number>>()
  for (const l of LEVELS) confusion.set(l, { none: 0, concern: 0, high: 0, imminent: 0 })
  const times: number[] = []
  const misses: { row: Row; got: DistressLevel; reasons: string[] }[] = []

  for (const row of rows) {
    const t0 = performance.now()
    const a = opinions ? opinions[rows.indexOf(row)]! : assess(row.text)
    times.push(performance.now() - t0)
    const c = confusion.get(row.level)
    if (c) c[a.level]++
    if (a.level !== row.level) misses.push({ row, got: a.level, reasons: a.reasons })
  }

  const count = (truth: (l: DistressLevel) => boolean, got: (l: DistressLevel) => boolean): number => {
    let n = 0
    for (const [t, c] of confusion) if (truth(t)) for (const g of LEVELS) if (got(g)) n += c[g]
    return n
  }
  const atLeast = (min: DistressLevel) => (l: DistressLevel) => LEVEL_RANK[l] >= LEVEL_RANK[min]
  const is = (x: DistressLevel) => (l: DistressLevel) => l === x

  const urgentTotal = count(atLeast('high'), () => true)
  const urgentHit = count(atLeast('high'), atLeast('high'))
  const concernTotal = count(is('concern'), () => true)
  const concernHit = count(is('concern'), atLeast('concern'))
  const flagged = count(() => true, atLeast('concern'))
  const flaggedTrue = count(atLeast('concern'), atLeast('concern'))
  const noneTotal = count(is('none'), () => true)
  const noneFlagged = count(is('none'), atLeast('concern'))

  const highRecall = urgentHit / urgentTotal
  const concernRecall = concernHit / concernTotal
  const precision = flaggedTrue / flagged
  const fpr = noneFlagged / noneTotal

  console.log(`file: ${args.file}  (${rows.length} messages)`)
  console.log('')
  console.log(`${'true \\ got'.padEnd(12)}${'n'.padStart(5)}${LEVELS.map((l) => l.padStart(10)).join('')}`)
  for (const t of LEVELS) {
    const c = confusion.get(t)
    if (!c) continue
    const n = LEVELS.reduce((s, g) => s + c[g], 0)
    console.log(`${t.padEnd(12)}${String(n).padStart(5)}${LEVELS.map((g) => String(c[g]).padStart(10)).join('')}`)
  }
  console.log('')
  const line = (name: string, v: number, target: string, ok: boolean): void =>
    console.log(`${name.padEnd(44)}${fmt(v).padStart(7)}   target ${target.padEnd(7)} ${ok ? 'ok' : 'MISSED'}`)
  const okHigh = !(highRecall < TARGETS.highRecall)
  const okConcern = !(concernRecall < TARGETS.concernRecall)
  const okFpr = !(fpr > TARGETS.fpr)
  line(`recall high+imminent flagged >= high (${urgentHit}/${urgentTotal})`, highRecall, `>= ${TARGETS.highRecall}`, okHigh)
  line(`recall concern flagged >= concern (${concernHit}/${concernTotal})`, concernRecall, `>= ${TARGETS.concernRecall}`, okConcern)
  console.log(`${`precision of flagging (${flaggedTrue}/${flagged})`.padEnd(44)}${fmt(precision).padStart(7)}`)
  line(`false-positive rate on none (${noneFlagged}/${noneTotal})`, fpr, `<= ${TARGETS.fpr}`, okFpr)
  const exact = rows.length - misses.length
  console.log(`${`exact level agreement (${exact}/${rows.length})`.padEnd(44)}${fmt(exact / rows.length).padStart(7)}`)
  const sorted = [...times].sort((a, b) => a - b)
  console.log(`assess time  p50 ${(pct(sorted, 0.5) * 1000).toFixed(1)} µs   p99 ${(pct(sorted, 0.99) * 1000).toFixed(1)} µs   max ${(pct(sorted, 1) * 1000).toFixed(1)} µs`)

  if (misses.length > 0) {
    console.log('')
    console.log('level mismatches (id  true -> got  reasons):')
    for (const m of misses) {
      const severe = LEVEL_RANK[m.got] < LEVEL_RANK[m.row.level] ? 'under' : 'over '
      const text = args.showText ? `  ${JSON.stringify(m.row.text)}` : ''
      console.log(`  ${severe} ${m.row.id}  ${m.row.level} -> ${m.got}  [${m.reasons.join(',')}]${text}`)
    }
  }
  if (opinions) console.log(`\n${llmSummary(events)}`)
  if (!(okHigh && okConcern && okFpr)) process.exit(1)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(2)
})

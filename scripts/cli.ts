import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { envOrExit, importAtStart, runTerminalChat, startRuntime } from '../bots/app.js'
import { analyzeLine, loadAnalyzer } from '../core/nlu/analyze-line.js'
import { createLlmService, llmLogTo } from '../bots/llm/llm-runtime.js'
import { logger } from '../bots/runtime/logger.js'
import { analyzeLineWithLlm } from '../core/llm/llm-analyze.js'
import { LlmService } from '../core/llm/llm-service.js'
import { localDay } from '../core/llm/llm-understand.js'
import { runExport } from './export.js'
import { runQr } from './qr.js'
import { importDirectory } from '../core/directory/import-service.js'
import { ImportError, LianxinError } from '../core/errors.js'

const USAGE = `usage: npm run -s lianxin -- <command>
  import <folder>                       import a directory folder (centers, branches, enterprises, people, oncall CSV)
  analyze --directory <folder> [--llm]  JSON lines {"id","text"} on stdin → one JSON line of analysis per input
  chat [--as <person id>]               talk to the bot in the terminal
  qr <branch or enterprise id> [--bot <username>] [--out <file.png>] [--directory <folder>]
                                        PNG of the Telegram registration QR code (deep link)
  export <notice id>                    attendance CSV of a meeting notice`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'import':
      return runImport(rest)
    case 'analyze':
      return runAnalyze(rest)
    case 'chat':
      return runChat(rest)
    case 'qr':
      return runQr(rest)
    case 'export':
      return runExport(rest)
    default:
      process.stderr.write(`${USAGE}\n`)
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2
  }
}

async function runImport(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true })
  const folder = positionals[0]
  if (!folder) {
    process.stderr.write('usage: npm run -s lianxin -- import <folder>\n')
    return 2
  }
  const rt = await startRuntime(envOrExit())
  try {
    const s = await importDirectory(folder, rt.redis, rt.keys)
    process.stdout.write(`imported ${folder}: ${s.centers} centers, ${s.branches} branches, ${s.enterprises} enterprises, ${s.people} people, ${s.shifts} shifts (version ${s.version})\n`)
    return 0
  } catch (err) {
    if (!(err instanceof ImportError)) throw err
    for (const p of err.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`)
    process.stderr.write(`import rejected: ${err.problems.length} problem(s); the previous directory is unchanged\n`)
    return 1
  } finally {
    await rt.stop()
  }
}

/** Needs no Redis and no network: the directory is read straight from the folder. */
async function runAnalyze(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { directory: { type: 'string' }, llm: { type: 'boolean' } } })
  if (!values.directory) {
    process.stderr.write('usage: npm run -s lianxin -- analyze --directory <folder> [--llm] < input.jsonl\n')
    return 2
  }
  // Without --llm nothing is read from the environment: analyze needs no Redis and no network.
  const env = values.llm ? envOrExit() : null
  const llm = env ? createLlmService(env, { log: llmLogTo(logger) }) : LlmService.disabled()
  if (values.llm && !llm.configured) process.stderr.write('analyze: no OPENAI_API_KEY / OPENAI_BASE_URL set; using the deterministic path\n')
  const today = localDay(new Date(), env?.LIANXIN_TZ ?? 'Asia/Shanghai')
  let analyzer
  try {
    analyzer = await loadAnalyzer(values.directory)
  } catch (err) {
    if (!(err instanceof ImportError)) throw err
    for (const p of err.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`)
    return 1
  }
  const rl = createInterface({ input: process.stdin, terminal: false })
  const out: string[] = []
  for await (const line of rl) {
    if (line.trim() === '') continue
    out.push(JSON.stringify(llm.configured ? await analyzeLineWithLlm(analyzer, line, llm, today) : analyzeLine(analyzer, line)))
    if (out.length >= 512) process.stdout.write(out.splice(0).join('\n') + '\n')
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n')
  return 0
}

async function runChat(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { as: { type: 'string' } } })
  const rt = await startRuntime(envOrExit())
  try {
    await importAtStart(rt)
    await runTerminalChat(rt, values.as)
    return 0
  } finally {
    await rt.stop()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`lianxin: ${err instanceof LianxinError ? err.message : String(err?.stack ?? err)}\n`)
    process.exit(1)
  },
)

// Scale benchmark of issue #2: a directory of 100,000 companies and 20,000 people imports into
// Redis in under 10 s, and `analyze` with it loaded handles ≥ 5,000 messages/s on one core.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { importDirectory } from '../core/directory/import-service.js'
import { loadDirectory } from '../core/store/directory-store.js'
import { startEmbeddedRedis } from '../core/store/embedded-redis.js'
import { Keys } from '../core/store/keys.js'
import { connectRedis } from '../core/store/redis.js'
import { Directory } from '../core/directory/directory.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { analyzeLine } from '../core/nlu/analyze-line.js'
import { writeSyntheticDirectory } from './synthetic-directory.js'

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 100_000)
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20_000)
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 30_000)

const folder = await mkdtemp(join(tmpdir(), 'lx-bench-dir-'))
const redisServer = await startEmbeddedRedis({ dataDir: null })
const redis = await connectRedis(redisServer.url)
try {
  await writeSyntheticDirectory(folder, { enterprises: ENTERPRISES, people: PEOPLE })

  let t = performance.now()
  const summary = await importDirectory(folder, redis, new Keys('{bench}:'))
  const importSeconds = (performance.now() - t) / 1000
  console.log(`import: ${summary.enterprises} enterprises, ${summary.people} people, ${summary.branches} branches → Redis in ${importSeconds.toFixed(2)} s (target < 10 s)`)

  t = performance.now()
  const snap = (await loadDirectory(redis, new Keys('{bench}:')))!
  const directory = new Directory(snap.data, snap.version)
  const index = CompanyIndex.build(directory)
  console.log(`load + index in a process: ${((performance.now() - t) / 1000).toFixed(2)} s`)

  // A realistic mix: company by alias, full name, typo, none, and an unknown company.
  const names = directory.allEnterprises()
  const templates = [
    (n: string) => `我是${n}的，党费在哪交`,
    (n: string) => `${n}的支部书记是谁`,
    (n: string) => `请问${n}这个月组织生活什么时候`,
    () => '服务中心几点开门',
    () => '我们公司叫重庆某某未登记科技，应该找哪个支部',
    () => '你好',
  ]
  const lines: string[] = []
  for (let i = 0; i < MESSAGES; i++) {
    const e = names[(i * 7919) % names.length]!
    const alias = e.aliases[0] ?? e.name
    const typo = alias.length >= 4 ? alias.slice(0, 2) + '某' + alias.slice(3) : alias
    const name = i % 3 === 0 ? e.name : i % 3 === 1 ? alias : typo
    lines.push(JSON.stringify({ id: String(i), text: templates[i % templates.length]!(name) }))
  }
  const analyzer = { directory, index }
  t = performance.now()
  let found = 0
  for (const line of lines) if ((analyzeLine(analyzer, line) as { enterprise_id: string | null }).enterprise_id) found++
  const seconds = (performance.now() - t) / 1000
  console.log(`analyze: ${MESSAGES} messages in ${seconds.toFixed(2)} s = ${Math.round(MESSAGES / seconds)} msgs/s on one core (target ≥ 5000); ${found} named a known company`)
  const ok = importSeconds < 10 && MESSAGES / seconds >= 5000
  console.log(ok ? 'PASS' : 'FAIL')
  process.exitCode = ok ? 0 : 1
} finally {
  redis.disconnect()
  await redisServer.stop()
  await rm(folder, { recursive: true, force: true })
}

// Scale benchmark of the NLU: a synthetic directory of 100,000 companies and 20,000 people,
// timed through CSV parsing, Directory and CompanyIndex.build, then `understand` over a mix of
// realistic messages (full names, aliases, typos, ambiguous brands, unknown companies, none).
// Usage: npx tsx scripts/bench-nlu.ts   (BENCH_ENTERPRISES, BENCH_PEOPLE, BENCH_MESSAGES override)
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { understand } from '../core/nlu/understand.js'
import { writeSyntheticDirectory } from './synthetic-directory.js'

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 100_000)
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20_000)
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 30_000)

const TEMPLATES: ((name: string) => string)[] = [
  (n) => `我是${n}的，想问下我属于哪个支部`,
  (n) => `${n}的党费在哪交`,
  (n) => `請問${n}的黨支部書記是誰`,
  (n) => `${n}这个月主题党日是哪天`,
  (n) => `我从${n}离职了，组织关系咋转`,
  (n) => `想绑定我的党员身份，公司是${n}`,
  () => '服务中心几点开门',
  () => '我们公司叫重庆川渝达通物流，应该找哪个支部',
  () => '最近压力好大 睡不着 有没有人可以聊一下',
  () => '你好',
  () => 'How do I pay party dues? What are the hours of the service center?',
  (n) => `${n.slice(0, 2)}的 组织生活啥时候`,
]

const folder = await mkdtemp(join(tmpdir(), 'lx-bench-nlu-'))
try {
  let t = performance.now()
  const summary = await writeSyntheticDirectory(folder, { enterprises: ENTERPRISES, people: PEOPLE })
  console.log(`synthetic directory: ${summary.enterprises} companies, ${summary.branches} branches, ${summary.people} people, ${summary.centers} centers (written in ${((performance.now() - t) / 1000).toFixed(2)} s)`)

  t = performance.now()
  const data = await readDirectoryFolder(folder)
  const tRead = performance.now() - t
  t = performance.now()
  const dir = new Directory(data)
  const tDir = performance.now() - t
  t = performance.now()
  const index = CompanyIndex.build(dir)
  const tIndex = performance.now() - t
  const total = (tRead + tDir + tIndex) / 1000
  console.log(`readDirectoryFolder ${(tRead / 1000).toFixed(2)} s + new Directory ${(tDir / 1000).toFixed(2)} s + CompanyIndex.build ${(tIndex / 1000).toFixed(2)} s = ${total.toFixed(2)} s (target < 10 s)`)
  console.log(`heap used after build: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`)

  // Names as people write them: full name, alias, a one-character typo of the alias.
  const firms = dir.allEnterprises()
  const aliasCount = new Map<string, number>()
  for (const e of firms) for (const a of e.aliases) aliasCount.set(a, (aliasCount.get(a) ?? 0) + 1)
  const messages: string[] = []
  const expected: (string | null)[] = []
  for (let i = 0; i < MESSAGES; i++) {
    const e = firms[(i * 7919) % firms.length]!
    const alias = e.aliases[0] ?? e.name
    const typo = alias.length >= 4 ? alias.slice(0, 2) + '某' + alias.slice(3) : alias
    const name = [e.name, alias, typo][i % 3]!
    const template = TEMPLATES[i % TEMPLATES.length]!
    messages.push(template(name))
    // Templates that use the whole name should find exactly this company (not for typos: the
    // synthetic brands are dense, so a typo often fits several companies and must be asked back).
    // Nor for an alias that two companies share (卓安包装 of 包装材料 and 包装科技): that is ambiguous.
    const unique = i % 3 === 0 || aliasCount.get(alias) === 1
    expected.push(template.length === 1 && i % 3 !== 2 && unique && i % TEMPLATES.length !== TEMPLATES.length - 1 ? e.id : null)
  }

  for (const m of messages.slice(0, 500)) understand(m, dir, index) // warm-up
  const kinds = { one: 0, ambiguous: 0, unknown: 0, none: 0 }
  t = performance.now()
  for (const m of messages) kinds[understand(m, dir, index).company.kind]++
  const seconds = (performance.now() - t) / 1000
  const rate = messages.length / seconds
  console.log(`understand: ${messages.length} messages in ${seconds.toFixed(2)} s = ${Math.round(rate)} msgs/s (target >= 5,000)`)
  console.log(`company mentions: ${JSON.stringify(kinds)}`)
  let hit = 0
  let asked = 0
  messages.forEach((m, i) => {
    if (expected[i] === null) return
    asked++
    const c = understand(m, dir, index).company
    if (c.kind === 'one' && c.enterprise.id === expected[i]) hit++
  })
  console.log(`full name or alias found as the right company: ${hit}/${asked}`)
  if (total >= 10 || rate < 5000) process.exitCode = 1
} finally {
  await rm(folder, { recursive: true, force: true })
}

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Directory } from '../../core/directory/directory.js'
import { readDirectoryFolder } from '../../core/directory/import.js'
import { CompanyIndex } from '../../core/nlu/company-index.js'
import { understand } from '../../core/nlu/understand.js'
import { writeSyntheticDirectory } from '../../scripts/synthetic-directory.js'

// The index over a synthetic directory of 20,000 companies with dense near-duplicates (one
// brand across industries, brands one character apart): lookups stay exact and fast.

let folder: string
let dir: Directory
let index: CompanyIndex
let buildMs: number

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lx-nlu-scale-'))
  await writeSyntheticDirectory(folder, { enterprises: 20_000, people: 2_000, seed: 7 })
  dir = new Directory(await readDirectoryFolder(folder))
  const started = performance.now()
  index = CompanyIndex.build(dir)
  buildMs = performance.now() - started
}, 60_000)

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('CompanyIndex at scale', () => {
  it('indexes every company and builds in well under the budget', () => {
    expect(index.size).toBe(20_000)
    expect(buildMs).toBeLessThan(5_000)
  })

  it('finds every sampled company by its full name, exactly', () => {
    const firms = dir.allEnterprises()
    for (let i = 0; i < firms.length; i += 97) {
      const e = firms[i]!
      const m = index.find(`我在${e.name}上班，党费在哪交`)
      expect(m.kind === 'one' && m.enterprise.id).toBe(e.id)
    }
  })

  it('an alias two companies share is ambiguous between exactly those', () => {
    const byAlias = new Map<string, string[]>()
    for (const e of dir.allEnterprises()) for (const a of e.aliases) byAlias.set(a, [...(byAlias.get(a) ?? []), e.id])
    const [alias, owners] = [...byAlias].find(([a, list]) => list.length === 2 && /^\p{Script=Han}+$/u.test(a))!
    const m = index.find(`${alias}的支部是哪个`)
    expect(m.kind).toBe('ambiguous')
    expect(m.kind === 'ambiguous' && m.candidates.map((e) => e.id).sort()).toEqual([...owners].sort())
  })

  it('understands thousands of messages a second (no scan over all names)', () => {
    const firms = dir.allEnterprises()
    const messages = Array.from({ length: 3_000 }, (_, i) => {
      const e = firms[(i * 131) % firms.length]!
      return i % 2 === 0 ? `${e.aliases[0]}的党费怎么交` : '服务中心几点开门，我想问下组织关系怎么转'
    })
    const started = performance.now()
    for (const m of messages) understand(m, dir, index)
    const perSecond = messages.length / ((performance.now() - started) / 1000)
    // The benchmark asks ≥ 5,000/s on one core; a loaded test machine gets a wide margin.
    expect(perSecond).toBeGreaterThan(1_500)
  })
})

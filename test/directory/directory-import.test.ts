import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importDirectory } from '../../core/directory/import-service.js'
import { readDirectoryFolder } from '../../core/directory/import.js'
import { ImportError } from '../../core/errors.js'
import { loadDirectory } from '../../core/store/directory-store.js'
import { FIXTURE_DIRECTORY } from '../support/fixtures.js'
import { testRedis, type TestRedis } from '../support/redis.js'

async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lx-dir-'))
  await cp(FIXTURE_DIRECTORY, dir, { recursive: true })
  return dir
}

async function edit(dir: string, file: string, f: (s: string) => string): Promise<void> {
  const path = join(dir, file)
  await writeFile(path, f(await readFile(path, 'utf8')))
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await readDirectoryFolder(dir)
  } catch (err) {
    if (err instanceof ImportError) return err.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)
    throw err
  }
  return []
}

describe('directory import', () => {
  let db: TestRedis
  beforeEach(async () => (db = await testRedis()))
  afterEach(async () => db.close())

  it('imports the reference fixture with every record kind', async () => {
    const s = await importDirectory(FIXTURE_DIRECTORY, db.redis, db.keys)
    expect(s).toMatchObject({ centers: 4, branches: 17, enterprises: 49, people: 81, shifts: 15 })
    const loaded = await loadDirectory(db.redis, db.keys)
    const glass = loaded!.data.enterprises.find((e) => e.id === 'e_lx_jinlong_glass')!
    expect(glass.branch_id).toBeNull() // an enterprise with no branch yet
    const night = loaded!.data.shifts.find((s) => s.person_id === 'm_cns_bd2')!
    expect(night).toMatchObject({ start: '20:00', end: '08:00', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] })
    const noPhone = loaded!.data.people.find((p) => p.id === 'm_sec_np_kerui')!
    expect(noPhone.phone).toBeNull()
  })

  it('rejects a broken copy with file:line for each problem and keeps the previous directory', async () => {
    await importDirectory(FIXTURE_DIRECTORY, db.redis, db.keys)
    const before = await db.redis.get(db.keys.directoryCurrent())
    const dir = await copyFixture()
    await edit(dir, 'people.csv', (s) => s.replace('m_001,赵志强,139-0000-2017,e_np_kerui_pharma,br_np_kerui,,member', 'm_001,赵志强,139-0000-2017,e_np_kerui_pharma,br_np_kerui,,chairman'))
    await edit(dir, 'enterprises.csv', (s) => s.replace('91500102MAW042XJDJ,南坪商圈,南岸区南坪正街 10 号,br_np_wanjia', '91500102MAW042XJDJ,南坪商圈,南岸区南坪正街 10 号,br_nowhere'))
    await edit(dir, 'branches.csv', (s) => s + 'br_np_kerui,重复的支部,standalone,c_nanping,甲,1,方式,地点,安排,地点\n')
    await edit(dir, 'centers.csv', (s) => s + 'c_short,只有三列,南岸区\n')
    const problems = await problemsOf(dir)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^people\.csv:19: role: /),
        expect.stringMatching(/^enterprises\.csv:3: branch_id: no branch has id br_nowhere/),
        expect.stringMatching(/^branches\.csv:19: duplicate id br_np_kerui \(first on line 2\)/),
        expect.stringMatching(/^centers\.csv:6: expected 7 columns, found 3/),
      ]),
    )
    await expect(importDirectory(dir, db.redis, db.keys)).rejects.toBeInstanceOf(ImportError)
    expect(await db.redis.get(db.keys.directoryCurrent())).toBe(before)
    const still = await loadDirectory(db.redis, db.keys)
    expect(still!.data.people.find((p) => p.id === 'm_001')!.role).toBe('member')
  })

  it('rejects a broken quote with the line where it starts', async () => {
    const dir = await copyFixture()
    await edit(dir, 'enterprises.csv', (s) => s.replace('e_np_xinghe,重庆星河众创咖啡有限公司', 'e_np_xinghe,"重庆星河众创咖啡有限公司'))
    const problems = await problemsOf(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^enterprises\.csv:\d+: unreadable CSV/)
  })

  it.each([
    ['a BOM and Windows line endings', (s: string) => '\uFEFF' + s.replace(/\r?\n/g, '\r\n')],
    ['Unix line endings', (s: string) => s.replace(/\r\n/g, '\n')],
  ])('accepts %s', async (_name, transform) => {
    const dir = await copyFixture()
    await edit(dir, 'enterprises.csv', transform)
    expect(await problemsOf(dir)).toEqual([])
    const data = await readDirectoryFolder(dir)
    expect(data.enterprises).toHaveLength(49)
    expect(data.enterprises[0]!.id).toBe('e_np_kerui_pharma')
    expect(data.enterprises.at(-1)!.branch_id).toBeNull()
  })

  it('reports a shift of a person who does not exist and a bad time', async () => {
    const dir = await copyFixture()
    await edit(dir, 'oncall.csv', (s) => s + 'c_bonded,1,m_ghost,Mon,08:00,25:00\n')
    const problems = await problemsOf(dir)
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^oncall\.csv:17: end: /)]))
  })

  it('a good import replaces the previous one', async () => {
    await importDirectory(FIXTURE_DIRECTORY, db.redis, db.keys)
    const dir = await copyFixture()
    await edit(dir, 'centers.csv', (s) => s.replace('023-0000-1001', '023-0000-9999'))
    const s = await importDirectory(dir, db.redis, db.keys)
    const loaded = await loadDirectory(db.redis, db.keys)
    expect(loaded!.version).toBe(s.version)
    expect(loaded!.data.centers[0]!.phone).toBe('023-0000-9999')
  })
})

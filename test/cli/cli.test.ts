import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject, describe, expect, it } from 'vitest'
import { FIXTURE_DIRECTORY } from '../support/fixtures.js'
import { run } from '../support/run.js'

const lianxin = (args: string[], options: Parameters<typeof run>[2] = {}) => run('npm', ['run', '-s', 'lianxin', '--', ...args], options)

describe('CLI', () => {
  it('analyze: one JSON line per input, in order, with directory ids; bad lines get an error line', async () => {
    const input = [
      { id: 'a', text: '科瑞药业的党费在哪交' },
      { id: 'b', text: '想去跳了，活起太累' },
      'not json',
      { id: 'c', text: '南坪商圈党群服务中心在哪' },
    ]
      .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      .join('\n')
    // No REDIS_URL and an unreachable one: analyze must not need Redis at all.
    const r = await lianxin(['analyze', '--directory', FIXTURE_DIRECTORY], { input, env: { REDIS_URL: 'redis://127.0.0.1:1' } })
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatchObject({ id: 'a', intent: 'pay_dues', enterprise_id: 'e_np_kerui_pharma', branch_id: 'br_np_kerui', center_id: 'c_nanping' })
    expect(lines[0].distress.level).toBe('none')
    expect(lines[1].id).toBe('b')
    expect(['high', 'imminent']).toContain(lines[1].distress.level)
    expect(lines[2]).toEqual({ id: null, error: 'invalid JSON' })
    expect(lines[3]).toMatchObject({ id: 'c', intent: 'center_info', center_id: 'c_nanping', enterprise_id: null })
  })

  it('import: a good folder is applied; a broken one lists file:line and exits 1', async () => {
    const env = { REDIS_URL: inject('redisUrl'), LIANXIN_KEY_PREFIX: `{cli${Date.now()}}:` }
    const ok = await lianxin(['import', FIXTURE_DIRECTORY], { env })
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/4 centers, 17 branches, 49 enterprises, 81 people, 15 shifts/)

    const broken = await mkdtemp(join(tmpdir(), 'lx-cli-'))
    await cp(FIXTURE_DIRECTORY, broken, { recursive: true })
    const people = join(broken, 'people.csv')
    await writeFile(people, (await readFile(people, 'utf8')).replace(',member,zh-Hans,700000118', ',boss,zh-Hans,700000118'))
    const bad = await lianxin(['import', broken], { env })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^people\.csv:19: role: /m)
    expect(bad.stderr).toContain('the previous directory is unchanged')
  })
})

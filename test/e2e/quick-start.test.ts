import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../support/run.js'

// The README's first command, as a person would use it: `npm start` with no configuration
// starts its own redis-server, imports the sample directory and chats in the terminal.
describe('quick start', () => {
  it('npm start answers in the terminal on its own embedded Redis', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lx-start-'))
    const r = await run('npm', ['start', '--silent'], {
      input: '党费在哪交\n科瑞药业\n/help\n',
      env: { LIANXIN_DATA_DIR: dataDir, REDIS_URL: undefined, DIRECTORY_DIR: undefined, TELEGRAM_BOT_TOKEN: undefined, SLACK_BOT_TOKEN: undefined },
      timeoutMs: 40_000,
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('terminal chat as visitor')
    expect(r.stdout).toContain('请问您在哪家公司')
    expect(r.stdout).toContain('重庆科瑞药业有限公司党支部')
    expect(r.stdout).toContain('/register')
    // Its Redis kept an append-only file in the data folder.
    expect((await readdir(dataDir, { recursive: true })).some((f) => String(f).includes('appendonly'))).toBe(true)
  })

  it('a wrong variable stops the program with one line naming it', async () => {
    const r = await run('npm', ['start', '--silent'], { env: { PORT: 'eighty' } })
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe('lianxin: configuration: PORT: a port number 0-65535')
  })

  it('a split role without a platform says what it needs instead of opening a terminal chat', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lx-role-'))
    const r = await run('npm', ['start', '--silent'], { env: { LIANXIN_ROLE: 'worker', LIANXIN_DATA_DIR: dataDir, REDIS_URL: undefined, TELEGRAM_BOT_TOKEN: undefined, SLACK_BOT_TOKEN: undefined } })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('LIANXIN_ROLE: worker needs TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN')
    expect(r.stdout).not.toContain('terminal chat')
  })
})

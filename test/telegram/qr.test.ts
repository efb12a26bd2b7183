import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { deepLink, runQr } from '../../scripts/qr.js'
import { FIXTURE_DIRECTORY } from '../support/fixtures.js'

describe('qr: registration posters for Telegram deep links', () => {
  let dir: string | undefined
  afterEach(async () => {
    vi.restoreAllMocks()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('writes a PNG of the enterprise’s deep link and prints the link', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lx-qr-'))
    const out = join(dir, 'kerui.png')
    const printed: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (printed.push(String(s)), true))
    const code = await runQr(['e_np_kerui_pharma', '--bot', 'lianxin_test_bot', '--out', out, '--directory', FIXTURE_DIRECTORY])
    expect(code).toBe(0)
    expect(printed.join('')).toContain('https://t.me/lianxin_test_bot?start=e-e_np_kerui_pharma')
    const png = await readFile(out)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    // Width from the IHDR chunk: large enough to print (qrcode rounds to whole modules).
    expect(png.readUInt32BE(16)).toBeGreaterThan(900)
  })

  it('uses b-<id> for a branch and refuses unknown ids and bad usernames', async () => {
    expect(deepLink('@lianxin_bot', 'branch', 'br_np_kerui')).toBe('https://t.me/lianxin_bot?start=b-br_np_kerui')
    const errors: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true))
    expect(await runQr(['no_such_id', '--bot', 'lianxin_bot', '--directory', FIXTURE_DIRECTORY])).toBe(1)
    expect(await runQr(['e_np_kerui_pharma', '--bot', 'not a bot', '--directory', FIXTURE_DIRECTORY])).toBe(2)
    expect(errors.join('')).toMatch(/no enterprise or branch with id no_such_id/)
    expect(errors.join('')).toMatch(/TELEGRAM_BOT_USERNAME/)
  })

  it('writes the check-in poster of a code: the scan sends /start ci-<code>', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lx-qr-'))
    const out = join(dir, 'checkin.png')
    const printed: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (printed.push(String(s)), true))
    expect(await runQr(['ci-123456', '--bot', 'lianxin_test_bot', '--out', out])).toBe(0)
    expect(printed.join('')).toContain('https://t.me/lianxin_test_bot?start=ci-123456')
    expect((await readFile(out)).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  })
})

import { spawn, type ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { eventually, startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js'

const BOT_TOKEN = '123456:TEST-lianxin-e2e'
const ROOT = new URL('../..', import.meta.url).pathname
// m_043 李玉梅 of 重庆智芯电子科技有限公司 (c_bonded); the c_bonded rota: bd1, bd2, bd3, admin.
const MEMBER = 700000160
const BONDED_ROTA = [700000171, 700000174, 700000177, 700000201]

let emu: TelegramEmulator | undefined
let bot: ChildProcess | undefined
afterEach(async () => {
  if (bot && bot.exitCode === null) bot.kill('SIGKILL')
  await emu?.stop()
  bot = emu = undefined
})

// `npm start` as deployed, with a bot token: the whole chain from a member's phone through the
// core, the alerts worker, the delivery queue and back to the counselor's phone.
describe('npm start with TELEGRAM_BOT_TOKEN', () => {
  it('a distress message: hotline reply to the member, a page with buttons to the on-call counselor, Acknowledge works', async () => {
    emu = await startTelegramEmulator()
    let stderr = ''
    // What `npm start` runs, without npm in between, so SIGTERM reaches the program itself.
    bot = spawn(process.execPath, ['--import', 'tsx', 'bots/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: BOT_TOKEN,
        TELEGRAM_API_ROOT: emu.apiRoot,
        REDIS_URL: inject('redisUrl'),
        LIANXIN_KEY_PREFIX: `{e2e${Date.now()}}:`,
        PORT: '0',
        ALERT_ACK_TIMEOUT_HIGH: '10m',
        ALERT_ACK_TIMEOUT_IMMINENT: '10m',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    bot.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))

    const phone = (id: number) => emu!.server.getClient(BOT_TOKEN, { userId: id, chatId: id, firstName: `u${id}`, type: 'private' })
    const member = phone(MEMBER)
    await member.sendMessage({ ...member.makeMessage('想去跳了，活起太累'), from: { id: MEMBER, first_name: 'm', is_bot: false } })

    const [reply] = await eventually(() => emu!.sentTo(MEMBER), (l) => l.length >= 1, 30_000)
    expect(reply!.message.text).toContain('023-0000-4001') // the member's center
    expect(reply!.message.text).toContain('12356')

    const paged = await eventually(
      () => BONDED_ROTA.flatMap((id) => emu!.sentTo(id).map((m) => ({ id, m }))),
      (l) => l.length >= 1,
      20_000,
    )
    const { id: counselor, m: page } = paged[0]!
    expect(page.message.text).toContain('想去跳了') // counselors of the member's own center read what she wrote
    const buttons = page.message.reply_markup!.inline_keyboard.flat()
    expect(buttons.map((b) => b.text)).toEqual(['确认接手', '结案'])

    // Someone else pressing it is refused; the counselor's own press acknowledges.
    const other = phone(700000118)
    await other.sendCallback(other.makeCallbackQuery(buttons[0]!.callback_data, { from: { id: 700000118, first_name: 'x', is_bot: false }, message: { message_id: page.messageId } }))
    const c = phone(counselor)
    await c.sendCallback(c.makeCallbackQuery(buttons[0]!.callback_data, { from: { id: counselor, first_name: 'c', is_bot: false }, message: { message_id: page.messageId } }))
    const answered = await eventually(() => emu!.sentTo(counselor), (l) => l.some((m) => m.message.text.includes('已确认接手')), 20_000)
    expect(answered.length).toBeGreaterThanOrEqual(2)
    expect(emu.sentTo(700000118).some((m) => m.message.text.includes('已确认接手'))).toBe(false)
    // The page itself is edited in place: who took it, and no buttons left to press.
    const edited = await eventually(
      () => emu!.sentTo(counselor).find((m) => m.messageId === page.messageId)!,
      (m) => m.message.text.includes('确认接手（'),
      20_000,
    )
    expect(edited.message.reply_markup?.inline_keyboard.flat() ?? []).toEqual([])

    const exited = new Promise<number | null>((r) => bot!.once('exit', (code) => r(code)))
    bot.kill('SIGTERM')
    expect({ code: await exited, stderr: stderr.slice(-2000) }).toMatchObject({ code: 0 })
    expect(stderr).not.toContain('想去跳了') // message text never reaches the logs
  }, 90_000)
})

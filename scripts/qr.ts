import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import QRCode from 'qrcode'
import { z } from 'zod'
import { SAMPLE_DIRECTORY } from '../bots/runtime/runtime.js'
import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { ImportError } from '../core/errors.js'

export const QR_USAGE = 'usage: npm run -s lianxin -- qr <branch or enterprise id | ci-<check-in code>> [--bot <username>] [--out <file.png>] [--directory <folder>]'

// Telegram's rules: a bot username is 5–32 characters ending in "bot"; a start parameter is up to 64 of A-Z a-z 0-9 _ -.
const BotUsername = z.string().trim().regex(/^@?[A-Za-z][A-Za-z0-9_]{3,30}[Bb][Oo][Tt]$/, 'a bot username such as lianxin_bot').transform((s) => s.replace(/^@/, ''))
const StartPayload = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids in a deep link may only use A-Z a-z 0-9 _ - (at most 62 characters)')

/** The deep link a member scans: /start e-<enterprise> or b-<branch> pre-fills their registration. */
export function deepLink(botUsername: string, kind: 'enterprise' | 'branch', id: string): string {
  const payload = StartPayload.parse(`${kind === 'enterprise' ? 'e' : 'b'}-${id}`)
  return `https://t.me/${BotUsername.parse(botUsername)}?start=${payload}`
}

/**
 * `qr <id>`: a PNG of the QR code of the registration link for that branch or enterprise, for
 * the service center's desk and company notice boards. The bot's username comes from --bot or
 * TELEGRAM_BOT_USERNAME; the directory from --directory, DIRECTORY_DIR or the sample.
 */
export async function runQr(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { bot: { type: 'string' }, out: { type: 'string' }, directory: { type: 'string' } } })
  const id = positionals[0]
  const bot = BotUsername.safeParse(values.bot ?? process.env.TELEGRAM_BOT_USERNAME ?? '')
  if (!id) {
    process.stderr.write(`${QR_USAGE}\n`)
    return 2
  }
  if (!bot.success) {
    process.stderr.write(`qr: --bot or TELEGRAM_BOT_USERNAME: ${bot.error.issues[0]?.message}\n`)
    return 2
  }
  // A check-in code from /checkin: its QR code checks a member in at the door.
  const checkin = /^ci-(\d{6})$/.exec(id)
  if (checkin) {
    const link = `https://t.me/${bot.data}?start=${id}`
    const out = values.out ?? `qr-checkin-${checkin[1]}.png`
    await writeFile(out, await QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'H', margin: 4, width: 1024 }))
    process.stdout.write(`${out}: check-in ${checkin[1]} → ${link}\n`)
    return 0
  }
  let dir: Directory
  try {
    dir = new Directory(await readDirectoryFolder(values.directory ?? process.env.DIRECTORY_DIR ?? SAMPLE_DIRECTORY))
  } catch (err) {
    if (!(err instanceof ImportError)) throw err
    for (const p of err.problems.slice(0, 20)) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`)
    return 1
  }
  const enterprise = dir.enterprise(id)
  const branch = enterprise ? undefined : dir.branch(id)
  if (!enterprise && !branch) {
    process.stderr.write(`qr: no enterprise or branch with id ${id} in the directory\n`)
    return 1
  }
  const payload = StartPayload.safeParse(`${enterprise ? 'e' : 'b'}-${id}`)
  if (!payload.success) {
    process.stderr.write(`qr: ${payload.error.issues[0]?.message}\n`)
    return 1
  }
  const link = deepLink(bot.data, enterprise ? 'enterprise' : 'branch', id)
  const out = values.out ?? `qr-${id}.png`
  // Error correction H: a poster survives tape, folds and a logo sticker over the middle.
  const png = await QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'H', margin: 4, width: 1024 })
  await writeFile(out, png)
  process.stdout.write(`${out}: ${(enterprise ?? branch)!.name} → ${link}\n`)
  return 0
}

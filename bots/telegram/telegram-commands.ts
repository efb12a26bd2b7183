import type { Telegram } from 'telegraf'
import type { BotCommand } from 'telegraf/types'
import type { Directory } from '../../core/directory/directory.js'
import { t, type MessageKey } from '../../core/i18n/catalog.js'
import type { Lang, Role } from '../../core/model/records.js'

// The command menu people see; the same words as every platform (DESIGN.md, Commands).
const EVERYONE = ['help', 'branch', 'dues', 'meetings', 'center', 'register', 'counselor', 'lang'] as const
const SECRETARY = ['notice', 'notices', 'roster', 'remind', 'export', 'editnotice', 'cancelnotice', 'pending'] as const
const COUNSELOR = ['alerts', 'ack', 'resolve'] as const
type CommandName = (typeof EVERYONE)[number] | (typeof SECRETARY)[number] | (typeof COUNSELOR)[number] | 'rota' | 'checkin'

function namesFor(role: Role | null): CommandName[] {
  switch (role) {
    case 'secretary':
      return [...EVERYONE, ...SECRETARY]
    case 'counselor':
      return [...EVERYONE, ...COUNSELOR]
    case 'admin':
      return [...EVERYONE, ...SECRETARY, ...COUNSELOR, 'rota']
    case 'member':
      return [...EVERYONE, 'checkin']
    default:
      return [...EVERYONE]
  }
}

/** The menu of one role in one language. */
export function commandMenu(role: Role | null, lang: Lang): BotCommand[] {
  return namesFor(role).map((command) => ({ command, description: t(lang, `cmd_${command}` satisfies MessageKey) }))
}

/**
 * setMyCommands: the default menu in Chinese, the English one for Telegram apps set to English
 * (language_code en), and a per-chat menu (BotCommandScopeChat) in their own language for
 * each secretary, counselor and admin with a Telegram id. Calls are paced to stay well under
 * the Bot API's rate. Returns how many per-chat menus were set.
 */
export async function publishCommands(telegram: Telegram, directory: Directory, options: { paceMs?: number } = {}): Promise<number> {
  await telegram.setMyCommands(commandMenu(null, 'zh-Hans'))
  await telegram.setMyCommands(commandMenu(null, 'en'), { language_code: 'en' })
  let scoped = 0
  for (const p of directory.data.people) {
    if (!p.telegram_id || p.role === 'member') continue
    await telegram.setMyCommands(commandMenu(p.role, p.lang), { scope: { type: 'chat', chat_id: Number(p.telegram_id) } })
    scoped++
    await new Promise((r) => setTimeout(r, options.paceMs ?? 50))
  }
  return scoped
}

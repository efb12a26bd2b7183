import { t, type MessageKey } from '../i18n/catalog.js'
import { Lang, type Role } from '../model/records.js'
import type { Intent } from '../nlu/types.js'
import type { Ctx } from './context.js'
import { answerQuestion } from './questions.js'
import { listPending, startRegistration } from './registration.js'

/** "/cmd@bot args" → { name, args }; null when the text is not a command. */
export function parseCommand(text: string): { name: string; args: string } | null {
  const m = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text.trim())
  return m ? { name: m[1]!.toLowerCase(), args: (m[2] ?? '').trim() } : null
}

const QUESTION_COMMANDS: Record<string, Intent> = { branch: 'find_branch', dues: 'pay_dues', meetings: 'org_life', center: 'center_info' }
const SECRETARY_COMMANDS = new Set(['notice', 'notices', 'roster', 'remind', 'export', 'editnotice', 'cancelnotice'])

/** Extra commands (alerts, notices) registered by later modules: name → handler. */
export type CommandHandler = (ctx: Ctx, args: string) => Promise<void>

export async function runCommand(ctx: Ctx, name: string, args: string, extra: Record<string, CommandHandler>): Promise<void> {
  const question = QUESTION_COMMANDS[name]
  if (question) {
    // "/dues 科瑞药业" names the company; plain "/dues" uses the asker's own branch.
    const u = args ? understandArgs(ctx, args) : noMention()
    return answerQuestion(ctx, question, u)
  }
  switch (name) {
    case 'start': {
      // A scanned check-in QR code: /start ci-<code> is /checkin <code>.
      const checkin = /^ci-(\d{6})$/.exec(args)
      if (checkin && extra.checkin) return extra.checkin(ctx, checkin[1]!)
      return start(ctx, args)
    }
    case 'help':
      return help(ctx)
    case 'lang':
      return setLang(ctx, args)
    case 'register':
      return startRegistration(ctx)
    case 'cancel':
      ctx.setFlow(undefined)
      await ctx.deps.redis.del(ctx.deps.keys.noticeGuide(ctx.actor.platform, ctx.actor.userId))
      ctx.say(t(ctx.lang, 'cancel_flow'))
      return
    case 'pending':
      if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
      return listPending(ctx)
  }
  const handler = extra[name]
  if (handler) return handler(ctx, args)
  if (name === 'checkin') {
    ctx.say(t(ctx.lang, 'not_available_yet'))
    return
  }
  if (SECRETARY_COMMANDS.has(name)) {
    if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
    ctx.say(t(ctx.lang, 'not_available_yet'))
    return
  }
  ctx.say(t(ctx.lang, 'unknown_command', { command: `/${name}` }))
}

export function hasRole(ctx: Ctx, roles: Role[]): boolean {
  return !!ctx.actor.person && roles.includes(ctx.actor.person.role)
}

export function forbid(ctx: Ctx, role: MessageKey): void {
  ctx.say(t(ctx.lang, 'forbidden', { role: t(ctx.lang, role) }))
}

function understandArgs(ctx: Ctx, args: string) {
  const company = ctx.index.find(args, { answering: true })
  const branch = company.kind === 'one' ? (ctx.dir.branchOfEnterprise(company.enterprise) ?? null) : null
  const center = company.kind === 'one' ? (ctx.dir.centerOfEnterprise(company.enterprise) ?? null) : null
  return { intent: 'other' as const, lang: ctx.lang, company, branch, center }
}

function noMention() {
  return { intent: 'other' as const, lang: 'zh-Hans' as const, company: { kind: 'none' as const }, branch: null, center: null }
}

/** Deep links: /start e-<enterprise id> or b-<branch id> pre-fill registration. */
async function start(ctx: Ctx, payload: string): Promise<void> {
  const m = /^([eb])-([A-Za-z0-9_.-]{1,60})$/.exec(payload)
  if (m && !ctx.actor.person) {
    const enterpriseId = m[1] === 'e' ? m[2] : ctx.dir.enterprisesOfBranch(m[2]!)[0]?.id
    if (enterpriseId && ctx.dir.enterprise(enterpriseId)) {
      ctx.say(t(ctx.lang, 'greeting'))
      return startRegistration(ctx, enterpriseId)
    }
  }
  ctx.say(t(ctx.lang, 'greeting'))
}

export function help(ctx: Ctx): void {
  const role = ctx.actor.person?.role
  const parts = [t(ctx.lang, 'help_intro'), t(ctx.lang, ctx.actor.person ? 'help_member' : 'help_visitor')]
  if (role === 'secretary' || role === 'admin') parts.push(t(ctx.lang, 'help_secretary'))
  if (role === 'counselor' || role === 'admin') parts.push(t(ctx.lang, 'help_counselor'))
  if (role === 'admin') parts.push(t(ctx.lang, 'help_admin'))
  ctx.say(parts.join('\n\n'))
}

function setLang(ctx: Ctx, args: string): void {
  const parsed = Lang.safeParse(args.trim())
  if (!parsed.success) {
    ctx.say(t(ctx.lang, 'lang_usage'))
    return
  }
  ctx.lang = parsed.data
  ctx.state.lang = parsed.data
  ctx.state.langExplicit = true
  ctx.say(t(ctx.lang, 'lang_set'))
}

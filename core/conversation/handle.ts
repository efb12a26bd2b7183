import { LianxinError } from '../errors.js'
import { t } from '../i18n/catalog.js'
import { InboundEvent, MAX_TEXT, type Outcome } from '../model/events.js'
import type { Lang } from '../model/records.js'
import { cleanText, guessLang, toTraditionalChinese } from '../nlu/normalize.js'
import { noticeFreeText } from '../notices/notices-module.js'
import { understand } from '../nlu/understand.js'
import { localDay, understandWithLlm } from '../llm/llm-understand.js'
import type { CompanyMention, Understanding } from '../nlu/types.js'
import { peekAction, resolveAction, type ActionRecord } from './actions.js'
import { parseCommand, runCommand, type CommandHandler } from './commands.js'
import { Ctx } from './context.js'
import type { CoreDeps } from './deps.js'
import { loadDialogue, saveDialogue, type DialogueState } from './dialogue.js'
import { identify, type Actor } from './identity.js'
import { answerQuestion } from './questions.js'
import { onRegistrationCompany, onRegistrationName, startRegistration, submitRegistration, decideRegistration, confirmRegistration } from './registration.js'
import { help } from './commands.js'
import { RegistrationStore } from '../store/registrations.js'

export type ActionHandler = (ctx: Ctx, action: ActionRecord, event: InboundEvent) => Promise<void>

/** What a feature module (alerts, notices) adds to the conversation. */
export interface CoreModule {
  commands?: Record<string, CommandHandler>
  actions?: Record<string, ActionHandler>
  /** A button of this module's pressed by someone it is not for: record the attempt. */
  onRefusedAction?: (ctx: Ctx, action: ActionRecord) => Promise<void>
}

const SEEN_TTL_SECONDS = 7 * 86_400

/**
 * The one door into the core. Every platform ends here; the answer is data (replies), and any
 * other effect (alerts, registrations, notifications) is written to Redis before this returns.
 */
export async function handle(input: InboundEvent, deps: CoreDeps, modules: CoreModule[] = []): Promise<Outcome> {
  const parsed = InboundEvent.safeParse(input)
  if (!parsed.success) throw new LianxinError('INPUT_INVALID', `invalid inbound event: ${parsed.error.issues[0]?.path.join('.')}`)
  const event = parsed.data
  const { directory, index } = await deps.directory.current()
  const regs = new RegistrationStore(deps.redis, deps.keys)
  const actor = await identify(event, directory, regs)
  const now = deps.clock.now()
  const state = await loadDialogue(deps.redis, deps.keys, event.platform, event.userId, now)
  const text = event.kind === 'message' ? cleanText(event.text ?? '') : ''
  const lang = chooseLang(text, state, actor, event.locale)
  const ctx = new Ctx(deps, event, actor, lang, directory, index, state, now)

  // A platform may deliver the same update twice: the second delivery changes nothing.
  const seenKey = deps.keys.seenEvent(event.platform, `${event.kind}:${event.id}`)
  const first = await deps.redis.set(seenKey, '1', 'EX', SEEN_TTL_SECONDS, 'NX')
  if (first !== 'OK') return { replies: [], lang }

  try {
    if (event.kind === 'message') await onMessage(ctx, text, modules)
    else await onAction(ctx, event, modules)
  } catch (err) {
    // Let the platform's redelivery try again; every write above is idempotent per event.
    await deps.redis.del(seenKey).catch(() => undefined)
    throw err
  }

  if (!ctx.state.langExplicit) ctx.state.lang = ctx.lang
  await saveDialogue(deps.redis, deps.keys, event.platform, event.userId, ctx.state)
  return { replies: ctx.replies, lang: ctx.lang }
}

async function onMessage(ctx: Ctx, text: string, modules: CoreModule[]): Promise<void> {
  // Safety first: whatever flow the person is in, the distress check sees the text before
  // anything else does, including over-long text.
  if (ctx.deps.safety && text) {
    const safety = await ctx.deps.safety.check({ event: ctx.event, text, person: ctx.actor.person, lang: ctx.lang, directory: ctx.dir })
    ctx.replies.push(...safety.replies)
    if (safety.replies.length > 0 && !safety.continueRouting) return
  }
  if (!text) return ctx.say(t(ctx.lang, 'empty_message'))
  if (text.length > MAX_TEXT) return ctx.say(t(ctx.lang, 'too_long', { max: MAX_TEXT }))

  const command = parseCommand(text)
  if (command) {
    const commands = Object.assign({}, ...modules.map((m) => m.commands ?? {})) as Record<string, CommandHandler>
    return runCommand(ctx, command.name, command.args, commands)
  }
  // A reply to a meeting notice ("去不了，要加班", a leave reason we asked for) is an RSVP.
  if (ctx.actor.person && (await noticeFreeText(ctx, text))) return

  const flow = ctx.state.flow
  if (flow?.name === 'register_name') return onRegistrationName(ctx, text)
  if (flow?.name === 'register_company') return onRegistrationCompany(ctx, flow.personName, text)

  // The LLM may understand free text better; what it says is re-checked against the directory,
  // and any failure of it falls back to the deterministic understanding.
  const llm = ctx.deps.llm
  const u = llm?.configured
    ? (await understandWithLlm(llm, text, ctx.dir, ctx.index, { today: localDay(ctx.now, ctx.deps.env.LIANXIN_TZ) })).understanding
    : understand(text, ctx.dir, ctx.index)
  // Inside "which company?" a bare company name (even a bare brand) answers the question we asked.
  if (flow?.name === 'ask_company' && (u.intent === 'other' || u.intent === 'greeting' || u.intent === flow.intent)) {
    const company = u.company.kind === 'none' ? ctx.index.find(text, { answering: true }) : u.company
    if (company.kind !== 'none') return answerQuestion(ctx, flow.intent, withCompany(ctx, u, company))
  }
  if (flow?.name === 'ask_center' && u.center && (u.intent === 'other' || u.intent === flow.intent)) return answerQuestion(ctx, flow.intent, u)
  if (flow?.name === 'ask_company' && u.intent === 'other') return ctx.say(t(ctx.lang, 'ask_company_again'))

  switch (u.intent) {
    case 'greeting':
      return ctx.say(t(ctx.lang, 'greeting'))
    case 'help':
      return help(ctx)
    case 'register': {
      const e = u.company.kind === 'one' ? u.company.enterprise.id : undefined
      return startRegistration(ctx, e)
    }
    default:
      return answerQuestion(ctx, u.intent, u)
  }
}

async function onAction(ctx: Ctx, event: InboundEvent, modules: CoreModule[]): Promise<void> {
  const action = event.action
    ? await resolveAction(ctx.deps.redis, ctx.deps.keys, event.action, { platform: event.platform, userId: event.userId, personId: ctx.actor.person?.id ?? null })
    : null
  if (!action) {
    const refused = event.action ? await peekAction(ctx.deps.redis, ctx.deps.keys, event.action) : null
    if (refused) for (const m of modules) if (m.actions?.[refused.kind]) await m.onRefusedAction?.(ctx, refused)
    return ctx.refuse(t(ctx.lang, 'action_invalid'))
  }
  const a = action.args
  switch (action.kind) {
    case 'pick_company': {
      const e = ctx.dir.enterprise(a.enterpriseId)
      if (!e) return ctx.say(t(ctx.lang, 'action_invalid'))
      const flow = ctx.state.flow
      if (a.intent === 'register' && flow?.name === 'register_company') return confirmRegistration(ctx, flow.personName, e)
      const intent = a.intent as Parameters<typeof answerQuestion>[1]
      return answerQuestion(ctx, intent, { intent, lang: ctx.lang, company: { kind: 'one', enterprise: e, matched: e.name }, branch: ctx.dir.branchOfEnterprise(e) ?? null, center: ctx.dir.centerOfEnterprise(e) ?? null })
    }
    case 'pick_center': {
      const c = ctx.dir.center(a.centerId)
      if (!c) return ctx.say(t(ctx.lang, 'action_invalid'))
      const intent = a.intent as Parameters<typeof answerQuestion>[1]
      return answerQuestion(ctx, intent, { intent, lang: ctx.lang, company: { kind: 'none' }, branch: null, center: c })
    }
    case 'register_confirm':
      return submitRegistration(ctx)
    case 'register_cancel':
      ctx.setFlow(undefined)
      return ctx.say(t(ctx.lang, 'register_cancelled'))
    case 'approve_registration':
      return decideRegistration(ctx, a.id ?? '', 'approved')
    case 'reject_registration':
      return decideRegistration(ctx, a.id ?? '', 'rejected')
  }
  for (const m of modules) {
    const handler = m.actions?.[action.kind]
    if (handler) return handler(ctx, action, event)
  }
  ctx.say(t(ctx.lang, 'action_invalid'))
}

/**
 * Answers follow the person: an explicit /lang wins; otherwise the script of this message when
 * it tells (English, or characters that differ between Simplified and Traditional); otherwise
 * what we used last time, the platform's locale, or the directory record.
 */
function chooseLang(text: string, state: DialogueState, actor: Actor, locale: string | undefined): Lang {
  if (state.lang && state.langExplicit) return state.lang
  // A name or a company typed in answer to our question says nothing about the language.
  if (state.lang && state.flow && state.flow.name !== 'register_confirm') return state.lang
  if (text && !text.startsWith('/')) {
    const g = guessLang(text)
    if (g === 'en' || g === 'zh-Hant') return g
    if (toTraditionalChinese(text) !== text) return 'zh-Hans'
  }
  if (state.lang) return state.lang
  if (actor.person) return actor.person.lang
  if (locale) return /^en/i.test(locale) ? 'en' : /^zh[-_](tw|hk|hant)/i.test(locale) ? 'zh-Hant' : 'zh-Hans'
  return 'zh-Hans'
}

/** The understanding with the company the answer to our question named (and its branch, center). */
function withCompany(ctx: Ctx, u: Understanding, company: CompanyMention): Understanding {
  if (company === u.company) return u
  const e = company.kind === 'one' ? company.enterprise : null
  return { ...u, company, branch: e ? (ctx.dir.branchOfEnterprise(e) ?? null) : u.branch, center: e ? (ctx.dir.centerOfEnterprise(e) ?? null) : u.center }
}

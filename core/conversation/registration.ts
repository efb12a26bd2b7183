import { issueAction } from './actions.js'
import { recordText, t } from '../i18n/catalog.js'
import type { Branch, Enterprise } from '../model/records.js'
import type { Registration } from '../store/registrations.js'
import type { Ctx } from './context.js'
import { centerLines } from './answers.js'
import { wallClock } from '../directory/schedule.js'

function localTime(iso: string, tz: string): string {
  const w = wallClock(new Date(iso), tz)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`
}

const NAME = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·.' -]{0,29}$/u

/** /register, a deep link, or the register intent: start asking, unless there is nothing to do. */
export async function startRegistration(ctx: Ctx, prefillEnterpriseId?: string): Promise<void> {
  const p = ctx.actor.person
  if (p) {
    ctx.say(t(ctx.lang, 'register_already_member', { name: p.name, branch: recordText(ctx.lang, ctx.dir.branch(p.branch_id)?.name ?? '—') }))
    return
  }
  const reg = ctx.actor.registration
  if (reg?.status === 'pending') {
    ctx.say(t(ctx.lang, 'register_already_pending', { branch: recordText(ctx.lang, ctx.dir.branch(reg.branchId)?.name ?? reg.branchId) }))
    return
  }
  if (prefillEnterpriseId && ctx.dir.enterprise(prefillEnterpriseId)) ctx.state.enterpriseId = prefillEnterpriseId
  ctx.setFlow({ name: 'register_name' })
  ctx.say(t(ctx.lang, 'register_ask_name'))
}

export async function onRegistrationName(ctx: Ctx, text: string): Promise<void> {
  const name = text.trim()
  if (!NAME.test(name)) {
    ctx.say(t(ctx.lang, 'register_bad_name'))
    return
  }
  const prefilled = ctx.dir.enterprise(ctx.state.enterpriseId)
  if (prefilled) return confirmRegistration(ctx, name, prefilled)
  ctx.setFlow({ name: 'register_company', personName: name })
  ctx.say(t(ctx.lang, 'register_ask_company', { name }))
}

export async function onRegistrationCompany(ctx: Ctx, personName: string, text: string): Promise<void> {
  const mention = ctx.index.find(text, { answering: true })
  if (mention.kind === 'one') return confirmRegistration(ctx, personName, mention.enterprise)
  if (mention.kind === 'ambiguous') {
    const choices = await Promise.all(mention.candidates.slice(0, 8).map((e: Enterprise) => ctx.choice(recordText(ctx.lang, e.name), 'pick_company', { enterpriseId: e.id, intent: 'register' })))
    ctx.say(t(ctx.lang, 'ask_which_company', { matched: recordText(ctx.lang, mention.matched) }), choices)
    return
  }
  if (mention.kind === 'unknown') {
    ctx.say(t(ctx.lang, 'unknown_company', { name: mention.name, centers: centerLines(ctx.lang, ctx.dir) }))
    return
  }
  ctx.say(t(ctx.lang, 'ask_company_again'))
}

/** The branch a newcomer joins: the company's own, else the joint branch of its center. */
export function branchForNewcomer(ctx: Ctx, e: Enterprise): Branch | undefined {
  const own = ctx.dir.branchOfEnterprise(e)
  if (own) return own
  const center = ctx.dir.centerOfEnterprise(e)
  return center ? ctx.dir.jointBranchOf(center.id) : undefined
}

export async function confirmRegistration(ctx: Ctx, personName: string, e: Enterprise): Promise<void> {
  const branch = branchForNewcomer(ctx, e)
  if (!branch) {
    ctx.setFlow(undefined)
    ctx.say(t(ctx.lang, 'register_no_branch', { company: recordText(ctx.lang, e.name), center: centerLines(ctx.lang, ctx.dir) }))
    return
  }
  ctx.setFlow({ name: 'register_confirm', personName, enterpriseId: e.id, branchId: branch.id })
  const choices = [
    await ctx.choice(t(ctx.lang, 'register_confirm_button'), 'register_confirm', {}, 'primary'),
    await ctx.choice(t(ctx.lang, 'register_cancel_button'), 'register_cancel', {}),
  ]
  ctx.say(t(ctx.lang, 'register_confirm', { name: personName, company: recordText(ctx.lang, e.name), branch: recordText(ctx.lang, branch.name) }), choices)
}

/** The confirm button: write the registration first, then ask the branch's secretaries. */
export async function submitRegistration(ctx: Ctx): Promise<void> {
  const flow = ctx.state.flow
  if (flow?.name !== 'register_confirm') {
    ctx.say(t(ctx.lang, 'action_invalid'))
    return
  }
  const branch = ctx.dir.branch(flow.branchId)
  if (!branch) {
    ctx.setFlow(undefined)
    ctx.say(t(ctx.lang, 'action_invalid'))
    return
  }
  const { registration, created } = await ctx.registrations.create({
    platform: ctx.actor.platform,
    userId: ctx.actor.userId,
    chatId: ctx.actor.chatId,
    name: flow.personName,
    enterpriseId: flow.enterpriseId,
    branchId: branch.id,
    centerId: branch.center_id,
    lang: ctx.lang,
    at: ctx.now.toISOString(),
  })
  ctx.setFlow(undefined)
  if (!created) {
    ctx.say(t(ctx.lang, 'register_already_pending', { branch: recordText(ctx.lang, ctx.dir.branch(registration.branchId)?.name ?? '') }))
    return
  }
  ctx.say(t(ctx.lang, 'register_submitted', { branch: recordText(ctx.lang, branch.name) }))
  await askApprovers(ctx, registration)
}

async function askApprovers(ctx: Ctx, reg: Registration): Promise<void> {
  const approvers = ctx.dir.membersOfBranch(reg.branchId).filter((p) => p.role === 'secretary')
  for (const secretary of approvers) {
    const lang = secretary.lang
    const forPerson = secretary.id
    const week = { ttlSeconds: 14 * 86_400 }
    const choices = [
      await issueAction(ctx.deps.redis, ctx.deps.keys, t(lang, 'approve_button'), { kind: 'approve_registration', args: { id: reg.id }, forPerson }, { ...week, style: 'primary' }),
      await issueAction(ctx.deps.redis, ctx.deps.keys, t(lang, 'reject_button'), { kind: 'reject_registration', args: { id: reg.id }, forPerson }, { ...week, style: 'danger' }),
    ]
    await ctx.deps.notifier.notify({ personId: secretary.id }, { key: `registration:${reg.id}`, text: approvalText(lang, ctx, reg), choices })
  }
}

function approvalText(lang: Parameters<typeof t>[0], ctx: Ctx, reg: Registration): string {
  return t(lang, 'approval_request', {
    name: reg.name,
    company: recordText(lang, ctx.dir.enterprise(reg.enterpriseId)?.name ?? reg.enterpriseId),
    branch: recordText(lang, ctx.dir.branch(reg.branchId)?.name ?? reg.branchId),
    platform: reg.platform,
  })
}

/** May this person decide registrations of that branch? Its secretary, or an admin of its center. */
export function mayApprove(ctx: Ctx, branchId: string): boolean {
  const p = ctx.actor.person
  if (!p) return false
  if (p.role === 'secretary') return p.branch_id === branchId
  if (p.role === 'admin') return p.center_id === ctx.dir.branch(branchId)?.center_id
  return false
}

export async function decideRegistration(ctx: Ctx, id: string, status: 'approved' | 'rejected'): Promise<void> {
  const current = await ctx.registrations.get(id)
  if (!current || !mayApprove(ctx, current.branchId)) {
    ctx.say(t(ctx.lang, 'action_invalid'))
    return
  }
  const { registration, decided } = await ctx.registrations.decide(id, status, ctx.actor.person!.id, ctx.now)
  if (!registration) {
    ctx.say(t(ctx.lang, 'action_invalid'))
    return
  }
  if (!decided) {
    ctx.say(t(ctx.lang, 'already_decided', { status: registration.status }))
    return
  }
  const branchName = ctx.dir.branch(registration.branchId)?.name ?? registration.branchId
  ctx.say(t(ctx.lang, status === 'approved' ? 'approved_secretary' : 'rejected_secretary', { name: registration.name }))
  await ctx.deps.notifier.notify(
    { platform: registration.platform, userId: registration.userId, chatId: registration.chatId },
    { key: `registration:${registration.id}:${status}`, text: t(registration.lang, status === 'approved' ? 'approved_member' : 'rejected_member', { branch: recordText(registration.lang, branchName) }) },
  )
}

export async function listPending(ctx: Ctx): Promise<void> {
  const p = ctx.actor.person!
  const branches = p.role === 'admin' ? ctx.dir.allBranches().filter((b) => b.center_id === p.center_id) : ctx.dir.allBranches().filter((b) => b.id === p.branch_id)
  const pending = (await Promise.all(branches.map((b) => ctx.registrations.pending(b.id)))).flat()
  if (pending.length === 0) {
    ctx.say(t(ctx.lang, 'pending_none'))
    return
  }
  ctx.say(t(ctx.lang, 'pending_list', { count: pending.length }))
  for (const reg of pending.slice(0, 20)) {
    const forPerson = p.id
    const choices = [
      await issueAction(ctx.deps.redis, ctx.deps.keys, t(ctx.lang, 'approve_button'), { kind: 'approve_registration', args: { id: reg.id }, forPerson }, { style: 'primary' }),
      await issueAction(ctx.deps.redis, ctx.deps.keys, t(ctx.lang, 'reject_button'), { kind: 'reject_registration', args: { id: reg.id }, forPerson }, { style: 'danger' }),
    ]
    ctx.say(t(ctx.lang, 'pending_item', { name: reg.name, company: recordText(ctx.lang, ctx.dir.enterprise(reg.enterpriseId)?.name ?? ''), at: localTime(reg.at, ctx.deps.env.LIANXIN_TZ) }), choices)
  }
}

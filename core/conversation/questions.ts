import { recordText, t } from '../i18n/catalog.js'
import type { Branch, Center, Enterprise } from '../model/records.js'
import type { Intent, Understanding } from '../nlu/types.js'
import { branchAnswer, centerAnswer, centerLines, counselingAnswer, duesAnswer, noBranchYet, orgLifeAnswer, transferAnswer } from './answers.js'
import type { Ctx } from './context.js'
import { phraseAnswer } from '../llm/llm-phrasing.js'

const NEEDS_BRANCH: ReadonlySet<Intent> = new Set(['find_branch', 'pay_dues', 'org_life'])

/**
 * Answers a member question from the records. The branch comes from what the text names,
 * else the asker's own record, else the company they told us earlier; failing all three we
 * ask for the company once and remember the intent in the dialogue state.
 */
export async function answerQuestion(ctx: Ctx, intent: Intent, u: Understanding): Promise<void> {
  const { company } = u
  if (company.kind === 'ambiguous') return askWhichCompany(ctx, intent, company.matched, company.candidates)
  if (company.kind === 'unknown') {
    ctx.setFlow(undefined)
    ctx.say(t(ctx.lang, 'unknown_company', { name: company.name, centers: centerLines(ctx.lang, ctx.dir, u.center ? [u.center] : undefined) }))
    return
  }
  const enterprise = company.kind === 'one' ? company.enterprise : null
  if (enterprise) ctx.state.enterpriseId = enterprise.id
  if (u.center && !enterprise) ctx.state.centerId = u.center.id

  if (NEEDS_BRANCH.has(intent)) {
    if (enterprise && !u.branch) {
      ctx.setFlow(undefined)
      return sayFromRecords(ctx, intent, noBranchYet(ctx.lang, ctx.dir, enterprise))
    }
    const target = u.branch ? { branch: u.branch, enterprise } : ownBranch(ctx)
    if (!target) {
      ctx.setFlow({ name: 'ask_company', intent })
      ctx.say(t(ctx.lang, 'ask_company'))
      return
    }
    ctx.setFlow(undefined)
    return sayFromRecords(ctx, intent, branchReply(ctx, intent, target.branch, target.enterprise))
  }

  const center = u.center ?? (enterprise ? ctx.dir.centerOfEnterprise(enterprise) : undefined) ?? ownCenter(ctx)
  switch (intent) {
    case 'center_info':
    case 'transfer_membership': {
      if (!center) return askWhichCenter(ctx, intent)
      ctx.setFlow(undefined)
      const branch = u.branch ?? (enterprise ? null : ownBranch(ctx)?.branch ?? null)
      return sayFromRecords(ctx, intent, intent === 'center_info' ? centerAnswer(ctx.lang, center) : transferAnswer(ctx.lang, center, branch))
    }
    case 'counseling':
      ctx.setFlow(undefined)
      return sayFromRecords(ctx, 'counseling', counselingAnswer(ctx.lang, center ?? defaultCenter(ctx)))
    default:
      ctx.setFlow(undefined)
      ctx.say(t(ctx.lang, 'other_answer', { centers: centerLines(ctx.lang, ctx.dir, center ? [center] : undefined) }))
  }
}

/**
 * An answer built from records, rephrased by the LLM where one is configured. The phrasing is
 * kept only if every phone, address, date and time in it is in the records' answer; otherwise
 * (or on any failure) the records' answer is said as it is.
 */
async function sayFromRecords(ctx: Ctx, intent: Intent, text: string): Promise<void> {
  const llm = ctx.deps.llm
  if (!llm?.configured) return ctx.say(text)
  ctx.say((await phraseAnswer(llm, text, ctx.lang, ctx.dir, { sensitive: intent === 'counseling' })).text)
}

function branchReply(ctx: Ctx, intent: Intent, branch: Branch, enterprise: Enterprise | null): string {
  if (intent === 'pay_dues') return duesAnswer(ctx.lang, branch)
  if (intent === 'org_life') return orgLifeAnswer(ctx.lang, branch, ctx.now, ctx.deps.env.LIANXIN_TZ)
  return branchAnswer(ctx.lang, ctx.dir, branch, enterprise)
}

/** The asker's own branch: their record, else the company they told us before. */
export function ownBranch(ctx: Ctx): { branch: Branch; enterprise: Enterprise | null } | null {
  const p = ctx.actor.person
  const ownBranchRecord = ctx.dir.branch(p?.branch_id)
  if (p && ownBranchRecord) return { branch: ownBranchRecord, enterprise: ctx.dir.enterprise(p.enterprise_id) ?? null }
  const remembered = ctx.dir.enterprise(ctx.state.enterpriseId ?? p?.enterprise_id)
  const b = remembered ? ctx.dir.branchOfEnterprise(remembered) : undefined
  return remembered && b ? { branch: b, enterprise: remembered } : null
}

export function ownCenter(ctx: Ctx): Center | undefined {
  const p = ctx.actor.person
  if (p) {
    const c = ctx.dir.centerOfPerson(p)
    if (c) return c
  }
  const remembered = ctx.dir.enterprise(ctx.state.enterpriseId)
  return (remembered ? ctx.dir.centerOfEnterprise(remembered) : undefined) ?? ctx.dir.center(ctx.state.centerId) ?? (ctx.dir.allCenters().length === 1 ? ctx.dir.allCenters()[0] : undefined)
}

export function defaultCenter(ctx: Ctx): Center {
  return ctx.dir.center(ctx.deps.env.DEFAULT_CENTER_ID) ?? ctx.dir.allCenters()[0]!
}

async function askWhichCompany(ctx: Ctx, intent: Intent, matched: string, candidates: Enterprise[]): Promise<void> {
  ctx.setFlow({ name: 'ask_company', intent })
  const choices = await Promise.all(candidates.slice(0, 8).map((e) => ctx.choice(recordText(ctx.lang, e.name), 'pick_company', { enterpriseId: e.id, intent })))
  ctx.say(t(ctx.lang, 'ask_which_company', { matched: recordText(ctx.lang, matched) }), choices)
}

async function askWhichCenter(ctx: Ctx, intent: Intent): Promise<void> {
  ctx.setFlow({ name: 'ask_center', intent })
  const choices = await Promise.all(ctx.dir.allCenters().slice(0, 8).map((c) => ctx.choice(recordText(ctx.lang, c.name), 'pick_center', { centerId: c.id, intent })))
  ctx.say(t(ctx.lang, 'ask_which_center'), choices)
}

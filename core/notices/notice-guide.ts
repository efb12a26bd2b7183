import { randomInt } from 'node:crypto'
import { z } from 'zod'
import type { Ctx } from '../conversation/context.js'
import { recordText, t, type MessageKey } from '../i18n/catalog.js'
import type { Branch } from '../model/records.js'
import { mayManageBranch } from './notice-access.js'
import { createNotice } from './notice-create.js'
import type { NoticeDeps } from './notice-deps.js'
import { MAX_AGENDA, MAX_PLACE, MAX_TITLE } from './notice-record.js'
import { whenText } from './notice-text.js'
import { parseWhen } from './when-parse.js'

// The guided "/notice": title, then when (asked again while unparseable or past), then where,
// then the agenda (or "skip"), then the same preview and confirm as the one-line form. The
// answers so far live in the notices' own Redis key (with a TTL), per platform user.
//
// Tied to the conversation's flow: the guide notes a stamp in the dialogue's `flowAt` (with no
// flow of the conversation's own). /cancel, or any flow the conversation starts (registration,
// "which company?"), replaces that stamp, and the guide then ends by itself on the next text.

const Guide = z.object({
  stamp: z.number(),
  branchId: z.string(),
  step: z.enum(['title', 'when', 'where', 'agenda']),
  title: z.string().optional(),
  when: z.string().optional(),
  where: z.string().optional(),
})
type Guide = z.infer<typeof Guide>

export type GuideDeps = Pick<NoticeDeps, 'redis' | 'keys' | 'config'>

const CANCEL = /^(取消|算了|不发了|不写了|退出|cancel|stop|quit)[。.!！]*$/i
const SKIP = /^(跳过|略过|无|没有|不用|skip|none|no|-)[。.!！]*$/i

const key = (ctx: Ctx, deps: GuideDeps) => deps.keys.noticeGuide(ctx.actor.platform, ctx.actor.userId)

async function save(ctx: Ctx, deps: GuideDeps, g: Guide): Promise<void> {
  await deps.redis.set(key(ctx, deps), JSON.stringify(g), 'PX', deps.config.guideTtlMs)
}

async function end(ctx: Ctx, deps: GuideDeps, g: Guide | null): Promise<void> {
  await deps.redis.del(key(ctx, deps))
  if (g && ctx.state.flowAt === g.stamp) delete ctx.state.flowAt
}

async function load(ctx: Ctx, deps: GuideDeps): Promise<Guide | null> {
  const raw = await deps.redis.get(key(ctx, deps))
  if (!raw) return null
  try {
    const parsed = Guide.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** "/notice" alone (or "/notice br_xxx"): checks who may send to the branch, then asks the title. */
export async function startGuide(ctx: Ctx, deps: GuideDeps, branchArg: string): Promise<void> {
  const me = ctx.actor.person!
  let branch: Branch | undefined
  if (branchArg) branch = ctx.dir.branch(branchArg)
  else if (me.role === 'secretary') branch = ctx.dir.branch(me.branch_id)
  if (!branch) return ctx.say(t(ctx.lang, 'notice_name_branch'))
  if (!mayManageBranch(ctx.dir, me, branch)) return ctx.say(t(ctx.lang, 'notice_forbidden', { branch: recordText(ctx.lang, branch.name) }))
  // Whatever flow the conversation had is over; the fraction makes the stamp unlike any flow's.
  ctx.setFlow(undefined)
  const stamp = ctx.now.getTime() + randomInt(1, 1000) / 1000
  ctx.state.flowAt = stamp
  await save(ctx, deps, { stamp, branchId: branch.id, step: 'title' })
  ctx.say(t(ctx.lang, 'notice_guide_title'))
}

/** The next answer of a guided /notice, if one is under way; true when the text was taken. */
export async function guideStep(ctx: Ctx, deps: GuideDeps, text: string): Promise<boolean> {
  const g = await load(ctx, deps)
  if (!g) return false
  if (ctx.state.flowAt !== g.stamp) {
    // /cancel or another flow came in between: the guide is over, and this text is not for it.
    await end(ctx, deps, null)
    return false
  }
  const s = text.trim()
  if (CANCEL.test(s)) {
    await end(ctx, deps, g)
    ctx.say(t(ctx.lang, 'notice_guide_cancelled'))
    return true
  }
  // A "|" in an answer would shift the fields of the one-line form the guide ends in.
  const answer = s.replace(/[|｜]/g, '/')
  const tooLong = (field: MessageKey, max: number) => ctx.say(t(ctx.lang, 'notice_guide_too_long', { field: t(ctx.lang, field), length: answer.length, max }))
  switch (g.step) {
    case 'title':
      if (answer.length > MAX_TITLE) {
        tooLong('notice_field_title', MAX_TITLE)
        return true
      }
      await save(ctx, deps, { ...g, title: answer, step: 'when' })
      ctx.say(t(ctx.lang, 'notice_guide_when'))
      return true
    case 'when': {
      const when = parseWhen(answer, ctx.now, deps.config.timeZone)
      if (when.kind === 'unparseable') {
        ctx.say(t(ctx.lang, 'notice_guide_when_again', { when: answer.slice(0, 100) }))
        return true
      }
      if (when.kind === 'past') {
        ctx.say(t(ctx.lang, 'notice_guide_when_past', { when: answer.slice(0, 100), at: whenText(ctx.lang, when.at, deps.config.timeZone) }))
        return true
      }
      await save(ctx, deps, { ...g, when: answer, step: 'where' })
      ctx.say(t(ctx.lang, 'notice_guide_where'))
      return true
    }
    case 'where':
      if (answer.length > MAX_PLACE) {
        tooLong('notice_field_where', MAX_PLACE)
        return true
      }
      await save(ctx, deps, { ...g, where: answer, step: 'agenda' })
      ctx.say(t(ctx.lang, 'notice_guide_agenda'))
      return true
    case 'agenda': {
      const agenda = SKIP.test(answer) ? '' : answer
      if (agenda.length > MAX_AGENDA) {
        tooLong('notice_field_agenda', MAX_AGENDA)
        return true
      }
      await end(ctx, deps, g)
      const fields = [g.branchId, g.title ?? '', g.when ?? '', g.where ?? '', ...(agenda ? [agenda] : [])]
      await createNotice(ctx, deps, fields.join(' | '))
      return true
    }
  }
}

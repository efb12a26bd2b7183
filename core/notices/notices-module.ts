import { forbid, hasRole } from '../conversation/commands.js'
import type { Ctx } from '../conversation/context.js'
import type { CoreModule } from '../conversation/handle.js'
import { recordText, t } from '../i18n/catalog.js'
import { NoticeStore } from '../store/notices.js'
import { managedBranches } from './notice-access.js'
import { cancelCommand } from './notice-cancel.js'
import { checkinCommand } from './notice-checkin.js'
import { confirmNotice, createNotice, discardNotice } from './notice-create.js'
import { noticesConfig } from './notice-config.js'
import { noticeStore, type NoticeDeps } from './notice-deps.js'
import { editCommand } from './notice-edit.js'
import { guideStep } from './notice-guide.js'
import { RsvpState } from './notice-record.js'
import { remindCommand } from './notice-reminders.js'
import { exportCommand, loadAttendance, rosterCommand, answerOf } from './notice-roster.js'
import { answerFromText, answerNotice } from './notice-rsvp.js'
import { whenText } from './notice-text.js'

/**
 * Meeting notices: secretaries (and admins of the center) create, send, remind, cancel, read
 * the roster, show the check-in code and export attendance; members answer with the buttons a
 * notice carries (bound to them) or in words, and check in with the code.
 */
export function noticesModule(deps: NoticeDeps): CoreModule {
  return {
    commands: {
      notice: (ctx, args) => createNotice(ctx, deps, args),
      notices: (ctx) => listNotices(ctx, deps),
      roster: (ctx, args) => rosterCommand(ctx, deps, args),
      remind: (ctx, args) => remindCommand(ctx, deps, args),
      export: (ctx, args) => exportCommand(ctx, deps, args),
      checkin: (ctx, args) => checkinCommand(ctx, deps, args),
      cancelnotice: (ctx, args) => cancelCommand(ctx, deps, args),
      editnotice: (ctx, args) => editCommand(ctx, deps, args),
    },
    actions: {
      notice_confirm: (ctx, action) => confirmNotice(ctx, deps, action.args.noticeId ?? ''),
      notice_discard: (ctx, action) => discardNotice(ctx, deps, action.args.noticeId ?? ''),
      notice_rsvp: async (ctx, action, event) => {
        const state = RsvpState.safeParse(action.args.state)
        const store = noticeStore(deps)
        const n = await store.get(action.args.noticeId ?? '')
        if (!state.success || !n || !ctx.actor.person) return ctx.refuse(t(ctx.lang, 'action_invalid'))
        // A platform that collects the reason with the button (a Slack modal) sends it as payload.
        const reason = state.data === 'declined' ? event.payload?.trim().slice(0, 300) || null : null
        return answerNotice(ctx, store, n, state.data, reason, 'button')
      },
    },
  }
}

/**
 * For the conversation, before it routes a text that is not a command: a leave reason we
 * asked for, or a plain answer ("我参加", "去不了，要加班") to the one notice the person has
 * open. True when the text was taken as such (a reply has been said).
 */
export async function noticeFreeText(ctx: Ctx, text: string): Promise<boolean> {
  if (!ctx.actor.person) return false
  // A guided /notice under way takes the secretary's answers first.
  if (await guideStep(ctx, { redis: ctx.deps.redis, keys: ctx.deps.keys, config: noticesConfig(ctx.deps.env) }, text)) return true
  return answerFromText(ctx, new NoticeStore(ctx.deps.redis, ctx.deps.keys), text)
}

async function listNotices(ctx: Ctx, deps: NoticeDeps): Promise<void> {
  if (!hasRole(ctx, ['secretary', 'admin'])) return forbid(ctx, 'role_secretary')
  const store = noticeStore(deps)
  const branches = managedBranches(ctx.dir, ctx.actor.person)
  const lines: string[] = []
  for (const b of branches.slice(0, 20)) {
    const notices = await store.latestOfBranch(b.id, 10)
    if (notices.length === 0) continue
    lines.push(t(ctx.lang, 'notices_head', { branch: recordText(ctx.lang, b.name) }))
    for (const n of notices) {
      const a = await loadAttendance(store, n, ctx.dir)
      const count = (s: ReturnType<typeof answerOf>) => a.people.filter((p) => answerOf(a, p) === s).length
      const state = (await store.state(n.id)) ?? 'sent'
      lines.push(
        t(ctx.lang, 'notices_line', {
          id: n.id,
          title: recordText(ctx.lang, n.title),
          when: whenText(ctx.lang, n.at, deps.config.timeZone),
          state: t(ctx.lang, `notice_state_${state}`),
          yes: count('accepted'),
          no: count('declined'),
          maybe: count('tentative'),
          none: count('needsAction'),
        }),
      )
    }
  }
  if (lines.length === 0) return ctx.say(t(ctx.lang, 'notice_none', { branch: recordText(ctx.lang, branches[0]?.name ?? '—') }))
  ctx.say(lines.join('\n'))
}

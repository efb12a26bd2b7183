import type { Ctx } from '../conversation/context.js'
import { recordText, t } from '../i18n/catalog.js'
import type { NoticeStore } from '../store/notices.js'
import { noticesConfig } from './notice-config.js'
import { MAX_REASON, RsvpState, type Notice } from './notice-record.js'
import { whenText } from './notice-text.js'

// Free-text answers to a notice. Only short texts that are plainly an answer count; a question
// ("明天的会要带什么吗？") goes on to the normal routing.
const ACCEPT_ZH = /^(好的?|收到|没问题|可以)?[，,\s]*(我|俺)?(会|能|可以|一定|准时|肯定)?(参加|出席|到场|去|来|到会)(的|哈|呢|啊)?[。.!！~～]*$/
const ACCEPT_EN = /^(yes[,.!]?\s*)?(i('|\s*wi)ll (come|attend|be there)|i can (come|make it)|count me in|attending)[.!]*$/i
const DECLINE = /(去不了|来不了|参加不了|不能参加|无法参加|不参加|不去了?|要?请假|到不了|没法参加|没办法参加|赶不上|can'?t (make it|come|attend)|cannot (make it|come|attend)|won'?t (make it|come|be able to (come|attend)))/i
const TENTATIVE = /^(我)?(还)?(不确定|待定|说不准|不一定|可能去|看情况)[。.!！]*$|^(maybe|not sure|tentative)[.!]*$/i
const MAX_ANSWER_TEXT = 60

export type TextAnswer = { state: 'accepted' | 'tentative' } | { state: 'declined'; reason: string | null }

/** "我参加" → accepted; "去不了，要加班" → declined with "要加班"; anything else → null. */
export function classifyAnswer(text: string): TextAnswer | null {
  const s = text.trim()
  if (!s || s.length > MAX_ANSWER_TEXT || /[?？吗]/.test(s)) return null
  if (TENTATIVE.test(s)) return { state: 'tentative' }
  const d = DECLINE.exec(s)
  if (d) {
    const reason = (s.slice(0, d.index) + ' ' + s.slice(d.index + d[0].length)).replace(/^[\s，,。.:：;；、!！]+|[\s，,。.!！]+$/g, '').replace(/^(因为|because)\s*/i, '')
    return { state: 'declined', reason: reason.length >= 2 ? reason.slice(0, MAX_REASON) : null }
  }
  if (ACCEPT_ZH.test(s) || ACCEPT_EN.test(s)) return { state: 'accepted' }
  return null
}

/**
 * Stores one answer (before any reply is said) if the notice still takes answers: not
 * cancelled, not started, and the person is one of its recipients. Declining without a reason
 * makes the person's next text the reason (for a short while).
 */
export async function answerNotice(ctx: Ctx, store: NoticeStore, n: Notice, state: RsvpState, reason: string | null, via: 'button' | 'text'): Promise<void> {
  const me = ctx.actor.person!
  const title = recordText(ctx.lang, n.title)
  const tz = ctx.deps.env.LIANXIN_TZ
  const noticeState = await store.state(n.id)
  if (noticeState === 'cancelled') return ctx.refuse(t(ctx.lang, 'rsvp_notice_cancelled', { title }))
  if (noticeState !== 'sent' || !(await store.isRecipient(n.id, me.id))) return ctx.refuse(t(ctx.lang, 'action_invalid'))
  if (ctx.now.getTime() >= n.at) return ctx.refuse(t(ctx.lang, 'rsvp_closed', { title }))
  const kept = state === 'declined' ? (reason ?? (await store.rsvp(n.id, me.id))?.reason ?? null) : null
  await store.setRsvp(n.id, me.id, { state, reason: kept, at: ctx.now.getTime(), via })
  if (state === 'declined' && !kept) {
    await store.awaitReason(me.id, n.id, noticesConfig(ctx.deps.env).leaveReasonTtlMs)
    return ctx.say(t(ctx.lang, 'rsvp_declined_ask_reason'))
  }
  await store.clearAwaitedReason(me.id)
  if (state === 'declined') return ctx.say(t(ctx.lang, 'rsvp_declined', { reason: kept! }))
  if (state === 'tentative') return ctx.say(t(ctx.lang, 'rsvp_tentative'))
  ctx.say(t(ctx.lang, 'rsvp_accepted', { title, when: whenText(ctx.lang, n.at, tz), where: recordText(ctx.lang, n.where) }))
}

/** Notices of the person's branch that take answers now and reached them (or are being sent). */
export async function openNoticesOf(ctx: Ctx, store: NoticeStore): Promise<Notice[]> {
  const me = ctx.actor.person
  if (!me?.branch_id) return []
  const upcoming = await store.ofBranch(me.branch_id, ctx.now.getTime() + 1, '+inf', 20)
  const open: Notice[] = []
  for (const n of upcoming) if ((await store.state(n.id)) === 'sent' && (await store.isRecipient(n.id, me.id))) open.push(n)
  return open
}

/**
 * Free text that answers a notice; true when it was one (then a reply was said). First the
 * leave reason we asked for; then "我参加" / "去不了，要加班" from someone with exactly one
 * open notice (with several, we cannot tell which one they mean, so the text routes on).
 */
export async function answerFromText(ctx: Ctx, store: NoticeStore, text: string): Promise<boolean> {
  const me = ctx.actor.person
  if (!me || text.startsWith('/')) return false
  const answer = classifyAnswer(text)
  const owed = await store.takeAwaitedReason(me.id)
  if (owed && (!answer || answer.state === 'declined')) {
    const n = await store.get(owed)
    if (n) {
      const reason = (answer?.state === 'declined' && answer.reason ? answer.reason : text.trim()).slice(0, MAX_REASON)
      const current = await store.rsvp(n.id, me.id)
      if (current?.state === 'declined' && ctx.now.getTime() < n.at) {
        await store.setRsvp(n.id, me.id, { ...current, reason, at: ctx.now.getTime() })
        ctx.say(t(ctx.lang, 'rsvp_reason_saved', { reason }))
        return true
      }
    }
  }
  if (!answer) return false
  const open = await openNoticesOf(ctx, store)
  if (open.length !== 1) return false
  await answerNotice(ctx, store, open[0]!, answer.state, answer.state === 'declined' ? answer.reason : null, 'text')
  return true
}

import type { Ctx } from '../conversation/context.js'
import type { Directory } from '../directory/directory.js'
import { t } from '../i18n/catalog.js'
import type { Branch, Person } from '../model/records.js'
import type { NoticeStore } from '../store/notices.js'
import { parseNoticeId, type Notice } from './notice-record.js'

/** The branch's own secretary, or an admin of the branch's center; nobody else. */
export function mayManageBranch(dir: Directory, p: Person | null, branch: Branch): boolean {
  if (!p) return false
  if (p.role === 'secretary') return p.branch_id === branch.id
  if (p.role === 'admin') return dir.centerOfPerson(p)?.id === branch.center_id
  return false
}

/** The branches a secretary or admin manages (a secretary's own; an admin's center's). */
export function managedBranches(dir: Directory, p: Person | null): Branch[] {
  if (!p) return []
  return dir.allBranches().filter((b) => mayManageBranch(dir, p, b))
}

/**
 * The notice a secretary's command is about: the id given, or else the soonest upcoming (or
 * most recent) notice of their branches. Someone who may not manage the notice's branch gets
 * the same answer as for an unknown id, so ids reveal nothing. Null → a reply was said.
 */
export async function noticeForManager(ctx: Ctx, store: NoticeStore, rawId: string): Promise<Notice | null> {
  const p = ctx.actor.person
  const id = rawId.trim() ? parseNoticeId(rawId.trim().split(/\s+/)[0]!) : null
  if (rawId.trim()) {
    const n = id ? await store.get(id) : null
    const b = n ? ctx.dir.branch(n.branchId) : undefined
    if (n && b && mayManageBranch(ctx.dir, p, b) && (await store.state(n.id)) !== 'draft') return n
    ctx.say(t(ctx.lang, 'notice_not_found', { id: id ?? rawId.trim().slice(0, 20) }))
    return null
  }
  const branches = managedBranches(ctx.dir, p)
  let best: Notice | null = null
  for (const b of branches) {
    // An upcoming meeting first (or one under way: 3 h back); else the latest one.
    const upcoming = await store.ofBranch(b.id, ctx.now.getTime() - 3 * 3_600_000, '+inf', 1)
    const pick = upcoming[0] ?? (await store.latestOfBranch(b.id, 1))[0]
    if (pick && (!best || Math.abs(pick.at - ctx.now.getTime()) < Math.abs(best.at - ctx.now.getTime()))) best = pick
  }
  if (!best) ctx.say(t(ctx.lang, 'notice_none', { branch: branches[0]?.name ?? '—' }))
  return best
}

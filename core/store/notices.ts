import { Notice, NoticeState, Rsvp, Series } from '../notices/notice-record.js'
import type { Keys } from './keys.js'
import type { Redis } from './redis.js'
import { RegistrationStore } from './registrations.js'

/** Check-in records, outcomes and answers are kept this long after the notice is sent. */
const KEEP_SECONDS = 400 * 86_400

/** draft → sent once: the record stops expiring and the branch lists it. Two presses send once. */
const CONFIRM = `
if redis.call('GET', KEYS[1]) ~= 'draft' then return 0 end
redis.call('SET', KEYS[1], 'sent')
redis.call('PERSIST', KEYS[2])
redis.call('ZADD', KEYS[3], ARGV[1], ARGV[2])
return 1
`
/** sent → cancelled once. */
const CANCEL = `
if redis.call('GET', KEYS[1]) ~= 'sent' then return 0 end
redis.call('SET', KEYS[1], 'cancelled')
return 1
`
/** A draft is forgotten only while still a draft (a send pressed meanwhile wins). */
const DISCARD = `
if redis.call('GET', KEYS[1]) ~= 'draft' then return 0 end
redis.call('DEL', KEYS[1], KEYS[2])
return 1
`
/** A wrong check-in code: counts the attempt in a window that starts at the first one. */
const COUNT_ATTEMPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`

/**
 * A change of a sent notice (time, place), once per version: the record is replaced only when
 * its version is still the one the change was made from, and the branch's list follows the time.
 */
const UPDATE = `
if redis.call('GET', KEYS[2]) ~= 'sent' then return 0 end
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local v = cjson.decode(raw).version or 0
if tostring(v) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
return 1
`
/**
 * Whether "sent n of N" should be shown now: never an older n than the last shown; the last one
 * (n = N) always; others only when the throttle's lock is free (then it is taken). Returns the
 * previous n shown (-1: none yet), or -2 when nothing is to be shown.
 */
const PROGRESS = `
local last = tonumber(redis.call('GET', KEYS[1]) or '-1')
local n = tonumber(ARGV[1])
if n <= last then return -2 end
if n < tonumber(ARGV[2]) and tonumber(ARGV[3]) > 0 then
  if not redis.call('SET', KEYS[2], '1', 'PX', ARGV[3], 'NX') then return -2 end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[4])
return last
`

export type Outcome = { reached: true; platforms: string[] } | { reached: false }

/**
 * Notices in Redis: the notice as JSON and its state beside it (so a state change is one small
 * script), the recipients, the per-person outcome of the fan-out, answers, check-ins and the
 * check-in code. The only place that knows these key names (besides keys.ts).
 */
export class NoticeStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  async nextId(): Promise<string> {
    return `N${await this.redis.incr(this.keys.noticeSeq())}`
  }

  async nextSeriesId(): Promise<string> {
    return `S${await this.redis.incr(this.keys.noticeSeq())}`
  }

  /** A preview waiting for confirmation; forgotten after `ttlMs`. */
  async saveDraft(n: Notice, ttlMs: number): Promise<void> {
    await this.redis
      .multi()
      .set(this.keys.notice(n.id), JSON.stringify(Notice.parse(n)), 'PX', ttlMs)
      .set(this.keys.noticeState(n.id), 'draft', 'PX', ttlMs)
      .exec()
  }

  /** Replaces a notice's record (a change of time or place); its state is untouched. */
  async replace(n: Notice): Promise<void> {
    await this.redis.set(this.keys.notice(n.id), JSON.stringify(Notice.parse(n)), 'KEEPTTL')
  }

  /** A change of a sent notice from version `fromVersion`; false when it is no longer that version (or not sent). */
  async update(n: Notice, fromVersion: number): Promise<boolean> {
    const keys = [this.keys.notice(n.id), this.keys.noticeState(n.id), this.keys.noticesOfBranch(n.branchId)]
    return (await this.redis.eval(UPDATE, keys.length, ...keys, String(fromVersion), JSON.stringify(Notice.parse(n)), n.at, n.id)) === 1
  }

  /**
   * Claims the right to show "sent `done` of `total`" (see PROGRESS): the previous count shown
   * (-1 for none), or null when this count is not to be shown.
   */
  async claimProgress(id: string, done: number, total: number, everyMs: number): Promise<number | null> {
    const r = Number(await this.redis.eval(PROGRESS, 2, this.keys.noticeProgress(id), this.keys.noticeProgressLock(id), done, total, Math.max(0, Math.round(everyMs)), KEEP_SECONDS))
    return r === -2 ? null : r
  }

  /** Self-registered members (their ids are registration ids, "r12"), as the notice's audience. */
  registrations(): RegistrationStore {
    return new RegistrationStore(this.redis, this.keys)
  }

  async get(id: string): Promise<Notice | null> {
    const raw = await this.redis.get(this.keys.notice(id))
    if (!raw) return null
    const parsed = Notice.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  }

  async state(id: string): Promise<NoticeState | null> {
    const parsed = NoticeState.safeParse(await this.redis.get(this.keys.noticeState(id)))
    return parsed.success ? parsed.data : null
  }

  /** draft → sent; false when it was not a draft (already sent, cancelled, expired). */
  async confirm(n: Notice): Promise<boolean> {
    const keys = [this.keys.noticeState(n.id), this.keys.notice(n.id), this.keys.noticesOfBranch(n.branchId)]
    const r = await this.redis.eval(CONFIRM, keys.length, ...keys, n.at, n.id)
    if (r !== 1) return false
    await this.redis.persist(this.keys.noticeState(n.id))
    return true
  }

  async discardDraft(id: string): Promise<boolean> {
    return (await this.redis.eval(DISCARD, 2, this.keys.noticeState(id), this.keys.notice(id))) === 1
  }

  async cancel(id: string): Promise<boolean> {
    return (await this.redis.eval(CANCEL, 1, this.keys.noticeState(id))) === 1
  }

  /** Sent or cancelled notices of a branch with a start in [fromMs, toMs], soonest first. */
  async ofBranch(branchId: string, fromMs: number, toMs: number | '+inf', limit = 20): Promise<Notice[]> {
    const ids = await this.redis.zrangebyscore(this.keys.noticesOfBranch(branchId), fromMs, toMs, 'LIMIT', 0, limit)
    const all = await Promise.all(ids.map((id) => this.get(id)))
    return all.filter((n): n is Notice => n !== null)
  }

  /** The latest sent notices of a branch, newest start first. */
  async latestOfBranch(branchId: string, limit = 10): Promise<Notice[]> {
    const ids = await this.redis.zrevrange(this.keys.noticesOfBranch(branchId), 0, limit - 1)
    const all = await Promise.all(ids.map((id) => this.get(id)))
    return all.filter((n): n is Notice => n !== null)
  }

  async addRecipients(id: string, personIds: string[]): Promise<void> {
    for (let i = 0; i < personIds.length; i += 1000) await this.redis.sadd(this.keys.noticeRecipients(id), ...personIds.slice(i, i + 1000))
  }

  async recipients(id: string): Promise<string[]> {
    return this.redis.smembers(this.keys.noticeRecipients(id))
  }

  async isRecipient(id: string, personId: string): Promise<boolean> {
    return (await this.redis.sismember(this.keys.noticeRecipients(id), personId)) === 1
  }

  /**
   * The outcome of sending the notice to one person, first write wins. Returns whether this
   * call recorded it, and how many outcomes and recipients there are now.
   */
  async recordOutcome(id: string, personId: string, o: Outcome): Promise<{ first: boolean; done: number; total: number }> {
    const value = o.reached ? `sent:${o.platforms.join(',')}` : 'unreachable'
    const r = await this.redis.multi().hsetnx(this.keys.noticeOutcome(id), personId, value).hlen(this.keys.noticeOutcome(id)).scard(this.keys.noticeRecipients(id)).exec()
    const n = (i: number) => Number(r?.[i]?.[1] ?? 0)
    return { first: n(0) === 1, done: n(1), total: n(2) }
  }

  async hasOutcome(id: string, personId: string): Promise<boolean> {
    return (await this.redis.hexists(this.keys.noticeOutcome(id), personId)) === 1
  }

  async outcomes(id: string): Promise<Map<string, Outcome>> {
    const raw = await this.redis.hgetall(this.keys.noticeOutcome(id))
    const out = new Map<string, Outcome>()
    for (const [p, v] of Object.entries(raw)) out.set(p, v.startsWith('sent:') ? { reached: true, platforms: v.slice(5).split(',') } : { reached: false })
    return out
  }

  async summarySent(id: string): Promise<boolean> {
    return (await this.redis.exists(this.keys.noticeSummarySent(id))) === 1
  }

  async markSummarySent(id: string): Promise<void> {
    await this.redis.set(this.keys.noticeSummarySent(id), '1', 'EX', KEEP_SECONDS)
  }

  async setRsvp(id: string, personId: string, rsvp: Rsvp): Promise<void> {
    await this.redis.hset(this.keys.noticeRsvp(id), personId, JSON.stringify(Rsvp.parse(rsvp)))
  }

  async rsvp(id: string, personId: string): Promise<Rsvp | null> {
    const raw = await this.redis.hget(this.keys.noticeRsvp(id), personId)
    return raw ? parseRsvp(raw) : null
  }

  async rsvps(id: string): Promise<Map<string, Rsvp>> {
    const raw = await this.redis.hgetall(this.keys.noticeRsvp(id))
    const out = new Map<string, Rsvp>()
    for (const [p, v] of Object.entries(raw)) {
      const r = parseRsvp(v)
      if (r) out.set(p, r)
    }
    return out
  }

  /** Remembers that this person's next text is the reason for declining `noticeId`. */
  async awaitReason(personId: string, noticeId: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.keys.noticeLeaveReason(personId), noticeId, 'PX', ttlMs)
  }

  /** The notice whose leave reason this person owes, taken (read and cleared) at once. */
  async takeAwaitedReason(personId: string): Promise<string | null> {
    return this.redis.getdel(this.keys.noticeLeaveReason(personId))
  }

  async clearAwaitedReason(personId: string): Promise<void> {
    await this.redis.del(this.keys.noticeLeaveReason(personId))
  }

  /**
   * Binds a fresh check-in code to the notice until `untilMs` (+ a day, so a late code gets
   * "the window is over" rather than "wrong code"). False when the code is taken by another notice.
   */
  async setCheckinCode(id: string, code: string, untilMs: number, nowMs: number): Promise<boolean> {
    const ttl = Math.max(1000, untilMs - nowMs) + 86_400_000
    const ok = await this.redis.set(this.keys.checkinCode(code), id, 'PX', ttl, 'NX')
    if (ok !== 'OK') return false
    await this.redis.set(this.keys.noticeCheckinCode(id), code, 'PX', ttl)
    return true
  }

  async checkinCodeOf(id: string): Promise<string | null> {
    return this.redis.get(this.keys.noticeCheckinCode(id))
  }

  async noticeOfCode(code: string): Promise<string | null> {
    return this.redis.get(this.keys.checkinCode(code))
  }

  /** Counts a wrong code; returns the attempts within the current window. */
  async countCheckinAttempt(personId: string, windowMs: number): Promise<number> {
    return Number(await this.redis.eval(COUNT_ATTEMPT, 1, this.keys.checkinAttempts(personId), windowMs))
  }

  async checkinAttempts(personId: string): Promise<number> {
    return Number((await this.redis.get(this.keys.checkinAttempts(personId))) ?? 0)
  }

  /** First check-in wins; returns the time on record. */
  async checkIn(id: string, personId: string, atMs: number): Promise<{ first: boolean; at: number }> {
    const r = await this.redis.multi().hsetnx(this.keys.noticeCheckins(id), personId, String(atMs)).hget(this.keys.noticeCheckins(id), personId).exec()
    return { first: Number(r?.[0]?.[1]) === 1, at: Number(r?.[1]?.[1] ?? atMs) }
  }

  async checkins(id: string): Promise<Map<string, number>> {
    const raw = await this.redis.hgetall(this.keys.noticeCheckins(id))
    return new Map(Object.entries(raw).map(([p, v]) => [p, Number(v)]))
  }

  async saveSeries(s: Series): Promise<void> {
    await this.redis.set(this.keys.noticeSeries(s.id), JSON.stringify(Series.parse(s)))
  }

  async series(id: string): Promise<Series | null> {
    const raw = await this.redis.get(this.keys.noticeSeries(id))
    if (!raw) return null
    const parsed = Series.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  }

  /** The notice of one occurrence of a series: the first caller's id wins (a re-run job reuses it). */
  async claimOccurrence(seriesId: string, atMs: number, noticeId: string): Promise<string> {
    const key = this.keys.noticeOfOccurrence(seriesId, atMs)
    const ok = await this.redis.set(key, noticeId, 'EX', KEEP_SECONDS, 'NX')
    return ok === 'OK' ? noticeId : ((await this.redis.get(key)) ?? noticeId)
  }
}

function parseRsvp(raw: string): Rsvp | null {
  try {
    const parsed = Rsvp.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}


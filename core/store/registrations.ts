import { z } from 'zod'
import { Platform } from '../model/events.js'
import type { Keys } from './keys.js'
import type { Redis } from './redis.js'

export const Registration = z.object({
  id: z.string(),
  platform: Platform,
  userId: z.string(),
  chatId: z.string(),
  name: z.string(),
  enterpriseId: z.string(),
  branchId: z.string(),
  centerId: z.string().nullable(),
  lang: z.enum(['zh-Hans', 'zh-Hant', 'en']),
  status: z.enum(['pending', 'approved', 'rejected']),
  at: z.string(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
})
export type Registration = z.infer<typeof Registration>

export class RegistrationStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  async get(id: string): Promise<Registration | null> {
    const raw = await this.redis.get(this.keys.registration(id))
    if (!raw) return null
    const parsed = Registration.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  }

  async ofUser(platform: string, userId: string): Promise<Registration | null> {
    const id = await this.redis.get(this.keys.registrationOf(platform, userId))
    return id ? this.get(id) : null
  }

  /** Writes a new pending registration, unless this platform user already has one (returns it). */
  async create(input: Omit<Registration, 'id' | 'status'>): Promise<{ registration: Registration; created: boolean }> {
    const id = `r${await this.redis.incr(this.keys.registrationSeq())}`
    const registration: Registration = { ...input, id, status: 'pending' }
    const claimed = await this.redis.set(this.keys.registrationOf(input.platform, input.userId), id, 'NX')
    if (claimed !== 'OK') {
      const existing = await this.ofUser(input.platform, input.userId)
      if (existing && existing.status !== 'rejected') return { registration: existing, created: false }
      await this.redis.set(this.keys.registrationOf(input.platform, input.userId), id)
    }
    await this.redis
      .multi()
      .set(this.keys.registration(id), JSON.stringify(registration))
      .zadd(this.keys.pendingByBranch(input.branchId), Date.parse(input.at), id)
      .exec()
    return { registration, created: true }
  }

  async pending(branchId: string): Promise<Registration[]> {
    const ids = await this.redis.zrange(this.keys.pendingByBranch(branchId), 0, 99)
    const regs = await Promise.all(ids.map((id) => this.get(id)))
    return regs.filter((r): r is Registration => r !== null && r.status === 'pending')
  }

  /**
   * Moves a pending registration to approved/rejected exactly once (one Lua script, atomic on
   * the server): two secretaries pressing at the same time cannot both decide. Returns the
   * registration and whether this call made the decision.
   */
  async decide(id: string, status: 'approved' | 'rejected', by: string, at: Date): Promise<{ registration: Registration | null; decided: boolean }> {
    const current = await this.get(id)
    if (!current) return { registration: null, decided: false }
    const result = (await this.redis.eval(
      DECIDE,
      4,
      this.keys.registration(id),
      this.keys.pendingByBranch(current.branchId),
      this.keys.link(current.platform, current.userId),
      this.keys.approvedByBranch(current.branchId),
      status,
      by,
      at.toISOString(),
    )) as [number, string] | null
    if (!result) return { registration: null, decided: false }
    const parsed = Registration.safeParse(JSON.parse(result[1]))
    return { registration: parsed.success ? parsed.data : null, decided: result[0] === 1 }
  }

  /** The approved registrations of a branch (members who registered themselves), oldest id first. */
  async approvedOfBranch(branchId: string): Promise<Registration[]> {
    const ids = await this.redis.smembers(this.keys.approvedByBranch(branchId))
    const regs = await Promise.all(ids.map((id) => this.get(id)))
    return regs
      .filter((r): r is Registration => r !== null && r.status === 'approved' && r.branchId === branchId)
      .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
  }
}

const DECIDE = `
local raw = redis.call('GET', KEYS[1])
if not raw then return nil end
local r = cjson.decode(raw)
if r.status ~= 'pending' then return {0, raw} end
r.status = ARGV[1]
r.decidedBy = ARGV[2]
r.decidedAt = ARGV[3]
local out = cjson.encode(r)
redis.call('SET', KEYS[1], out)
redis.call('ZREM', KEYS[2], r.id)
if ARGV[1] == 'approved' then
  redis.call('SET', KEYS[3], r.id)
  redis.call('SADD', KEYS[4], r.id)
end
return {1, out}
`

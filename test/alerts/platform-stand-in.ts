import type { Directory } from '../../core/directory/directory.js'
import type { Choice, Platform } from '../../core/model/events.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'

export interface Delivery {
  to: string
  key: string
  text: string
  choices: Choice[]
  at: number
  /** The key of the earlier message this one replaces (an acknowledged page). */
  replaces?: string
}

/**
 * The platforms as a counselor sees them, kept in Redis so several processes (a worker that
 * gets killed, its replacement) share one view. Like a real adapter it honors the port's
 * contract — one delivery per recipient and key — and reaches only people with a platform id.
 * `calls` counts every notify() (what the core asked for); `delivered` what people saw.
 */
export class PlatformStandIn implements Notifier {
  /** Set by a test to make the next notify() hang before or after delivering (a worker mid-page). */
  hang: 'before' | 'after' | null = null
  /** People whose platforms refuse every message (blocked the bot, deleted the account). */
  readonly unreachable = new Set<string>()

  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly directory: Directory,
  ) {}

  private log(name: string): string {
    return `${this.keys.prefix}test:${name}`
  }

  async notify(to: Recipient, message: OutboundMessage): Promise<Platform[]> {
    const who = 'personId' in to ? to.personId : `${to.platform}:${to.userId}`
    const entry: Delivery = { to: who, key: message.key, text: message.text, choices: message.choices ?? [], at: Date.now(), ...(message.replaces ? { replaces: message.replaces } : {}) }
    await this.redis.rpush(this.log('calls'), JSON.stringify(entry))
    const person = 'personId' in to ? this.directory.person(to.personId) : undefined
    const platforms: Platform[] = 'personId' in to ? [...(person?.telegram_id ? ['telegram' as const] : []), ...(person?.slack_id ? ['slack' as const] : [])] : [to.platform]
    if (platforms.length === 0 || this.unreachable.has(who)) return []
    if (this.hang === 'before') await new Promise(() => undefined)
    const first = await this.redis.set(this.keys.delivered(`${who}|${message.key}`), '1', 'NX')
    if (first === 'OK') await this.redis.rpush(this.log('delivered'), JSON.stringify(entry))
    if (this.hang === 'after') await new Promise(() => undefined)
    return platforms
  }

  async calls(): Promise<Delivery[]> {
    return (await this.redis.lrange(this.log('calls'), 0, -1)).map((s) => JSON.parse(s) as Delivery)
  }

  async delivered(): Promise<Delivery[]> {
    return (await this.redis.lrange(this.log('delivered'), 0, -1)).map((s) => JSON.parse(s) as Delivery)
  }

  async deliveredTo(personId: string): Promise<Delivery[]> {
    return (await this.delivered()).filter((d) => d.to === personId)
  }
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== false) return v
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'

/**
 * "Unreachable on <platform>": the person blocked the bot, or never pressed /start (a bot may
 * not write first). Set by the delivery worker on 403; cleared when the person writes again.
 */
export class Reachability {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}
  async isUnreachable(platform: string, chatId: string): Promise<boolean> {
    return (await this.redis.exists(this.keys.unreachable(platform, chatId))) === 1
  }
  async markUnreachable(platform: string, chatId: string, at: Date): Promise<void> {
    await this.redis.set(this.keys.unreachable(platform, chatId), at.toISOString())
  }
  async markReachable(platform: string, chatId: string): Promise<void> {
    await this.redis.del(this.keys.unreachable(platform, chatId))
  }
}

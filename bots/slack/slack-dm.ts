import type { WebClient } from '@slack/web-api'
import { z } from 'zod'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'
import { toPlatformError } from './slack-errors.js'

const Opened = z.object({ channel: z.object({ id: z.string().min(1).max(100) }) })

/**
 * The app DM of a person: conversations.open (Tier 3, ~50/min) once, then the channel id from
 * Redis, so pages and broadcasts do not spend that budget and every process shares the answer.
 */
export class SlackDirectMessages {
  constructor(
    private readonly client: WebClient,
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  async channelOf(userId: string): Promise<string> {
    const cached = await this.redis.get(this.keys.slackDm(userId))
    if (cached) return cached
    let result: unknown
    try {
      result = await this.client.conversations.open({ users: userId })
    } catch (err) {
      throw toPlatformError(err, 'conversations.open', userId)
    }
    const id = Opened.parse(result).channel.id
    await this.redis.set(this.keys.slackDm(userId), id)
    return id
  }
}

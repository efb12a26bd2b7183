import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt'
import { z } from 'zod'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'

const SEEN_TTL_SECONDS = 24 * 3600
const Delivery = z.object({ event_id: z.string().min(1).max(100) })

/**
 * bolt does not de-duplicate: Slack sends an event again (X-Slack-Retry-Num) when our answer
 * was late or failed, and may send it twice anyway. The first delivery of an event_id takes it
 * (SET NX in Redis, shared by every bot process); later ones stop here, already acked. Should
 * the work fail, the mark is removed so a redelivery can try again.
 */
export function dropRedeliveries(redis: Redis, keys: Keys, onDrop?: (info: { retryNum: number | undefined }) => void): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const delivery = Delivery.safeParse(body)
    if (!delivery.success) return next()
    const key = keys.slackEvent(delivery.data.event_id)
    if ((await redis.set(key, '1', 'EX', SEEN_TTL_SECONDS, 'NX')) !== 'OK') {
      onDrop?.({ retryNum: typeof context.retryNum === 'number' ? context.retryNum : undefined })
      return
    }
    try {
      await next()
    } catch (err) {
      await redis.del(key).catch(() => undefined)
      throw err
    }
  }
}

import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'
import type { Lane } from './delivery-message.js'

export interface DeliveryRates {
  /** Messages per second for the whole bot (Telegram: about 30). */
  perSecond: number
  /** Share of perSecond bulk may use, so urgent messages always find room (0.8). */
  bulkShare: number
  /** Messages per second to one chat (Telegram: 1; Slack: 1 per channel). */
  perChatPerSecond: number
}

export const TELEGRAM_RATES: DeliveryRates = { perSecond: 30, bulkShare: 0.8, perChatPerSecond: 1 }
/** Slack: chat.postMessage allows about 1 message/s per channel; the workspace budget is a few hundred a minute. */
export const SLACK_RATES: DeliveryRates = { perSecond: 10, bulkShare: 0.8, perChatPerSecond: 1 }

/**
 * A rate shared by every worker process through Redis. Fixed one-second windows would let two
 * windows' worth through within a second (measured: 12 in a second at a 10/s setting), so the
 * second is cut into buckets of `per` messages each, bucketMs = per/rate s long: in any second
 * at most rate + per messages go out. Bucket numbers come from each process's clock.
 */
class BucketRate {
  private readonly limiter: RateLimiterRedis
  private readonly bucketMs: number
  constructor(redis: Redis, keyPrefix: string, perSecond: number) {
    const rate = Math.max(1, perSecond)
    const per = Math.max(1, Math.ceil(rate / 5))
    this.bucketMs = (1000 * per) / rate
    this.limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix, points: per, duration: Math.ceil(this.bucketMs / 1000) + 1 })
  }
  /** 0 when a message may go now; otherwise ms until the next bucket. */
  async take(): Promise<number> {
    const now = Date.now()
    const bucket = Math.floor(now / this.bucketMs)
    const wait = await waitOf(() => this.limiter.consume(String(bucket)))
    return wait === 0 ? 0 : Math.max(1, Math.ceil((bucket + 1) * this.bucketMs - now))
  }
  async giveBack(at: number): Promise<void> {
    await this.limiter.reward(String(Math.floor(at / this.bucketMs)), 1)
  }
}

/**
 * The platform's budget: the bot's global rate, bulk's smaller share of it, and the per-chat
 * rate (BullMQ's own limiter is per queue, and per-group limits are a paid edition). A chat's
 * window starts at its first message, so its messages are always 1/perChatPerSecond s apart.
 */
export class DeliveryLimiter {
  private readonly global: BucketRate
  private readonly bulk: BucketRate
  private readonly chat: RateLimiterRedis

  constructor(redis: Redis, keys: Keys, platform: string, readonly rates: DeliveryRates) {
    this.global = new BucketRate(redis, keys.deliveryRate(platform, 'global'), rates.perSecond)
    this.bulk = new BucketRate(redis, keys.deliveryRate(platform, 'bulk'), rates.perSecond * rates.bulkShare)
    this.chat = new RateLimiterRedis({ storeClient: redis, keyPrefix: keys.deliveryRate(platform, 'chat'), points: Math.max(1, Math.floor(rates.perChatPerSecond)), duration: 1 })
  }

  /** 0 when this chat may get a message now; otherwise how long to wait. */
  async chatWait(chatId: string): Promise<number> {
    return waitOf(() => this.chat.consume(chatId))
  }

  /** Waits for a slot in the bot's budget; bulk takes from its own smaller share first. */
  async acquire(lane: Lane, signal?: AbortSignal): Promise<void> {
    while (!signal?.aborted) {
      const at = Date.now()
      if (lane === 'bulk') {
        const w = await this.bulk.take()
        if (w > 0) {
          await sleep(w, signal)
          continue
        }
      }
      const w = await this.global.take()
      if (w === 0) return
      if (lane === 'bulk') await this.bulk.giveBack(at)
      await sleep(w, signal)
    }
  }
}

async function waitOf(consume: () => Promise<unknown>): Promise<number> {
  try {
    await consume()
    return 0
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, err.msBeforeNext)
    throw err
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => (clearTimeout(timer), resolve())
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

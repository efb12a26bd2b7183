import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { Keys } from '../../core/store/keys.js'
import { connectRedis, type Redis } from '../../core/store/redis.js'

export interface TestRedis {
  url: string
  redis: Redis
  keys: Keys
  prefix: string
  close(): Promise<void>
}

/** A connection to the run's throwaway redis-server and a key prefix no other test uses. */
export async function testRedis(): Promise<TestRedis> {
  const url = inject('redisUrl')
  const redis = await connectRedis(url)
  const tag = `t${randomBytes(5).toString('hex')}`
  const prefix = `{${tag}}:`
  return {
    url,
    redis,
    keys: new Keys(prefix),
    prefix,
    close: async () => {
      const stream = redis.scanStream({ match: `${prefix}*`, count: 500 })
      for await (const batch of stream as AsyncIterable<string[]>) if (batch.length) await redis.del(...batch)
      redis.disconnect()
    },
  }
}

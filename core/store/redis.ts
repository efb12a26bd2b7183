import { Redis } from 'ioredis'
import { LianxinError } from '../errors.js'

export type { Redis }

/** A connection for request/response work: fail fast instead of queueing forever. */
export async function connectRedis(url: string, options: { forWorkers?: boolean } = {}): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // BullMQ workers block on Redis; they need unlimited retries per request.
    maxRetriesPerRequest: options.forWorkers ? null : 3,
    enableReadyCheck: true,
  })
  try {
    await redis.connect()
  } catch (err) {
    redis.disconnect()
    throw new LianxinError('REDIS_UNAVAILABLE', `cannot reach Redis at ${redactUrl(url)}`, {}, { cause: err })
  }
  return redis
}

/** Redis URLs may carry a password: never print it. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@')
}

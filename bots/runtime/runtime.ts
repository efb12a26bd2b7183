import { fileURLToPath } from 'node:url'
import type { Env } from '../../core/config/env.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import { startEmbeddedRedis, type EmbeddedRedis } from '../../core/store/embedded-redis.js'
import { Keys } from '../../core/store/keys.js'
import { connectRedis, type Redis } from '../../core/store/redis.js'

export const SAMPLE_DIRECTORY = fileURLToPath(new URL('../../core/directory/sample', import.meta.url))

export interface Runtime {
  env: Env
  redis: Redis
  redisUrl: string
  keys: Keys
  directory: DirectoryProvider
  embedded: EmbeddedRedis | null
  stop(): Promise<void>
}

/** Redis (REDIS_URL, or an embedded redis-server with AOF under LIANXIN_DATA_DIR) and the keyspace. */
export async function startRuntime(env: Env): Promise<Runtime> {
  const embedded = env.REDIS_URL ? null : await startEmbeddedRedis({ dataDir: env.LIANXIN_DATA_DIR })
  const redisUrl = env.REDIS_URL ?? embedded!.url
  const redis = await connectRedis(redisUrl)
  const keys = new Keys(env.LIANXIN_KEY_PREFIX)
  return {
    env,
    redis,
    redisUrl,
    keys,
    directory: new DirectoryProvider(redis, keys),
    embedded,
    stop: async () => {
      await redis.quit().catch(() => redis.disconnect())
      await embedded?.stop()
    },
  }
}

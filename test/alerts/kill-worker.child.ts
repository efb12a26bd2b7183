// A worker process for worker-kill.test.ts: runs the real alerts worker with a notifier that
// hangs in the middle of a page (before or after the platform got it), so the test can SIGKILL
// it there. Configuration comes from the environment; it prints "ready <pid>" when listening.
import { DirectoryProvider } from '../../core/directory/provider.js'
import { FixedClock } from '../../core/ports/clock.js'
import { Keys } from '../../core/store/keys.js'
import { connectRedis } from '../../core/store/redis.js'
import { startWorkers } from '../../jobs/start-workers.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { PlatformStandIn } from './platform-stand-in.js'
import { testConfig, TUESDAY_2100 } from './testbed.js'

const url = process.env.TEST_REDIS_URL!
const keys = new Keys(process.env.TEST_KEY_PREFIX!)
const redis = await connectRedis(url)
const directory = await fixtureDirectory()
const platform = new PlatformStandIn(redis, keys, directory)
platform.hang = process.env.TEST_HANG === 'after' ? 'after' : 'before'
await startWorkers({
  redisUrl: url,
  prefix: process.env.TEST_BULL_PREFIX!,
  deps: { redis, keys, directory: DirectoryProvider.fixed(directory), clock: new FixedClock(TUESDAY_2100), notifier: platform, config: testConfig({ ackTimeoutMs: { imminent: 60_000, high: 60_000, concern: 60_000 } }) },
  worker: { lockDurationMs: 1000, stalledIntervalMs: 500 },
})
process.stdout.write(`ready ${process.pid}\n`)

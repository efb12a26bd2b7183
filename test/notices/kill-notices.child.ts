// A notices worker process for notice-faults.test.ts: the real notices worker with a Telegram
// notifier that, from its TEST_HANG_AFTER-th message on, queues the message and then hangs
// before returning (the outcome is never recorded), so the test can SIGKILL it mid fan-out.
// Prints "ready <pid>" when listening and "hung" at the first hang.
import { FixedClock } from '../../core/ports/clock.js'
import { Keys } from '../../core/store/keys.js'
import { connectRedis } from '../../core/store/redis.js'
import { CROWD_AT, crowdNoticesWorker } from '../support/notices-crowd.js'

const url = process.env.TEST_REDIS_URL!
const hangAfter = Number(process.env.TEST_HANG_AFTER)
const redis = await connectRedis(url)
let calls = 0
await crowdNoticesWorker({
  redisUrl: url,
  redis,
  keys: new Keys(process.env.TEST_KEY_PREFIX!),
  bullPrefix: process.env.TEST_BULL_PREFIX!,
  n: Number(process.env.TEST_N),
  clock: new FixedClock(CROWD_AT),
  concurrency: 8,
  wrap: (real) => ({
    notify: async (to, m) => {
      const reached = await real.notify(to, m)
      if (++calls >= hangAfter) {
        if (calls === hangAfter) process.stdout.write('hung\n')
        await new Promise(() => undefined)
      }
      return reached
    },
  }),
})
process.stdout.write(`ready ${process.pid}\n`)

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AlertDeps } from '../../core/alerts/alert-deps.js'
import { AlertStore } from '../../core/alerts/alert-store.js'
import { alertsModule } from '../../core/alerts/alerts-module.js'
import { AlertSafetyHook } from '../../core/alerts/safety-hook.js'
import { loadEnv } from '../../core/config/env.js'
import type { CoreDeps } from '../../core/conversation/deps.js'
import { handle } from '../../core/conversation/handle.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import { FixedClock } from '../../core/ports/clock.js'
import { startEmbeddedRedis, type EmbeddedRedis } from '../../core/store/embedded-redis.js'
import { Keys } from '../../core/store/keys.js'
import { connectRedis, type Redis } from '../../core/store/redis.js'
import { startWorkers, type RunningWorkers } from '../../jobs/start-workers.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { PlatformStandIn, sleep, waitFor } from './platform-stand-in.js'
import { testConfig, TUESDAY_2100 } from './testbed.js'

const keys = new Keys('{rs}:')
const BULL = '{rs}:bull'
const config = testConfig({ ackTimeoutMs: { imminent: 4000, high: 4000, concern: 4000 } })

interface Stack {
  redis: Redis
  workers: RunningWorkers
  platform: PlatformStandIn
  store: AlertStore
  say(text: string, id: string): Promise<string>
  stop(): Promise<void>
}

/** Everything a process runs against one Redis: handle() with the alert hook and module, and the workers. */
async function stackOn(url: string): Promise<Stack> {
  const redis = await connectRedis(url)
  const directory = await fixtureDirectory()
  const platform = new PlatformStandIn(redis, keys, directory)
  const clock = new FixedClock(TUESDAY_2100)
  const base = { redis, keys, directory: DirectoryProvider.fixed(directory), clock, notifier: platform, config }
  const workers = await startWorkers({ redisUrl: url, prefix: BULL, deps: base, worker: { lockDurationMs: 1000, stalledIntervalMs: 500 } })
  const alertDeps: AlertDeps = { ...base, jobs: workers.jobs }
  const deps: CoreDeps = { ...base, jobs: workers.jobs, safety: new AlertSafetyHook(alertDeps), env: loadEnv({}) }
  const modules = [alertsModule(alertDeps)]
  return {
    redis,
    workers,
    platform,
    store: new AlertStore(redis, keys),
    say: async (text, id) => {
      const out = await handle({ kind: 'message', id, platform: 'telegram', userId: '700000160', chatId: '700000160', text, at: clock.now() }, deps, modules)
      return out.replies.map((r) => r.text).join('\n')
    },
    stop: async () => {
      await workers.stop()
      redis.disconnect()
    },
  }
}

let dir: string | undefined
let servers: EmbeddedRedis[] = []
let stacks: Stack[] = []
afterEach(async () => {
  for (const s of stacks) await s.stop().catch(() => undefined)
  for (const s of servers) await s.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
  stacks = []
  servers = []
  dir = undefined
})

describe('redis-server crashes and restarts from its AOF', () => {
  it('keeps the alert, its audit trail and its pending escalation', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lianxin-aof-'))
    const first = await startEmbeddedRedis({ dataDir: dir })
    servers.push(first)
    const a = await stackOn(first.url)
    stacks.push(a)

    expect(await a.say('想去跳了，活起太累', 'u-1')).toContain('12356')
    await waitFor(async () => (await a.platform.deliveredTo('m_cns_bd2')).length === 1, 5000, 'first page')
    const alert = (await a.store.listUnresolved('c_bonded'))[0]!
    // appendfsync everysec: give the server its second to write, then crash it (no clean shutdown).
    await sleep(1200)
    const pid = Number(/process_id:(\d+)/.exec(await a.redis.info('server'))![1])
    await a.stop()
    stacks = []
    process.kill(pid, 'SIGKILL')
    await waitFor(async () => {
      try {
        process.kill(pid, 0)
        return false
      } catch {
        return true
      }
    }, 5000, 'redis-server to die')

    const second = await startEmbeddedRedis({ dataDir: dir })
    servers.push(second)
    const b = await stackOn(second.url)
    stacks.push(b)

    // The alert is still there, open, with its audit trail; ids are not reused.
    expect(await b.store.get(alert.id)).toEqual(alert)
    expect((await b.store.auditTrail(alert.id)).map((e) => e.action)).toEqual(['created', 'paged', 'read'])
    // The delayed escalation step survived too: the backup is paged when the timeout runs out.
    const escalated = await waitFor(async () => (await b.platform.deliveredTo('m_cns_bd3'))[0], 10_000, 'escalation after restart')
    expect(escalated.key).toBe(`alert:${alert.id}:L2:r1`)
    expect(await b.platform.deliveredTo('m_cns_bd2')).toHaveLength(1)
    await b.say('我不想活了', 'u-2')
    const ids = (await b.store.listUnresolved('c_bonded')).map((x) => x.id).sort()
    expect(ids).toEqual([alert.id, `A${Number(alert.id.slice(1)) + 1}`].sort())
  })
})

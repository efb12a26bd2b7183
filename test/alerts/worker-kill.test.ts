import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { startWorkers, type RunningWorkers } from '../../jobs/start-workers.js'
import { waitFor } from './platform-stand-in.js'
import { alertsTestbed, type AlertsTestbed } from './testbed.js'

const CHILD = fileURLToPath(new URL('./kill-worker.child.ts', import.meta.url))
const M_043 = '700000160'
const LONG = { ackTimeoutMs: { imminent: 60_000, high: 60_000, concern: 60_000 } }

let bed: AlertsTestbed | undefined
let child: ChildProcess | undefined
let rescue: RunningWorkers | undefined
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await rescue?.stop()
  await bed?.close()
  bed = child = rescue = undefined
})

/** Starts the worker child and resolves with its pid once it listens on the queue. */
function startChild(b: AlertsTestbed, hang: 'before' | 'after'): Promise<number> {
  child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, TEST_REDIS_URL: b.db.url, TEST_KEY_PREFIX: b.db.prefix, TEST_BULL_PREFIX: b.bullPrefix, TEST_HANG: hang },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((res, rej) => {
    let out = ''
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /ready (\d+)/.exec(out)
      if (m) res(Number(m[1]))
    })
    child!.once('exit', (code) => rej(new Error(`worker child exited early (${code})`)))
  })
}

describe.each(['before', 'after'] as const)('a worker SIGKILLed mid-page (%s the platform took it)', (hang) => {
  it('the page still goes out, once as the counselor sees it', async () => {
    bed = await alertsTestbed({ workers: false, config: LONG })
    const pid = await startChild(bed, hang)
    await bed.say(M_043, '想去跳了，活起太累')

    // The child is inside notify() for the first page; kill it there.
    await waitFor(async () => (await bed!.platform.calls()).length === 1, 15_000, 'the child to start paging')
    if (hang === 'after') await waitFor(async () => (await bed!.platform.delivered()).length === 1, 5000, 'the child to deliver')
    const exited = new Promise((r) => child!.once('exit', r))
    process.kill(pid, 'SIGKILL')
    await exited
    const killedAt = Date.now()

    // A fresh worker (this process) takes the stalled job once the dead worker's lock lapses.
    const deps = { ...bed.alertDeps }
    rescue = await startWorkers({ redisUrl: bed.db.url, prefix: bed.bullPrefix, deps, worker: { lockDurationMs: 1000, stalledIntervalMs: 500 } })
    await waitFor(async () => (await bed!.platform.calls()).length === 2, 15_000, 'the page to be retried')
    // The call is recorded when notify() starts, the delivery when it ends: wait for the latter.
    await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2')).length >= 1, 5000, 'the retried page to be delivered')
    const recoveredMs = Date.now() - killedAt

    const seen = await bed.platform.deliveredTo('m_cns_bd2')
    expect(seen).toHaveLength(1)
    expect(seen[0]!.key).toMatch(/^alert:A\d+:L1:r1$/)
    expect(seen[0]!.choices.map((c) => c.label)).toEqual(['确认接手', '结案'])
    const id = seen[0]!.key.split(':')[1]!
    await waitFor(async () => (await bed!.store.get(id))!.escLevel === 1, 5000, 'the page to be recorded')
    expect((await bed.store.auditTrail(id)).filter((e) => e.action === 'paged')).toHaveLength(1)
    // Lock 1 s + stalled check every 0.5 s: back within seconds (slack for a loaded CI), not the default 30 s.
    expect(recoveredMs).toBeLessThan(12_000)
    // The button the counselor saw still works.
    const pressed = await bed.press('700000174', seen[0]!.choices[0]!.action)
    expect(pressed.replies[0]!.text).toContain(`已确认接手 ${id}`)
  })
})

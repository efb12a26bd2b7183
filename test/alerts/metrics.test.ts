import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { metricsRoute } from '../../bots/runtime/metrics-route.js'
import { startHttpServer } from '../../bots/runtime/http-server.js'
import { alertsTestbed, testConfig, type AlertsTestbed } from './testbed.js'

let bed: AlertsTestbed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

describe('GET /metrics', () => {
  it('counts unresolved alerts by center and light, with no names or text', async () => {
    bed = await alertsTestbed({ workers: false })
    await bed.say('700000160', '想去跳了，活起太累') // m_043, c_bonded
    const config = testConfig()
    const server = await startHttpServer(0, [metricsRoute({ redis: bed.db.redis, keys: bed.db.keys, directory: bed.deps.directory, config, now: () => bed!.clock.now() })])
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const fresh = await (await fetch(`${url}/metrics`)).text()
      expect(fresh).toContain('lianxin_alerts_unresolved{center="c_bonded",light="green"} 1')
      expect(fresh).toContain('lianxin_alerts_unresolved{center="c_nanping",light="green"} 0')
      // Past the time to acknowledge a high alert (700 ms in the test config): red.
      bed.clock.advance(5_000)
      const late = await (await fetch(`${url}/metrics`)).text()
      expect(late).toContain('lianxin_alerts_unresolved{center="c_bonded",light="red"} 1')
      expect(late).not.toMatch(/跳|m_043|李玉梅/)
      expect((await fetch(`${url}/healthz`)).status).toBe(200)
      expect((await fetch(`${url}/nowhere`)).status).toBe(404)
    } finally {
      server.close()
    }
  })
})

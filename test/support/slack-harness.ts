import { counselorHomeExtras } from '../../bots/runtime/home-extras.js'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AlertsConfig } from '../../core/alerts/alert-config.js'
import { alertsModule } from '../../core/alerts/alerts-module.js'
import { AlertStore } from '../../core/alerts/alert-store.js'
import { AlertSafetyHook } from '../../core/alerts/safety-hook.js'
import { handle } from '../../core/conversation/handle.js'
import type { InboundEvent } from '../../core/model/events.js'
import { startWorkers, type RunningWorkers } from '../../jobs/start-workers.js'
import { startHttpServer } from '../../bots/runtime/http-server.js'
import { createSlackRuntime, type SlackRuntime } from '../../bots/slack/slack-runtime.js'
import { testConfig, TUESDAY_2100 } from '../alerts/testbed.js'
import { testCore, type TestCore } from './core.js'
import { SIGNING_SECRET, slackClient, type SlackClient } from './slack-client.js'
import { SLACK_TOKEN, startSlackStandIn, type SlackFault, type SlackStandIn } from './slack-standin.js'

export interface SlackHarness {
  core: TestCore
  api: SlackStandIn
  slack: SlackRuntime
  client: SlackClient
  store: AlertStore
  /** Every InboundEvent that reached the core, in order. */
  events: InboundEvent[]
  errors: { where: string; code: string }[]
  close(): Promise<void>
}

/**
 * Slack as `npm start` wires it (createSlackRuntime: bolt with the signed HTTP receiver on the
 * shared server, notifier, delivery workers), the Web API stand-in behind SLACK_API_URL, and a
 * real core on the fixture directory and real Redis — with the alert safety hook, the alerts
 * module and their workers as bots/app.ts starts them. The clock is Tuesday 21:00 Shanghai.
 */
export async function slackHarness(o: { alerts?: Partial<AlertsConfig>; locales?: Record<string, string>; fault?: (c: { method: string; channel: string; text: string; attempt: number }) => SlackFault } = {}): Promise<SlackHarness> {
  const core = await testCore({ at: TUESDAY_2100 })
  const api = await startSlackStandIn({ ...(o.fault ? { fault: o.fault } : {}), ...(o.locales ? { locales: o.locales } : {}) })
  const errors: SlackHarness['errors'] = []
  const bullPrefix = `${core.db.prefix}bull`
  const slack = await createSlackRuntime({
    env: { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: api.apiUrl, LIANXIN_ROLE: 'all', LIANXIN_TZ: 'Asia/Shanghai' },
    redisUrl: core.db.url,
    redis: core.db.redis,
    keys: core.db.keys,
    directory: core.deps.directory,
    queuePrefix: bullPrefix,
    onError: (e) => errors.push(e),
    homeExtras: counselorHomeExtras({ redis: core.db.redis, keys: core.db.keys, directory: core.deps.directory, config: testConfig(o.alerts), now: () => core.clock.now() }),
  })
  core.deps.notifier = slack.notifier
  const base = { redis: core.deps.redis, keys: core.deps.keys, directory: core.deps.directory, clock: core.deps.clock, notifier: slack.notifier, config: testConfig(o.alerts) }
  const workers: RunningWorkers = await startWorkers({ redisUrl: core.db.url, prefix: bullPrefix, deps: base, worker: { lockDurationMs: 1000, stalledIntervalMs: 500 } })
  const alertDeps = { ...base, jobs: workers.jobs }
  core.deps.jobs = workers.jobs
  core.deps.safety = new AlertSafetyHook(alertDeps)
  core.modules.push(alertsModule(alertDeps))

  const server: Server = await startHttpServer(0, slack.route ? [slack.route] : [])
  const events: InboundEvent[] = []
  await slack.start((e) => (events.push(e), handle(e, core.deps, core.modules)))
  const client = slackClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { responseUrl: api.responseUrl })
  return {
    core,
    api,
    slack,
    client,
    store: new AlertStore(core.db.redis, core.db.keys),
    events,
    errors,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      await slack.stop()
      await workers.stop()
      await api.stop()
      await core.close()
    },
  }
}

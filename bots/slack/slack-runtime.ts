import type { IncomingMessage, ServerResponse } from 'node:http'
import { SocketModeReceiver } from '@slack/bolt'
import { WebClient } from '@slack/web-api'
import type { Env } from '../../core/config/env.js'
import type { LoadedDirectory } from '../../core/directory/provider.js'
import type { InboundEvent, Outcome } from '../../core/model/events.js'
import type { Keys } from '../../core/store/keys.js'
import { connectRedis, type Redis } from '../../core/store/redis.js'
import { SLACK_RATES, type DeliveryRates } from '../../jobs/delivery/delivery-limits.js'
import { DeliveryQueue } from '../../jobs/delivery/delivery-queue.js'
import { createDeliveryWorkers } from '../../jobs/delivery/delivery.worker.js'
import { Reachability } from '../../jobs/delivery/reachability.js'
import { SlackAdapter, type SlackAdapterOptions } from './slack-adapter.js'
import { SlackDirectMessages } from './slack-dm.js'
import { quietLogger } from './slack-logger.js'
import { SlackNotifier } from './slack-notifier.js'
import { SlackHttpReceiver } from './slack-receiver.js'
import { SlackSender } from './slack-sender.js'

export interface SlackRuntimeOptions {
  env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL' | 'LIANXIN_ROLE' | 'LIANXIN_TZ'>
  redisUrl: string
  redis: Redis
  keys: Keys
  directory: { current(): Promise<LoadedDirectory> }
  /** BullMQ prefix with a hash tag, e.g. {lx}:bull. */
  queuePrefix: string
  rates?: DeliveryRates
  onError?: (info: { where: string; code: string }) => void
  homeExtras?: SlackAdapterOptions['homeExtras']
}

export interface SlackRuntime {
  adapter: SlackAdapter
  notifier: SlackNotifier
  /** POST /slack/events on the shared HTTP server (HTTP mode); null in Socket Mode. */
  route: ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>) | null
  start(onEvent: (e: InboundEvent) => Promise<Outcome>): Promise<void>
  stop(): Promise<void>
}

/**
 * Slack for `npm start`: the adapter on the shared HTTP server (or Socket Mode when
 * SLACK_APP_TOKEN is set), the notifier on the delivery queue, and — unless LIANXIN_ROLE=bot —
 * the delivery workers. A person who writes to the bot is reachable again.
 */
export async function createSlackRuntime(o: SlackRuntimeOptions): Promise<SlackRuntime> {
  const token = o.env.SLACK_BOT_TOKEN
  if (!token) throw new RangeError('SLACK_BOT_TOKEN is not set')
  const apiUrl = o.env.SLACK_API_URL
  if (!o.env.SLACK_APP_TOKEN && !o.env.SLACK_SIGNING_SECRET) throw new RangeError('SLACK_SIGNING_SECRET is not set')
  const http = o.env.SLACK_APP_TOKEN ? null : new SlackHttpReceiver({ signingSecret: o.env.SLACK_SIGNING_SECRET ?? '', ...(o.onError ? { onError: o.onError } : {}) })
  const receiver = http ?? new SocketModeReceiver({ appToken: o.env.SLACK_APP_TOKEN!, logger: quietLogger(), installerOptions: { clientOptions: { slackApiUrl: apiUrl } } })
  const adapter = new SlackAdapter({ token, apiUrl, receiver, redis: o.redis, keys: o.keys, directory: o.directory, timeZone: o.env.LIANXIN_TZ, ...(o.onError ? { onError: o.onError } : {}), ...(o.homeExtras ? { homeExtras: o.homeExtras } : {}) })
  const connection = await connectRedis(o.redisUrl, { forWorkers: true })
  const queue = new DeliveryQueue(connection, 'slack', o.queuePrefix)
  const reachability = new Reachability(o.redis, o.keys)
  // Opening DMs for pages happens inside alert jobs: no waiting inside the client, the job retries.
  const dmClient = new WebClient(token, { slackApiUrl: apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 }, logger: quietLogger() })
  const notifier = new SlackNotifier(o.directory, new SlackDirectMessages(dmClient, o.redis, o.keys), queue, reachability)
  const workers =
    o.env.LIANXIN_ROLE === 'bot' ? null : createDeliveryWorkers({ connection, redis: o.redis, keys: o.keys, prefix: o.queuePrefix, sender: new SlackSender({ token, apiUrl }), rates: o.rates ?? SLACK_RATES })
  return {
    adapter,
    notifier,
    route: http?.route ?? null,
    start: (onEvent) =>
      adapter.start(async (e) => {
        await reachability.markReachable('slack', e.chatId)
        return onEvent(e)
      }),
    stop: async () => {
      await adapter.stop()
      await workers?.close()
      await queue.close()
      connection.disconnect()
    },
  }
}

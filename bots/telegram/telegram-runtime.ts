import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Env } from '../../core/config/env.js'
import type { InboundEvent, Outcome } from '../../core/model/events.js'
import type { LoadedDirectory } from '../../core/directory/provider.js'
import type { Keys } from '../../core/store/keys.js'
import { connectRedis, type Redis } from '../../core/store/redis.js'
import type { DeliveryRates } from '../../jobs/delivery/delivery-limits.js'
import { TELEGRAM_RATES } from '../../jobs/delivery/delivery-limits.js'
import { DeliveryQueue } from '../../jobs/delivery/delivery-queue.js'
import { createDeliveryWorkers } from '../../jobs/delivery/delivery.worker.js'
import { Reachability } from '../../jobs/delivery/reachability.js'
import { TelegramAdapter } from './telegram-adapter.js'
import { publishCommands } from './telegram-commands.js'
import { TelegramNotifier } from './telegram-notifier.js'
import { TelegramSender } from './telegram-sender.js'
import { telegramWebhookHandler } from './telegram-webhook.js'

export interface TelegramRuntimeOptions {
  env: Pick<Env, 'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'TELEGRAM_WEBHOOK_URL' | 'TELEGRAM_WEBHOOK_SECRET' | 'LIANXIN_ROLE'>
  redisUrl: string
  redis: Redis
  keys: Keys
  directory: { current(): Promise<LoadedDirectory> }
  /** BullMQ prefix with a hash tag, e.g. {lx}:bull. */
  queuePrefix: string
  rates?: DeliveryRates
  onError?: (info: { where: string; code: string; updateId?: number }) => void
}

export interface TelegramRuntime {
  adapter: TelegramAdapter
  notifier: TelegramNotifier
  /** Mount on the shared HTTP server (webhook mode); returns false for other paths. */
  webhook: ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>) | null
  /** Starts receiving and publishes the command menus. */
  start(onEvent: (e: InboundEvent) => Promise<Outcome>): Promise<void>
  stop(): Promise<void>
}

/**
 * Telegram for `npm start`: the adapter (polling or webhook), the notifier on the delivery
 * queue, and — unless LIANXIN_ROLE=bot — the delivery workers. A person who writes to the bot
 * is reachable again, whatever a past 403 said.
 */
export async function createTelegramRuntime(o: TelegramRuntimeOptions): Promise<TelegramRuntime> {
  const token = o.env.TELEGRAM_BOT_TOKEN
  if (!token) throw new RangeError('TELEGRAM_BOT_TOKEN is not set')
  const apiRoot = o.env.TELEGRAM_API_ROOT
  const webhook = o.env.TELEGRAM_WEBHOOK_URL && o.env.TELEGRAM_WEBHOOK_SECRET ? { url: o.env.TELEGRAM_WEBHOOK_URL, secret: o.env.TELEGRAM_WEBHOOK_SECRET } : undefined
  const adapter = new TelegramAdapter({ token, apiRoot, ...(webhook ? { webhook } : {}), ...(o.onError ? { onError: o.onError } : {}) })
  const connection = await connectRedis(o.redisUrl, { forWorkers: true })
  const queue = new DeliveryQueue(connection, 'telegram', o.queuePrefix)
  const reachability = new Reachability(o.redis, o.keys)
  const notifier = new TelegramNotifier(o.directory, queue, reachability)
  const workers =
    o.env.LIANXIN_ROLE === 'bot'
      ? null
      : createDeliveryWorkers({ connection, redis: o.redis, keys: o.keys, prefix: o.queuePrefix, sender: new TelegramSender({ token, apiRoot }), rates: o.rates ?? TELEGRAM_RATES })
  return {
    adapter,
    notifier,
    webhook: webhook ? telegramWebhookHandler((u) => adapter.handleUpdate(u), webhook.secret) : null,
    start: async (onEvent) => {
      await adapter.start(async (e) => {
        await reachability.markReachable('telegram', e.chatId)
        return onEvent(e)
      })
      const { directory } = await o.directory.current()
      // A menu that fails to publish is cosmetic; the commands work typed.
      await publishCommands(adapter.telegram, directory).catch((err: unknown) => o.onError?.({ where: 'setMyCommands', code: err instanceof Error ? err.name : 'unknown' }))
    },
    stop: async () => {
      await adapter.stop()
      await workers?.close()
      await queue.close()
      connection.disconnect()
    },
  }
}

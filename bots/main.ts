import type { Server } from 'node:http'
import { handle } from '../core/conversation/handle.js'
import { LianxinError } from '../core/errors.js'
import { envOrExit, importAtStart, runTerminalChat, startRuntime, startServices } from './app.js'
import { alertsConfig } from '../core/alerts/alert-config.js'
import { metricsRoute } from './runtime/metrics-route.js'
import { FanoutNotifier } from './runtime/fanout-notifier.js'
import { startHttpServer, type Route } from './runtime/http-server.js'
import { logger } from './runtime/logger.js'
import { createTelegramRuntime, type TelegramRuntime } from './telegram/telegram-runtime.js'

// `npm start`: every configured platform in one process (LIANXIN_ROLE=all); with no platform
// token, the terminal chat. LIANXIN_ROLE=bot runs adapters only, =worker queue workers only.
async function main(): Promise<void> {
  const env = envOrExit()
  const rt = await startRuntime(env)
  try {
    await importAtStart(rt)
    if (!env.TELEGRAM_BOT_TOKEN && !env.SLACK_BOT_TOKEN) return await runTerminalChat(rt, undefined)
    if (env.SLACK_BOT_TOKEN) throw new LianxinError('CONFIG_INVALID', 'SLACK_BOT_TOKEN: the Slack adapter is not part of this build yet')

    // Listen before starting anything, so a stop during start-up is clean too. `on`, not
    // `once`: tsx's own signal relay exits at once when it sees no listener left.
    const stopRequested = new Promise<void>((resolve) => {
      process.on('SIGINT', () => resolve())
      process.on('SIGTERM', () => resolve())
    })
    const queuePrefix = `${env.LIANXIN_KEY_PREFIX}bull`
    const onError = (info: object) => logger.warn(info, 'platform error')
    const telegram: TelegramRuntime | null = env.TELEGRAM_BOT_TOKEN
      ? await createTelegramRuntime({ env, redisUrl: rt.redisUrl, redis: rt.redis, keys: rt.keys, directory: rt.directory, queuePrefix, onError })
      : null
    const services = await startServices(rt, new FanoutNotifier([telegram?.notifier].filter((n) => n !== undefined)))
    const metrics = metricsRoute({ redis: rt.redis, keys: rt.keys, directory: rt.directory, config: alertsConfig(env), now: () => new Date() })
    const routes: Route[] = [...(telegram?.webhook ? [telegram.webhook] : []), metrics]
    let server: Server | null = null
    if (env.LIANXIN_ROLE !== 'worker') {
      server = await startHttpServer(env.PORT, routes)
      await telegram?.start((e) => handle(e, services.deps, services.modules))
    }
    logger.info({ role: env.LIANXIN_ROLE, port: env.PORT, telegram: !!telegram }, 'lianxin started')
    await stopRequested
    // Stop taking work, finish the job in hand, then let go of Redis.
    server?.close()
    await telegram?.stop()
    await services.stop()
  } finally {
    await rt.stop()
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    if (err instanceof LianxinError) process.stderr.write(`lianxin: ${err.message}\n`)
    else logger.error({ err }, 'fatal')
    process.exit(1)
  },
)

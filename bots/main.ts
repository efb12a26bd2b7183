import type { Server } from 'node:http'
import { handle } from '../core/conversation/handle.js'
import { LianxinError } from '../core/errors.js'
import { envOrExit, importAtStart, runTerminalChat, startRuntime, startServices } from './app.js'
import { alertsConfig } from '../core/alerts/alert-config.js'
import { metricsRoute } from './runtime/metrics-route.js'
import { counselorHomeExtras } from './runtime/home-extras.js'
import { FanoutNotifier } from './runtime/fanout-notifier.js'
import { startHttpServer, type Route } from './runtime/http-server.js'
import { logger } from './runtime/logger.js'
import { createSlackRuntime, type SlackRuntime } from './slack/slack-runtime.js'
import { createTelegramRuntime, type TelegramRuntime } from './telegram/telegram-runtime.js'

// `npm start`: every configured platform in one process (LIANXIN_ROLE=all); with no platform
// token, the terminal chat. LIANXIN_ROLE=bot runs adapters only, =worker queue workers only.
async function main(): Promise<void> {
  const env = envOrExit()
  const rt = await startRuntime(env)
  try {
    await importAtStart(rt)
    if (!env.TELEGRAM_BOT_TOKEN && !env.SLACK_BOT_TOKEN) {
      // The terminal chat is one process by nature: split roles need a platform to serve.
      if (env.LIANXIN_ROLE !== 'all') throw new LianxinError('CONFIG_INVALID', `LIANXIN_ROLE: ${env.LIANXIN_ROLE} needs TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN (the terminal chat runs as all)`)
      return await runTerminalChat(rt, undefined)
    }

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
    const slack: SlackRuntime | null = env.SLACK_BOT_TOKEN
      ? await createSlackRuntime({
          env,
          redisUrl: rt.redisUrl,
          redis: rt.redis,
          keys: rt.keys,
          directory: rt.directory,
          queuePrefix,
          onError,
          homeExtras: counselorHomeExtras({ redis: rt.redis, keys: rt.keys, directory: rt.directory, config: alertsConfig(env), now: () => new Date() }),
        })
      : null
    const services = await startServices(rt, new FanoutNotifier([telegram?.notifier, slack?.notifier].filter((n) => n !== undefined)))
    const metrics = metricsRoute({ redis: rt.redis, keys: rt.keys, directory: rt.directory, config: alertsConfig(env), now: () => new Date() })
    const routes: Route[] = [telegram?.webhook, slack?.route, metrics].filter((r): r is Route => !!r)
    let server: Server | null = null
    if (env.LIANXIN_ROLE !== 'worker') {
      server = await startHttpServer(env.PORT, routes)
      await telegram?.start((e) => handle(e, services.deps, services.modules))
      await slack?.start((e) => handle(e, services.deps, services.modules))
    }
    logger.info({ role: env.LIANXIN_ROLE, port: env.PORT, telegram: !!telegram, slack: slack ? (env.SLACK_APP_TOKEN ? 'socket' : 'http') : false }, 'lianxin started')
    await stopRequested
    // Stop taking work, finish the job in hand, then let go of Redis.
    server?.close()
    await telegram?.stop()
    await slack?.stop()
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

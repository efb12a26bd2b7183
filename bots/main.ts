import { LianxinError } from '../core/errors.js'
import { envOrExit, importAtStart, runTerminalChat, startRuntime } from './app.js'
import { logger } from './runtime/logger.js'

// `npm start`: every configured platform in one process; with no platform token, the terminal.
async function main(): Promise<void> {
  const env = envOrExit()
  const rt = await startRuntime(env)
  const shutdown = async () => {
    await rt.stop()
    process.exit(0)
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  try {
    await importAtStart(rt)
    if (!env.TELEGRAM_BOT_TOKEN && !env.SLACK_BOT_TOKEN) await runTerminalChat(rt, undefined)
    else throw new LianxinError('CONFIG_INVALID', 'platform adapters are not part of this build yet; unset TELEGRAM_BOT_TOKEN / SLACK_BOT_TOKEN to use the terminal')
  } finally {
    await rt.stop()
  }
}

main().catch((err) => {
  if (err instanceof LianxinError) process.stderr.write(`lianxin: ${err.message}\n`)
  else logger.error({ err }, 'fatal')
  process.exit(1)
})

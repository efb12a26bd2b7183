import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { alertsConfig } from '../../core/alerts/alert-config.js'
import { loadEnv } from '../../core/config/env.js'
import { handle } from '../../core/conversation/handle.js'
import { Directory } from '../../core/directory/directory.js'
import { readDirectoryFolder } from '../../core/directory/import.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import { noticesConfig, type NoticesConfig } from '../../core/notices/notice-config.js'
import type { NoticeDeps } from '../../core/notices/notice-deps.js'
import { noticesModule } from '../../core/notices/notices-module.js'
import { NoticeStore } from '../../core/store/notices.js'
import { FanoutNotifier } from '../../bots/runtime/fanout-notifier.js'
import { startHttpServer } from '../../bots/runtime/http-server.js'
import { createSlackRuntime, type SlackRuntime } from '../../bots/slack/slack-runtime.js'
import { createTelegramRuntime, type TelegramRuntime } from '../../bots/telegram/telegram-runtime.js'
import { startWorkers, type RunningWorkers } from '../../jobs/start-workers.js'
import { testCore, type TestCore } from './core.js'
import { SIGNING_SECRET, slackClient, type SlackClient } from './slack-client.js'
import { seen, SLACK_TOKEN, startSlackStandIn, type Posted, type SlackStandIn } from './slack-standin.js'
import { eventually, startTelegramEmulator, type BotMessage, type TelegramEmulator } from './telegram-emulator.js'

export const NOTICES_BOT_TOKEN = '123456:TEST-lianxin-notices'
/** The fixture directory with br_np_individual arranged as: Telegram only, Slack only, both, neither. */
export const NOTICES_DIRECTORY = new URL('../fixtures/notices-directory', import.meta.url).pathname

/** A Telegram user with the app open on the emulator. */
export interface NoticePhone {
  id: number
  say(text: string): Promise<void>
  press(button: { messageId: number; data: string }): Promise<void>
  inbox(): BotMessage[]
  /** The button with this label in the newest message that has it. */
  button(label: string): { messageId: number; data: string }
}

/** A Slack user's app DM as the stand-in recorded it. */
export interface SlackPerson {
  user: string
  channel: string
  /** What the person sees in the DM (posts and answers to their commands), oldest first. */
  seen(): { text: string; buttons: { label: string; action: string }[] }[]
  press(label: string): Promise<void>
  dm(text: string): Promise<void>
  command(text: string): Promise<void>
}

export interface NoticesPlatforms {
  core: TestCore
  dir: Directory
  emu: TelegramEmulator
  api: SlackStandIn
  client: SlackClient
  telegram: TelegramRuntime
  slack: SlackRuntime
  workers: RunningWorkers
  store: NoticeStore
  noticeDeps: NoticeDeps
  phone(id: number): NoticePhone
  slackUser(user: string): SlackPerson
  close(): Promise<void>
}

/**
 * Both platforms as `npm start` wires them (bots/main.ts + bots/app.ts startServices): the
 * Telegram runtime polling the emulator, the Slack runtime on the signed HTTP receiver in front
 * of the Web API stand-in, a FanoutNotifier over both notifiers, and the alerts and notices
 * workers on real Redis and BullMQ. The core's clock is fixed at the real now (movable).
 */
export async function noticesPlatforms(o: { config?: Partial<NoticesConfig> } = {}): Promise<NoticesPlatforms> {
  const emu = await startTelegramEmulator()
  const api = await startSlackStandIn()
  const dir = new Directory(await readDirectoryFolder(NOTICES_DIRECTORY))
  const core = await testCore({ at: new Date(), deps: { directory: DirectoryProvider.fixed(dir) } })
  const queuePrefix = `${core.db.prefix}bull`
  const shared = { redisUrl: core.db.url, redis: core.db.redis, keys: core.db.keys, directory: core.deps.directory, queuePrefix }
  const telegram = await createTelegramRuntime({
    ...shared,
    env: { TELEGRAM_BOT_TOKEN: NOTICES_BOT_TOKEN, TELEGRAM_API_ROOT: emu.apiRoot, TELEGRAM_WEBHOOK_URL: undefined, TELEGRAM_WEBHOOK_SECRET: undefined, LIANXIN_ROLE: 'all' },
  })
  const slack = await createSlackRuntime({
    ...shared,
    env: { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: api.apiUrl, LIANXIN_ROLE: 'all', LIANXIN_TZ: 'Asia/Shanghai' },
  })
  const notifier = new FanoutNotifier([telegram.notifier, slack.notifier])
  core.deps.notifier = notifier
  const config = noticesConfig(core.deps.env, o.config)
  const base = { redis: core.deps.redis, keys: core.deps.keys, directory: core.deps.directory, clock: core.clock, notifier }
  const workers = await startWorkers({ redisUrl: core.db.url, prefix: queuePrefix, deps: { ...base, config: alertsConfig(loadEnv({})) }, notices: { config } })
  const noticeDeps: NoticeDeps = { ...base, jobs: workers.jobs, config }
  core.deps.jobs = workers.jobs
  core.modules.push(noticesModule(noticeDeps))
  const server: Server = await startHttpServer(0, [slack.route!])
  await telegram.start((e) => handle(e, core.deps, core.modules))
  await slack.start((e) => handle(e, core.deps, core.modules))
  const client = slackClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { responseUrl: api.responseUrl })

  const phone = (id: number): NoticePhone => {
    const c = emu.server.getClient(NOTICES_BOT_TOKEN, { userId: id, chatId: id, firstName: `u${id}`, type: 'private' })
    const from = { id, first_name: `u${id}`, is_bot: false }
    const inbox = () => emu.sentTo(id)
    return {
      id,
      say: async (text) => void (await c.sendMessage({ ...c.makeMessage(text), from })),
      press: async (b) => void (await c.sendCallback(c.makeCallbackQuery(b.data, { from, message: { message_id: b.messageId } }))),
      inbox,
      button: (label) => {
        for (const m of [...inbox()].reverse()) {
          const b = m.message.reply_markup?.inline_keyboard.flat().find((k) => k.text === label)
          if (b) return { messageId: m.messageId, data: b.callback_data }
        }
        throw new Error(`no button ${label} in chat ${id}`)
      },
    }
  }
  const slackUser = (user: string): SlackPerson => {
    const channel = `D${user.slice(1)}`
    const triggers = new Set<string>()
    const mine = (p: Posted) => p.channel === channel || (p.via === 'response_url' && triggers.has(p.channel))
    const view = () => api.posted.filter(mine).map((p) => (p.blocks.length > 0 ? seen(p) : { text: p.text, buttons: [] }))
    return {
      user,
      channel,
      seen: view,
      press: async (label) => {
        const b = [...view()].reverse().flatMap((m) => m.buttons).find((x) => x.label === label)
        if (!b) throw new Error(`no button ${label} for ${user}`)
        const r = await client.press(user, channel, b.action)
        if (r.status !== 200) throw new Error(`press answered ${r.status}`)
      },
      dm: async (text) => void (await client.dm(user, text)),
      command: async (text) => void triggers.add((await client.command(user, text, { channel })).trigger),
    }
  }
  return {
    core,
    dir,
    emu,
    api,
    client,
    telegram,
    slack,
    workers,
    store: new NoticeStore(core.db.redis, core.db.keys),
    noticeDeps,
    phone,
    slackUser,
    close: async () => {
      await telegram.stop()
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      await slack.stop()
      await workers.stop()
      await api.stop()
      await emu.stop()
      await core.close()
    },
  }
}

export { eventually }

import { App, type AuthorizeResult, type Receiver } from '@slack/bolt'
import { WebClient } from '@slack/web-api'
import { z } from 'zod'
import type { LoadedDirectory } from '../../core/directory/provider.js'
import { t } from '../../core/i18n/catalog.js'
import type { InboundEvent, Outcome, Reply } from '../../core/model/events.js'
import type { Lang, Person } from '../../core/model/records.js'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'
import type { PlatformAdapter } from '../adapter.js'
import { SlackDirectMessages } from './slack-dm.js'
import { toPlatformError } from './slack-errors.js'
import { homeView } from './slack-home.js'
import { quietLogger } from './slack-logger.js'
import { fromNoticeSubmission, NOTICE_MODAL_ID, NoticeSubmission, noticeModal } from './slack-notice-modal.js'
import { BlockActions, EventCallback, fromBlockActions, fromEventCallback, fromSlashCommand, SlashCommand, wantsNoticeModal, type ReplyTarget, type Translated } from './slack-payloads.js'
import { dropRedeliveries } from './slack-redelivery.js'
import { renderReply, type SlackMessage } from './slack-render.js'
import { codeOf } from './slack-receiver.js'

export interface SlackAdapterOptions {
  token: string
  /** Web API base URL (SLACK_API_URL). */
  apiUrl: string
  /** How requests arrive: SlackHttpReceiver (the shared HTTP server) or bolt's SocketModeReceiver. */
  receiver: Receiver
  redis: Redis
  keys: Keys
  directory: { current(): Promise<LoadedDirectory> }
  timeZone: string
  /** The one slash command (DESIGN.md commands are its words). */
  command?: string
  /** Errors as codes only: never text or tokens. */
  onError?: (info: { where: string; code: string }) => void
  /** More for the Home tab of this person (a counselor's open alerts), from the core; null: nothing. */
  homeExtras?: (person: Person, lang: Lang) => Promise<{ title: string; text: string } | null>
}

const AuthTest = z.object({ user_id: z.string().min(1), bot_id: z.string().min(1).optional() })
const UserInfo = z.object({ user: z.object({ locale: z.string().max(20).optional() }) })
const LOCALE_TTL_SECONDS = 86_400
const LOCALE_TIMEOUT_MS = 1500

/**
 * Slack as a platform, on bolt: DMs and mentions (answered in their thread), the `/lianxin`
 * command, buttons, the notice modal and the Home tab → InboundEvents; Replies → Block Kit.
 * Every interaction is acked before the core runs (Slack waits 3 s); answers follow with
 * chat.postMessage, or the response_url of a command. A refused button press is shown only to
 * the presser (ephemeral), as is a sensitive answer to a mention in a shared channel.
 */
export class SlackAdapter implements PlatformAdapter {
  readonly platform = 'slack' as const
  readonly app: App
  readonly client: WebClient
  readonly dms: SlackDirectMessages
  private onEvent: ((e: InboundEvent) => Promise<Outcome>) | undefined
  private identity: Promise<z.infer<typeof AuthTest>> | undefined
  private readonly allowedResponseOrigins: Set<string>
  private started = false

  constructor(private readonly o: SlackAdapterOptions) {
    // Answers to a person who is waiting: a couple of quick retries, Retry-After obeyed.
    this.client = new WebClient(o.token, { slackApiUrl: o.apiUrl, logger: quietLogger(), retryConfig: { retries: 2, factor: 2, minTimeout: 300, maxTimeout: 3000 } })
    this.dms = new SlackDirectMessages(this.client, o.redis, o.keys)
    this.allowedResponseOrigins = new Set(['https://hooks.slack.com', new URL(o.apiUrl).origin])
    this.app = new App({ receiver: o.receiver, authorize: () => this.authorize(), logger: quietLogger(), convoStore: false, clientOptions: { slackApiUrl: o.apiUrl, logger: quietLogger() } })
    this.app.error(async (err) => this.o.onError?.({ where: 'listener', code: codeOf(err) }))
    this.app.use(dropRedeliveries(o.redis, o.keys))
    this.app.event('message', ({ body }) => this.onCallback(body))
    this.app.event('app_mention', ({ body }) => this.onCallback(body))
    this.app.event('app_home_opened', ({ event }) => this.publishHome(event.user))
    this.app.command(o.command ?? '/lianxin', async ({ ack, body }) => {
      await ack()
      await this.onCommand(body)
    })
    this.app.action({ type: 'block_actions' }, async ({ ack, body }) => {
      await ack()
      const b = BlockActions.safeParse(body)
      if (b.success) await this.run(fromBlockActions(b.data, new Date()))
    })
    this.app.view(NOTICE_MODAL_ID, async ({ ack, body }) => {
      await ack() // an empty answer closes the modal
      const s = NoticeSubmission.safeParse(body)
      if (s.success) await this.run({ event: fromNoticeSubmission(s.data, new Date(), o.timeZone), target: { kind: 'dm', user: s.data.user.id } })
    })
  }

  /** Checks the token (auth.test) and starts the receiver; events before this are acked and dropped. */
  async start(onEvent: (e: InboundEvent) => Promise<Outcome>): Promise<void> {
    await this.authorize()
    this.onEvent = onEvent
    await this.app.start()
    this.started = true
  }

  /** Lets answers in progress finish (HTTP) or closes the socket (Socket Mode). */
  async stop(): Promise<void> {
    if (this.started) await this.app.stop()
    this.started = false
  }

  /** A reply to a chat (the PlatformAdapter port): one chat.postMessage per piece. */
  async render(chatId: string, reply: Reply, lang: Lang = 'zh-Hans'): Promise<void> {
    for (const m of renderReply(reply, t(lang, 'slack_preview'))) await this.post('chat.postMessage', { channel: chatId, text: m.text, blocks: m.blocks, unfurl_links: false })
  }

  // The bot's own user id (ignoreSelf needs it), asked once; a failure is asked again next time.
  private async authorize(): Promise<AuthorizeResult> {
    this.identity ??= this.client.auth.test().then(
      (r) => AuthTest.parse(r),
      (err: unknown) => {
        this.identity = undefined
        throw toPlatformError(err, 'auth.test', undefined)
      },
    )
    const id = await this.identity
    return { botToken: this.o.token, botUserId: id.user_id, ...(id.bot_id ? { botId: id.bot_id } : {}) }
  }

  private async onCallback(body: unknown): Promise<void> {
    const parsed = EventCallback.safeParse(body)
    const translated = parsed.success ? fromEventCallback(parsed.data, new Date()) : null
    if (translated) await this.run(translated)
  }

  private async onCommand(body: unknown): Promise<void> {
    const c = SlashCommand.safeParse(body)
    if (!c.success) return
    if (wantsNoticeModal(c.data)) {
      const lang = await this.langOf(c.data.user_id)
      await this.call('views.open', () => this.client.views.open({ trigger_id: c.data.trigger_id, view: noticeModal(lang) }), c.data.user_id)
      return
    }
    await this.run(fromSlashCommand(c.data, new Date()))
  }

  private async run(translated: Translated): Promise<void> {
    if (!this.onEvent) return
    const outcome = await this.onEvent(await this.withLocale(translated.event))
    await this.deliver(translated.target, outcome)
  }

  private async deliver(target: ReplyTarget, outcome: Outcome): Promise<void> {
    const preview = t(outcome.lang, 'slack_preview')
    for (const reply of outcome.replies) {
      // Shown only to the person: a refused press, and anything sensitive said in a shared channel.
      const onlyToThem = !!reply.refused || (!!reply.sensitive && target.kind === 'channel' && target.public)
      for (const m of renderReply(reply, preview)) await this.send(target, m, onlyToThem)
    }
  }

  private async send(target: ReplyTarget, m: SlackMessage, onlyToThem: boolean): Promise<void> {
    const content = { text: m.text, blocks: m.blocks }
    if (target.kind === 'response_url') return this.respond(target.url, content)
    if (target.kind === 'dm') return this.post('chat.postMessage', { channel: await this.dms.channelOf(target.user), ...content, unfurl_links: false })
    const thread = target.threadTs ? { thread_ts: target.threadTs } : {}
    if (onlyToThem) return this.post('chat.postEphemeral', { channel: target.channel, user: target.user, ...thread, ...content })
    return this.post('chat.postMessage', { channel: target.channel, ...thread, ...content, unfurl_links: false })
  }

  private async post(method: 'chat.postMessage' | 'chat.postEphemeral', args: { channel: string; user?: string; text: string; blocks: SlackMessage['blocks']; thread_ts?: string; unfurl_links?: boolean }): Promise<void> {
    await this.call(method, () => (method === 'chat.postMessage' ? this.client.chat.postMessage(args) : this.client.chat.postEphemeral({ ...args, user: args.user ?? '' })), args.channel)
  }

  private async call(method: string, fn: () => Promise<unknown>, target: string): Promise<void> {
    try {
      await fn()
    } catch (err) {
      throw toPlatformError(err, method, target)
    }
  }

  /** An answer through a command's response_url: ephemeral, where the person typed it. */
  private async respond(url: string, content: { text: string; blocks: SlackMessage['blocks'] }): Promise<void> {
    // response_url comes in a signed request, but is only ever followed to Slack itself.
    if (!this.allowedResponseOrigins.has(new URL(url).origin)) throw new RangeError('response_url outside Slack')
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...content }), signal: AbortSignal.timeout(10_000) })
    if (!res.ok) throw toPlatformError({ code: 'slack_webapi_http_error', statusCode: res.status }, 'response_url', undefined)
  }

  private async publishHome(userId: string): Promise<void> {
    const { directory } = await this.o.directory.current()
    const person = directory.personByPlatform('slack', userId)
    const lang = person?.lang ?? (await this.langOf(userId))
    const extra = person && this.o.homeExtras ? await this.o.homeExtras(person, lang) : null
    const view = homeView(person, lang, directory, new Date(), this.o.timeZone, extra)
    await this.call('views.publish', () => this.client.views.publish({ user_id: userId, view }), userId)
  }

  private async langOf(userId: string): Promise<Lang> {
    const { directory } = await this.o.directory.current()
    const person = directory.personByPlatform('slack', userId)
    if (person) return person.lang
    const locale = await this.locale(userId)
    return /^en/i.test(locale ?? '') ? 'en' : /^zh[-_](tw|hk|hant)/i.test(locale ?? '') ? 'zh-Hant' : 'zh-Hans'
  }

  /** Slack's events carry no locale: for someone the directory does not know, users.info tells (cached a day). */
  private async withLocale(event: InboundEvent): Promise<InboundEvent> {
    const { directory } = await this.o.directory.current()
    if (directory.personByPlatform('slack', event.userId)) return event
    const locale = await this.locale(event.userId)
    return locale ? { ...event, locale } : event
  }

  private async locale(userId: string): Promise<string | undefined> {
    const key = this.o.keys.slackLocale(userId)
    const cached = await this.o.redis.get(key)
    if (cached !== null) return cached || undefined
    const info = await Promise.race([
      this.client.users.info({ user: userId, include_locale: true }).then((r) => UserInfo.safeParse(r)),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), LOCALE_TIMEOUT_MS).unref()),
    ]).catch(() => null)
    const locale = info?.success ? (info.data.user.locale ?? '') : ''
    // Unknown is remembered too (for an hour), so a slow users.info is not paid on every message.
    await this.o.redis.set(key, locale, 'EX', locale ? LOCALE_TTL_SECONDS : 3600)
    return locale || undefined
  }
}

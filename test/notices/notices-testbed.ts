import { Ctx } from '../../core/conversation/context.js'
import { identify } from '../../core/conversation/identity.js'
import type { Directory } from '../../core/directory/directory.js'
import type { Choice, Outcome, Platform } from '../../core/model/events.js'
import { noticesConfig, type NoticesConfig } from '../../core/notices/notice-config.js'
import type { NoticeDeps } from '../../core/notices/notice-deps.js'
import { noticeFreeText, noticesModule } from '../../core/notices/notices-module.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'
import { NoticeStore } from '../../core/store/notices.js'
import { RegistrationStore } from '../../core/store/registrations.js'
import { startWorkers, type RunningWorkers } from '../../jobs/start-workers.js'
import { alertsConfig } from '../../core/alerts/alert-config.js'
import { loadEnv } from '../../core/config/env.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { testCore, type TestCore } from '../support/core.js'

/** Tuesday 2026-11-24 21:00 in Asia/Shanghai. */
export const TUESDAY_2100 = new Date('2026-11-24T13:00:00Z')
/** br_np_individual: its secretary and members on Telegram, Slack, both and neither (m_015). */
export const BRANCH = 'br_np_individual'
export const SECRETARY = 'm_sec_np_individual'

export interface Sent {
  personId: string
  platform: Platform
  key: string
  text: string
  choices: Choice[]
  /** The key of the earlier message this one edits in place (Telegram editMessageText, Slack chat.update). */
  replaces?: string
}

/**
 * The platforms as members see them: a person is reached on the first platform they have an id
 * on (Telegram, then Slack) unless they blocked the bot there. Like a real adapter, a key is
 * delivered once per person; `calls` counts every notify() the core made.
 */
export class SimulatedPlatforms implements Notifier {
  readonly calls: { personId: string; key: string }[] = []
  readonly sent: Sent[] = []
  readonly blocked = new Set<string>()
  constructor(private readonly dir: Directory) {}

  async notify(to: Recipient, m: OutboundMessage): Promise<Platform[]> {
    if (!('personId' in to)) {
      // One chat on one platform (a self-registered member): recorded as "<platform>:<user id>".
      const who = `${to.platform}:${to.userId}`
      this.calls.push({ personId: who, key: m.key })
      if (this.blocked.has(who)) return []
      if (!this.sent.some((s) => s.personId === who && s.key === m.key)) {
        this.sent.push({ personId: who, platform: to.platform, key: m.key, text: m.text, choices: m.choices ?? [], ...(m.replaces ? { replaces: m.replaces } : {}) })
      }
      return [to.platform]
    }
    this.calls.push({ personId: to.personId, key: m.key })
    const p = this.dir.person(to.personId)
    const platforms: Platform[] = [...(p?.telegram_id ? ['telegram' as const] : []), ...(p?.slack_id ? ['slack' as const] : [])]
    if (platforms.length === 0 || this.blocked.has(to.personId)) return []
    const reached = m.reach === 'one' ? platforms.slice(0, 1) : platforms
    for (const platform of reached) {
      if (!this.sent.some((s) => s.personId === to.personId && s.key === m.key && s.platform === platform)) {
        this.sent.push({ personId: to.personId, platform, key: m.key, text: m.text, choices: m.choices ?? [], ...(m.replaces ? { replaces: m.replaces } : {}) })
      }
    }
    return reached
  }

  to(personId: string): Sent[] {
    return this.sent.filter((s) => s.personId === personId)
  }
}

export interface NoticesTestbed extends TestCore {
  platforms: SimulatedPlatforms
  store: NoticeStore
  config: NoticesConfig
  noticeDeps: NoticeDeps
  workers: RunningWorkers
  dir: Directory
  /** Sends text as a directory person on their first platform (or the one given); the reply texts. */
  as(personId: string, text: string, platform?: Platform): Promise<string>
  asOutcome(personId: string, text: string, platform?: Platform): Promise<Outcome>
  /** Presses a button of a reply (a preview's 确认发送) as that person. */
  pressReply(personId: string, outcome: Outcome, label: string): Promise<Outcome>
  /** Presses the button labelled `label` on the last message to `personId` with buttons. */
  pressAs(personId: string, label: string, by?: string, platform?: Platform): Promise<Outcome>
  /** Free text through the notices hook, as the conversation will call it before routing. */
  freeText(personId: string, text: string): Promise<{ handled: boolean; text: string }>
  close(): Promise<void>
}

export async function noticesTestbed(o: { at?: Date; config?: Partial<NoticesConfig> } = {}): Promise<NoticesTestbed> {
  const core = await testCore({ at: o.at ?? TUESDAY_2100 })
  const dir = await fixtureDirectory()
  const platforms = new SimulatedPlatforms(dir)
  core.deps.notifier = platforms
  const config = noticesConfig(loadEnv({}), o.config)
  const base = { redis: core.deps.redis, keys: core.deps.keys, directory: core.deps.directory, clock: core.deps.clock, notifier: platforms }
  const workers = await startWorkers({
    redisUrl: core.db.url,
    prefix: `${core.db.prefix}bull`,
    deps: { ...base, config: alertsConfig(loadEnv({})) },
    notices: { config, worker: { concurrency: 20, lockDurationMs: 2000, stalledIntervalMs: 1000 } },
  })
  const noticeDeps: NoticeDeps = { ...base, jobs: workers.jobs, config }
  core.deps.jobs = workers.jobs
  core.modules.push(noticesModule(noticeDeps))
  const userOf = (personId: string, platform?: Platform): { userId: string; platform: Platform } => {
    const p = dir.person(personId)!
    if (platform === 'slack' || (!platform && !p.telegram_id)) return { userId: p.slack_id!, platform: 'slack' }
    return { userId: p.telegram_id!, platform: 'telegram' }
  }
  let seq = 0
  return {
    ...core,
    platforms,
    store: new NoticeStore(core.db.redis, core.db.keys),
    config,
    noticeDeps,
    workers,
    dir,
    as: async (personId, text, platform) => {
      const u = userOf(personId, platform)
      return (await core.say(u.userId, text, u.platform)).replies.map((r) => r.text).join('\n')
    },
    asOutcome: async (personId, text, platform) => {
      const u = userOf(personId, platform)
      return core.say(u.userId, text, u.platform)
    },
    pressReply: async (personId, outcome, label) => {
      const choice = outcome.replies.flatMap((r) => r.choices ?? []).find((c) => c.label === label)
      if (!choice) throw new Error(`no button ${label} in the reply`)
      const u = userOf(personId)
      return core.press(u.userId, choice.action, u.platform)
    },
    pressAs: async (personId, label, by = personId, platform) => {
      const withButtons = platforms.to(personId).filter((s) => s.choices.length > 0)
      const choice = withButtons.at(-1)?.choices.find((c) => c.label === label)
      if (!choice) throw new Error(`no button ${label} for ${personId}`)
      const u = userOf(by, platform)
      return core.press(u.userId, choice.action, u.platform)
    },
    freeText: async (personId, text) => {
      const u = userOf(personId)
      const event = { kind: 'message' as const, id: `ft${++seq}`, platform: u.platform, userId: u.userId, chatId: u.userId, text, at: core.clock.now() }
      const { directory, index } = await core.deps.directory.current()
      const actor = await identify(event, directory, new RegistrationStore(core.db.redis, core.db.keys))
      const ctx = new Ctx(core.deps, event, actor, actor.person?.lang ?? 'zh-Hans', directory, index, {}, core.clock.now())
      const handled = await noticeFreeText(ctx, text)
      return { handled, text: ctx.replies.map((r) => r.text).join('\n') }
    },
    close: async () => {
      await workers.stop()
      await core.close()
    },
  }
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== false) return v
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Sends a notice as the branch secretary, presses "确认发送", and waits for the summary. */
export async function sendNotice(tb: NoticesTestbed, args: string): Promise<{ id: string; preview: string; summary: Sent }> {
  const outcome = await tb.asOutcome(SECRETARY, `/notice ${args}`)
  const preview = outcome.replies.map((r) => r.text).join('\n')
  const id = /N\d+/.exec(preview)?.[0]
  if (!id) throw new Error(`no preview: ${preview}`)
  await tb.pressReply(SECRETARY, outcome, '确认发送')
  const summary = await waitFor(() => tb.platforms.to(SECRETARY).find((s) => s.key === `notice:${id}:summary`), 10_000, 'summary')
  return { id, preview, summary }
}

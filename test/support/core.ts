import { handle, type CoreModule } from '../../core/conversation/handle.js'
import type { CoreDeps } from '../../core/conversation/deps.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import { loadEnv } from '../../core/config/env.js'
import type { InboundEvent, Outcome, Platform } from '../../core/model/events.js'
import { FixedClock } from '../../core/ports/clock.js'
import { FIXTURE_DIRECTORY, fixtureDirectory } from './fixtures.js'
import { RecordingNotifier } from './recording-notifier.js'
import { testRedis, type TestRedis } from './redis.js'

export { FIXTURE_DIRECTORY, fixtureDirectory }

/** A core wired to real Redis (own prefix), the fixture directory, a fixed clock and a recording notifier. */
export interface TestCore {
  deps: CoreDeps
  db: TestRedis
  notifier: RecordingNotifier
  clock: FixedClock
  modules: CoreModule[]
  /** Sends text as a platform user and returns the reply texts. */
  say(userId: string, text: string, platform?: Platform): Promise<Outcome>
  press(userId: string, token: string, platform?: Platform, payload?: string): Promise<Outcome>
  close(): Promise<void>
}

let seq = 0
export async function testCore(options: { modules?: CoreModule[]; at?: Date; deps?: Partial<CoreDeps> } = {}): Promise<TestCore> {
  const db = await testRedis()
  const notifier = new RecordingNotifier()
  const clock = new FixedClock(options.at ?? new Date('2026-11-24T13:00:00Z'))
  const deps: CoreDeps = {
    redis: db.redis,
    keys: db.keys,
    directory: DirectoryProvider.fixed(await fixtureDirectory()),
    clock,
    notifier,
    env: loadEnv({}),
    ...options.deps,
  }
  const modules = options.modules ?? []
  const event = (userId: string, platform: Platform, extra: Partial<InboundEvent>): InboundEvent => ({
    kind: 'message',
    id: `e${++seq}`,
    platform,
    userId,
    chatId: userId,
    at: clock.now(),
    ...extra,
  })
  return {
    deps,
    db,
    notifier,
    clock,
    modules,
    say: (userId, text, platform = 'telegram') => handle(event(userId, platform, { text }), deps, modules),
    press: (userId, token, platform = 'telegram', payload) =>
      handle(event(userId, platform, { kind: 'action', action: token, ...(payload ? { payload } : {}) }), deps, modules),
    close: () => db.close(),
  }
}

export const texts = (o: Outcome): string => o.replies.map((r) => r.text).join('\n')

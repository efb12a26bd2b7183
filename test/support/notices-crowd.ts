import { alertsConfig } from '../../core/alerts/alert-config.js'
import { loadEnv } from '../../core/config/env.js'
import { Directory } from '../../core/directory/directory.js'
import { DirectoryProvider } from '../../core/directory/provider.js'
import type { DirectoryData, Person } from '../../core/model/records.js'
import { noticesConfig } from '../../core/notices/notice-config.js'
import type { Clock } from '../../core/ports/clock.js'
import type { Notifier } from '../../core/ports/notifier.js'
import type { Keys } from '../../core/store/keys.js'
import { connectRedis, type Redis } from '../../core/store/redis.js'
import { TelegramNotifier } from '../../bots/telegram/telegram-notifier.js'
import { DeliveryQueue } from '../../jobs/delivery/delivery-queue.js'
import { Reachability } from '../../jobs/delivery/reachability.js'
import { startWorkers, type RunningWorkers } from '../../jobs/start-workers.js'

/** Tuesday 2026-11-24 21:00 in Asia/Shanghai: the notice is for the Saturday after. */
export const CROWD_AT = new Date('2026-11-24T13:00:00Z')
export const CROWD_BRANCH = 'br_crowd'
export const CROWD_SECRETARY = 'm_sec'
export const CROWD_SECRETARY_CHAT = '900000002'
/** Every tenth member has no Telegram id: the summary lists them with phones. */
export const crowdChat = (i: number): string | null => (i % 10 === 9 ? null : String(810_000_000 + i))

/** One center, one joint branch of `n` members on Telegram (a tenth unreachable) and its secretary. */
export function crowdDirectory(n: number): Directory {
  const person = (id: string, name: string, role: Person['role'], telegram: string | null, phone: string): Person => ({
    id, name, phone, enterprise_id: 'e_crowd', branch_id: CROWD_BRANCH, center_id: 'c_crowd', role, lang: 'zh-Hans', telegram_id: telegram, slack_id: null,
  })
  const people: Person[] = [person(CROWD_SECRETARY, '书记', 'secretary', CROWD_SECRETARY_CHAT, '139-0000-9999')]
  for (let i = 0; i < n; i++) people.push(person(`m${String(i).padStart(4, '0')}`, `党员${i}`, 'member', crowdChat(i), `139-1${String(i).padStart(7, '0')}`))
  const data: DirectoryData = {
    centers: [{ id: 'c_crowd', name: '测试服务中心', district: null, address: '测试路 1 号', phone: '023-0000000', hours: null, services: [] }],
    branches: [{ id: CROWD_BRANCH, name: '测试联合党支部', kind: 'joint', center_id: 'c_crowd', secretary: '书记', secretary_phone: null, dues_method: null, dues_place: null, org_life_schedule: null, org_life_place: null }],
    enterprises: [{ id: 'e_crowd', name: '重庆测试科技有限公司', aliases: [], credit_code: null, area: null, address: null, branch_id: CROWD_BRANCH }],
    people,
    shifts: [],
  }
  return new Directory(data, 'crowd')
}

/**
 * The notices worker as `npm start` runs it with Telegram: a TelegramNotifier on the delivery
 * queue under `bullPrefix`. `wrap` may slow or hang the notifier (the kill test's child).
 */
export async function crowdNoticesWorker(o: { redisUrl: string; redis: Redis; keys: Keys; bullPrefix: string; n: number; clock: Clock; wrap?: (n: Notifier) => Notifier; concurrency?: number }): Promise<RunningWorkers> {
  const directory = DirectoryProvider.fixed(crowdDirectory(o.n))
  const connection = await connectRedis(o.redisUrl, { forWorkers: true })
  const queue = new DeliveryQueue(connection, 'telegram', o.bullPrefix)
  const telegram = new TelegramNotifier(directory, queue, new Reachability(o.redis, o.keys))
  const notifier = o.wrap ? o.wrap(telegram) : telegram
  const env = loadEnv({})
  const workers = await startWorkers({
    redisUrl: o.redisUrl,
    prefix: o.bullPrefix,
    deps: { redis: o.redis, keys: o.keys, directory, clock: o.clock, notifier, config: alertsConfig(env) },
    notices: { config: noticesConfig(env), worker: { concurrency: o.concurrency ?? 20, lockDurationMs: 1000, stalledIntervalMs: 500 } },
  })
  return {
    jobs: workers.jobs,
    stop: async () => {
      await workers.stop()
      await queue.close()
      connection.disconnect()
    },
  }
}

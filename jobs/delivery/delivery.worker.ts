import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq'
import { z } from 'zod'
import { PlatformError, RateLimitError } from '../../core/errors.js'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'
import { DeliveryLimiter, sleep, type DeliveryRates } from './delivery-limits.js'
import { DeliveryMessage, deliveryQueueName, type Lane } from './delivery-message.js'
import type { DeliverySender } from './delivery-sender.js'
import { Reachability } from './reachability.js'

export type DeliveryResult = 'sent' | 'already_sent' | 'unreachable'

export interface DeliveryWorkersOptions {
  /** BullMQ's connection: maxRetriesPerRequest null (workers block on it). */
  connection: Redis
  /** A request/response connection for limits and markers. */
  redis: Redis
  keys: Keys
  prefix: string
  sender: DeliverySender
  rates: DeliveryRates
  concurrency?: Partial<Record<Lane, number>>
  /**
   * A job's lock lives this long without renewal; a live worker renews it every half. 15 s,
   * not BullMQ's 30 s, so a message caught in a crashed worker goes out again within ~20 s,
   * yet long enough that a busy event loop does not make a sent message look stalled (which
   * would send it twice).
   */
  lockDurationMs?: number
  stalledIntervalMs?: number
  onEvent?: (info: { jobId: string | undefined; lane: Lane; result: DeliveryResult | 'retry' | 'delayed' | 'failed'; code?: string }) => void
}

/** Capped exponential backoff for 5xx and network errors: 0.5 s, 1 s, 2 s … at most 60 s. */
export function deliveryBackoff(attemptsMade: number): number {
  return Math.min(60_000, 500 * 2 ** Math.max(0, attemptsMade - 1))
}

const SENT_TTL_SECONDS = 30 * 86_400
const Progress = z.number().int().nonnegative().catch(0)

/**
 * One worker per lane. A message is sent once: a marker written after sending makes a re-run
 * job (a stalled worker, a re-added id) a no-op; the pieces of a long text already sent are
 * remembered in the job's progress so a retry does not repeat them.
 */
export function createDeliveryWorkers(o: DeliveryWorkersOptions): { urgent: Worker; bulk: Worker; close(): Promise<void> } {
  const platform = o.sender.platform
  const limiter = new DeliveryLimiter(o.redis, o.keys, platform, o.rates)
  const reach = new Reachability(o.redis, o.keys)
  const abort = new AbortController()
  const urgentName = deliveryQueueName(platform, 'urgent')

  /** Edits the message `m.replaces` names, if it was sent here and the platform can; false otherwise. */
  const editInstead = async (m: DeliveryMessage, piece: unknown): Promise<boolean> => {
    if (!m.replaces || !o.sender.edit) return false
    const ref = await o.redis.get(o.keys.deliveryRef(platform, m.chatId, m.replaces))
    if (!ref) return false
    try {
      await o.sender.edit(m.chatId, ref, piece)
      // The edited message now stands under this key too: a later update (the next progress
      // count) edits it again rather than sending anew.
      await o.redis.set(o.keys.deliveryRef(platform, m.chatId, m.key), ref, 'EX', SENT_TTL_SECONDS)
      return true
    } catch (err) {
      // Too old or already deleted: a new message says the same.
      if (err instanceof PlatformError && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429) return false
      throw err
    }
  }

  const process = async (lane: Lane, job: Job, token: string | undefined, urgentWaiting: () => Promise<number>): Promise<DeliveryResult> => {
    const parsed = DeliveryMessage.safeParse(job.data)
    if (!parsed.success) throw new UnrecoverableError(`invalid delivery payload: ${parsed.error.issues[0]?.path.join('.')}`)
    const m = parsed.data
    const sentKey = o.keys.deliverySent(platform, job.id ?? '')
    if (await o.redis.exists(sentKey)) return 'already_sent'
    if (await reach.isUnreachable(platform, m.chatId)) return 'unreachable'
    const delay = async (ms: number): Promise<never> => {
      await job.moveToDelayed(Date.now() + ms, token)
      throw new DelayedError()
    }
    const pieces = o.sender.render(m)
    for (let i = Progress.parse(job.progress); i < pieces.length; i++) {
      // After a 429 the whole bot waits: every worker sees the pause.
      const paused = await o.redis.pttl(o.keys.deliveryPause(platform))
      if (paused > 0) await delay(paused)
      // Bulk yields while urgent messages are waiting: they never queue behind a broadcast.
      while (lane === 'bulk' && (await urgentWaiting()) > 0 && !abort.signal.aborted) await sleep(20, abort.signal)
      await limiter.acquire(lane, abort.signal)
      // The chat's slot is taken right before sending, so the spacing holds at the API too.
      const chatWait = await limiter.chatWait(m.chatId)
      // A busy chat: the first piece makes room for other chats' messages; later pieces wait in place.
      if (chatWait > 0 && i === 0) await delay(chatWait)
      if (chatWait > 0) await sleep(chatWait, abort.signal)
      try {
        if (i === 0 && pieces.length === 1 && (await editInstead(m, pieces[0]))) break
        const ref = await o.sender.send(m.chatId, pieces[i])
        // Remember the first piece's id: a later message (an acknowledged page) may edit it.
        if (i === 0 && ref) await o.redis.set(o.keys.deliveryRef(platform, m.chatId, m.key), ref, 'EX', SENT_TTL_SECONDS)
      } catch (err) {
        if (err instanceof RateLimitError) {
          await o.redis.set(o.keys.deliveryPause(platform), '1', 'PX', err.retryAfterMs)
          await job.updateProgress(i)
          await delay(err.retryAfterMs)
        }
        if (err instanceof PlatformError && err.status === 403) {
          await reach.markUnreachable(platform, m.chatId, new Date())
          return 'unreachable'
        }
        await job.updateProgress(i)
        // Other 4xx (a malformed message) will not get better by retrying.
        if (err instanceof PlatformError && err.status !== undefined && err.status >= 400 && err.status < 500) throw new UnrecoverableError(err.message)
        throw err
      }
      if (i < pieces.length - 1) await job.updateProgress(i + 1)
    }
    await o.redis.set(sentKey, '1', 'EX', SENT_TTL_SECONDS)
    return 'sent'
  }

  const lockDuration = o.lockDurationMs ?? 15_000
  const make = (lane: Lane, urgentWaiting: () => Promise<number>) => {
    const w = new Worker(deliveryQueueName(platform, lane), (job, token) => process(lane, job, token, urgentWaiting), {
      connection: o.connection,
      prefix: o.prefix,
      concurrency: o.concurrency?.[lane] ?? 8,
      lockDuration,
      stalledInterval: o.stalledIntervalMs ?? 5000,
      maxStalledCount: 3,
      settings: { backoffStrategy: (attemptsMade: number) => deliveryBackoff(attemptsMade) },
    })
    w.on('completed', (job, result: DeliveryResult) => o.onEvent?.({ jobId: job.id, lane, result }))
    w.on('failed', (job, err) => {
      const code = err instanceof PlatformError ? `${err.code}:${err.status ?? 'network'}` : err.name
      const final = !job || err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1)
      o.onEvent?.({ jobId: job?.id, lane, result: final ? 'failed' : 'retry', code })
    })
    // Connection errors are retried by ioredis; an unhandled 'error' event would end the process.
    w.on('error', () => undefined)
    return w
  }
  const urgent = make('urgent', async () => 0)
  const urgentQueue = new Queue(urgentName, { connection: o.connection, prefix: o.prefix })
  const bulk = make('bulk', () => urgentQueue.getJobCountByTypes('waiting', 'prioritized'))
  return {
    urgent,
    bulk,
    close: async () => {
      abort.abort()
      await Promise.all([urgent.close(), bulk.close()])
      await urgentQueue.close()
    },
  }
}

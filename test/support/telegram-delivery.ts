import { connectRedis, type Redis } from '../../core/store/redis.js'
import type { DeliveryRates } from '../../jobs/delivery/delivery-limits.js'
import { DeliveryQueue } from '../../jobs/delivery/delivery-queue.js'
import type { DeliverySender } from '../../jobs/delivery/delivery-sender.js'
import { createDeliveryWorkers, type DeliveryWorkersOptions } from '../../jobs/delivery/delivery.worker.js'
import { Reachability } from '../../jobs/delivery/reachability.js'
import type { TestRedis } from './redis.js'

export interface TestDelivery {
  queue: DeliveryQueue
  reachability: Reachability
  events: Parameters<NonNullable<DeliveryWorkersOptions['onEvent']>>[0][]
  stop(): Promise<void>
}

/** The delivery queue and its workers on the test's Redis, under the test's own BullMQ prefix. */
export async function testDelivery(db: TestRedis, sender: DeliverySender, rates: DeliveryRates, o: { workers?: boolean; concurrency?: DeliveryWorkersOptions['concurrency'] } = {}): Promise<TestDelivery> {
  const connection: Redis = await connectRedis(db.url, { forWorkers: true })
  const prefix = `${db.prefix}bull`
  const queue = new DeliveryQueue(connection, sender.platform, prefix)
  const events: TestDelivery['events'] = []
  const workers =
    o.workers === false
      ? null
      : createDeliveryWorkers({ connection, redis: db.redis, keys: db.keys, prefix, sender, rates, onEvent: (e) => events.push(e), ...(o.concurrency ? { concurrency: o.concurrency } : {}) })
  if (workers) await Promise.all([workers.urgent.waitUntilReady(), workers.bulk.waitUntilReady()])
  return {
    queue,
    reachability: new Reachability(db.redis, db.keys),
    events,
    stop: async () => {
      await workers?.close()
      await queue.close()
      connection.disconnect()
    },
  }
}

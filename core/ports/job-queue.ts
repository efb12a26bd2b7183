/**
 * The core's way to ask for work later or elsewhere (alert paging, escalation timers,
 * broadcasts). jobs/ implements it with BullMQ; `key` makes enqueueing idempotent.
 */
export interface JobQueue {
  enqueue(kind: string, payload: unknown, options: { key: string; delayMs?: number; priority?: number }): Promise<void>
}

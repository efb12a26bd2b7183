import type { InboundEvent, Outcome, Platform, Reply } from '../core/model/events.js'

/**
 * What every platform adapter is: it translates platform updates into InboundEvents and the
 * core's replies into platform messages. No business rule lives in an adapter.
 */
export interface PlatformAdapter {
  readonly platform: Platform
  start(onEvent: (e: InboundEvent) => Promise<Outcome>): Promise<void>
  render(chatId: string, reply: Reply): Promise<void>
  stop(): Promise<void>
}

import type { Platform } from '../../core/model/events.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'

/**
 * A page is safety-critical: it goes to every platform where the person can be reached, and
 * counts as delivered if any one took it. A platform that fails does not stop the others.
 */
export class FanoutNotifier implements Notifier {
  constructor(private readonly notifiers: Notifier[]) {}

  async notify(to: Recipient, message: OutboundMessage): Promise<Platform[]> {
    if (message.reach === 'one') return this.first(to, message)
    const results = await Promise.allSettled(this.notifiers.map((n) => n.notify(to, message)))
    const reached = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
    if (reached.length === 0) {
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
      // Nobody took it and something broke: let the caller's job retry rather than call it unreachable.
      if (failed) throw failed.reason
    }
    return reached
  }

  /** In order of preference: the first platform that takes the message is the only one. */
  private async first(to: Recipient, message: OutboundMessage): Promise<Platform[]> {
    let failure: unknown
    for (const n of this.notifiers) {
      try {
        const reached = await n.notify(to, message)
        if (reached.length > 0) return reached
      } catch (err) {
        failure ??= err
      }
    }
    if (failure) throw failure
    return []
  }
}

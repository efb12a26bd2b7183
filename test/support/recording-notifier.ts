import type { Platform } from '../../core/model/events.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'

/** The notifier port as a test sees it: every message kept, in order, de-duplicated by key. */
export class RecordingNotifier implements Notifier {
  readonly sent: { to: Recipient; message: OutboundMessage }[] = []
  private readonly keys = new Set<string>()
  async notify(to: Recipient, message: OutboundMessage): Promise<Platform[]> {
    const who = 'personId' in to ? to.personId : `${to.platform}:${to.userId}`
    const k = `${who}|${message.key}`
    if (!this.keys.has(k)) {
      this.keys.add(k)
      this.sent.push({ to, message })
    }
    return ['console']
  }
  to(personId: string): OutboundMessage[] {
    return this.sent.filter((s) => 'personId' in s.to && s.to.personId === personId).map((s) => s.message)
  }
}

import type { Directory } from '../directory/directory.js'
import type { InboundEvent, Reply } from '../model/events.js'
import type { Lang, Person } from '../model/records.js'

/**
 * The distress check as the conversation sees it: given a message, return the replies that
 * must come first (hotlines, an offer of a counselor), after raising any alert. Replies empty
 * means "not flagged, route normally"; `continueRouting` also answers the routine question the
 * message carried (a concern buried in a dues question).
 */
export interface SafetyHook {
  check(input: { event: InboundEvent; text: string; person: Person | null; lang: Lang; directory: Directory }): Promise<{ replies: Reply[]; continueRouting?: boolean }>
}

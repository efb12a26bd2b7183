import type { Directory } from '../directory/directory.js'
import type { InboundEvent } from '../model/events.js'
import type { Center, Person } from '../model/records.js'
import type { AlertDeps } from './alert-deps.js'
import { alertStore } from './alert-deps.js'
import { ALERT_PAGE_JOB, PAGE_PRIORITY, pageKey, type Alert, type AlertLevel, type AlertSource, type PageJob } from './alert-record.js'

export interface RaiseInput {
  level: AlertLevel
  source: AlertSource
  reasons: readonly string[]
  event: Pick<InboundEvent, 'platform' | 'id' | 'userId' | 'chatId'>
  /** Distinguishes two alerts one event may raise (a message, then a button on it). */
  idSuffix?: string
  text: string
  person: Person | null
  directory: Directory
  at: Date
}

/** The center whose counselors take an alert: the person's, else the configured default, else the first. */
export function alertCenter(dir: Directory, person: Person | null, defaultCenterId: string | undefined): Center | undefined {
  return (person ? dir.centerOfPerson(person) : undefined) ?? dir.center(defaultCenterId) ?? dir.allCenters()[0]
}

/**
 * The one path from "someone needs a counselor" to a page: the alert is stored first (once per
 * message), then its first page is queued. The page job is queued even when the alert already
 * existed, so a redelivery after a failed enqueue still pages; its key keeps it single.
 */
export async function raiseAlert(deps: AlertDeps, input: RaiseInput): Promise<{ alert: Alert; created: boolean; center: Center | undefined }> {
  const center = alertCenter(input.directory, input.person, deps.config.defaultCenterId)
  const messageId = input.idSuffix ? `${input.event.id}#${input.idSuffix}` : input.event.id
  const { alert, created } = await alertStore(deps).create({
    level: input.level,
    source: input.source,
    personId: input.person?.id ?? null,
    platform: input.event.platform,
    userId: input.event.userId,
    chatId: input.event.chatId,
    messageId,
    centerId: center?.id ?? 'unknown',
    text: input.text,
    reasons: [...input.reasons],
    at: input.at,
  })
  const first: PageJob = { alertId: alert.id, level: 1, round: 1 }
  await deps.jobs.enqueue(ALERT_PAGE_JOB, first, { key: pageKey(alert.id, 1, 1), priority: PAGE_PRIORITY[alert.level] })
  return { alert, created, center }
}

import { z } from 'zod'
import { Platform } from '../model/events.js'
import { LEVEL_RANK } from '../safety/types.js'

/** Levels that raise an alert (an assessment of `none` never does). */
export const AlertLevel = z.enum(['concern', 'high', 'imminent'])
export type AlertLevel = z.infer<typeof AlertLevel>

export const AlertState = z.enum(['open', 'acknowledged', 'resolved'])
export type AlertState = z.infer<typeof AlertState>

/** Where an alert came from: a flagged message, or a person asking for a counselor. */
export const AlertSource = z.enum(['message', 'request'])
export type AlertSource = z.infer<typeof AlertSource>

// The record is a Redis hash (so Lua can move its state); empty fields mean "not yet".
const blank = <T extends z.ZodTypeAny>(t: T) => z.preprocess((v) => (v === '' || v === undefined ? null : v), t.nullable())
const ms = z.coerce.number().int().nonnegative()

export const Alert = z.object({
  id: z.string().regex(/^A\d+$/),
  level: AlertLevel,
  source: AlertSource,
  personId: blank(z.string()),
  platform: Platform,
  userId: z.string(),
  chatId: z.string(),
  messageId: z.string(),
  centerId: z.string(),
  text: z.string(),
  /** Reason codes of the assessment, comma-separated in Redis. */
  reasons: z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.string())),
  at: ms,
  state: AlertState,
  ackBy: blank(z.string()),
  ackAt: blank(ms),
  resolvedBy: blank(z.string()),
  resolvedAt: blank(ms),
  note: blank(z.string()),
  /** The rota level and round paged last (0 before the first page). */
  escLevel: z.coerce.number().int().nonnegative(),
  escRound: z.coerce.number().int().nonnegative(),
  pagedPerson: blank(z.string()),
  /** The member pressed "talk to a counselor now" on this alert. */
  requestedAt: blank(ms),
})
export type Alert = z.infer<typeof Alert>

/** BullMQ-style priority: lower is more urgent. Pages of an imminent alert go first. */
export const PAGE_PRIORITY: Record<AlertLevel, number> = { imminent: 1, high: 2, concern: 3 }
export const REMINDER_PRIORITY = 5

/**
 * Sort score of an unresolved alert: most urgent level first, then oldest first. Levels are
 * 1e13 apart, more than any epoch-millisecond value, so the two never mix.
 */
export function urgencyScore(level: AlertLevel, atMs: number): number {
  return (LEVEL_RANK.imminent - LEVEL_RANK[level]) * 1e13 + atMs
}

/** "A17", "a17", "#A17" or "17" → "A17"; null when it cannot be an alert id. */
export function parseAlertId(input: string): string | null {
  const m = /^#?[Aa]?(\d{1,12})$/.exec(input.trim())
  return m ? `A${m[1]}` : null
}

/** The notifier key of one page: a retried job never pages the same person twice. */
export function pageKey(alertId: string, level: number, round: number): string {
  return `alert:${alertId}:L${level}:r${round}`
}

// Job kinds and payloads: the contract between core/alerts and the workers in jobs/.
export const ALERT_PAGE_JOB = 'alert.page'
export const ALERT_SLA_JOB = 'alert.sla'

export const PageJob = z.object({ alertId: z.string().regex(/^A\d+$/), level: z.number().int().min(1).max(9), round: z.number().int().min(1) })
export type PageJob = z.infer<typeof PageJob>

export const SlaJob = z.object({ alertId: z.string().regex(/^A\d+$/), stage: z.enum(['yellow', 'red']) })
export type SlaJob = z.infer<typeof SlaJob>

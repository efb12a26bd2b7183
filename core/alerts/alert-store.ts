import type { Keys } from '../store/keys.js'
import type { Redis } from '../store/redis.js'
import { LEVEL_RANK } from '../safety/types.js'
import { Alert, AlertLevel, urgencyScore, type AlertSource, pageKey } from './alert-record.js'
import { ACK, CREATE, MARK_REQUESTED, RAISE_LEVEL, RECORD_PAGE, RESOLVE, runScript } from './alert-scripts.js'

/** How long "this message already raised alert X" is remembered; platforms redeliver within minutes. */
const BY_MESSAGE_TTL_SECONDS = 30 * 86_400
/** A recorded page is not re-sent for this long; escalations end far sooner. */
const PAGE_SENT_TTL_SECONDS = 30 * 86_400

export interface NewAlert {
  level: AlertLevel
  source: AlertSource
  personId: string | null
  platform: Alert['platform']
  userId: string
  chatId: string
  messageId: string
  centerId: string
  text: string
  reasons: string[]
  at: Date
}

export type Transition = { ok: true; by: string } | { ok: false; reason: 'missing' | 'acknowledged' | 'resolved' | 'open'; by: string | null }

/** One audit entry as read back: who did what to which alert, when (never the alert's text). */
export interface AuditEntry {
  id: string
  action: string
  alert: string
  by: string
  at: string
  [field: string]: string
}

/**
 * Alerts in Redis: a hash per alert, one sorted set of unresolved alerts per center (most
 * urgent first), and the audit stream. Creation is idempotent per platform message, and every
 * change of state is one Lua script with its audit entry.
 */
export class AlertStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Creates the alert of a message once; a second call for the same message returns the first. */
  async create(a: NewAlert): Promise<{ alert: Alert; created: boolean }> {
    const byMessage = this.keys.alertByMessage(a.platform, a.messageId)
    const id = `A${await this.redis.incr(this.keys.alertSeq())}`
    const fields: Record<string, string> = {
      id,
      level: a.level,
      source: a.source,
      personId: a.personId ?? '',
      platform: a.platform,
      userId: a.userId,
      chatId: a.chatId,
      messageId: a.messageId,
      centerId: a.centerId,
      text: a.text,
      reasons: a.reasons.join(','),
      at: String(a.at.getTime()),
      state: 'open',
      escLevel: '0',
      escRound: '0',
    }
    const by = a.personId ?? `${a.platform}:${a.userId}`
    const [createdFlag, winner] = (await runScript(
      this.redis,
      CREATE,
      [byMessage, this.keys.alert(id), this.keys.openAlerts(a.centerId), this.keys.audit()],
      [id, urgencyScore(a.level, a.at.getTime()), BY_MESSAGE_TTL_SECONDS, a.at.toISOString(), by, ...Object.entries(fields).flat()],
    )) as [number, string]
    // The script decides: the first delivery of a message creates, any other gets the first's alert.
    if (createdFlag === 1) return { alert: Alert.parse(fields), created: true }
    return { alert: (await this.get(winner))!, created: false }
  }

  async get(id: string): Promise<Alert | null> {
    const raw = await this.redis.hgetall(this.keys.alert(id))
    if (!raw || Object.keys(raw).length === 0) return null
    return Alert.parse(raw)
  }

  /** open → acknowledged. The caller has checked that `by` may act on the alert. */
  async acknowledge(id: string, by: string, at: Date): Promise<Transition> {
    const r = (await runScript(this.redis, ACK, [this.keys.alert(id), this.keys.audit()], [id, by, at.getTime(), at.toISOString()])) as [string, string]
    return transition(r)
  }

  /** open or acknowledged → resolved, with a note; leaves the center's unresolved set. */
  async resolve(id: string, centerId: string, by: string, at: Date, note: string): Promise<Transition> {
    const r = (await runScript(
      this.redis,
      RESOLVE,
      [this.keys.alert(id), this.keys.openAlerts(centerId), this.keys.audit()],
      [id, by, at.getTime(), at.toISOString(), note],
    )) as [string, string]
    return transition(r)
  }

  /** Remembers that a page went out to `personId` (audited, with the reading it implies) and is not to be sent again. */
  async recordPage(id: string, level: number, round: number, personId: string, at: Date): Promise<void> {
    const keys = [this.keys.alert(id), this.keys.audit(), this.keys.pageSent(id, level, round), this.keys.alertPages(id)]
    await runScript(this.redis, RECORD_PAGE, keys, [id, level, round, personId, at.toISOString(), PAGE_SENT_TTL_SECONDS, pageKey(id, level, round)])
  }

  /** A second opinion saw more: raise the level of an unresolved alert (never lower it). */
  async raiseLevel(id: string, level: AlertLevel, reasons: readonly string[], by: string, at: Date): Promise<'ok' | 'missing' | 'resolved' | 'not_higher'> {
    const alert = await this.get(id)
    if (!alert) return 'missing'
    const lower = AlertLevel.options.filter((l) => LEVEL_RANK[l] < LEVEL_RANK[level])
    return (await runScript(
      this.redis,
      RAISE_LEVEL,
      [this.keys.alert(id), this.keys.openAlerts(alert.centerId), this.keys.audit()],
      [id, level, reasons.join(','), by, at.toISOString(), urgencyScore(level, alert.at), ...lower],
    )) as 'ok' | 'missing' | 'resolved' | 'not_higher'
  }

  /** Every page of an alert that went out: its notifier key and who got it. */
  async pages(id: string): Promise<{ key: string; personId: string }[]> {
    const all = await this.redis.hgetall(this.keys.alertPages(id))
    return Object.entries(all).map(([key, personId]) => ({ key, personId }))
  }

  /** Whether the page (alert, level, round) was already sent and recorded. */
  async pageRecorded(id: string, level: number, round: number): Promise<boolean> {
    return (await this.redis.exists(this.keys.pageSent(id, level, round))) === 1
  }

  /** The member asked for a counselor on this alert; returns its state, or null if it is gone. */
  async markRequested(id: string, by: string, at: Date): Promise<Alert['state'] | null> {
    const r = (await runScript(this.redis, MARK_REQUESTED, [this.keys.alert(id), this.keys.audit()], [id, by, at.getTime(), at.toISOString()])) as string
    return r === 'missing' ? null : (r as Alert['state'])
  }

  /** Unresolved alerts of a center, most urgent first. Reading them is the caller's to audit. */
  async listUnresolved(centerId: string, limit = 20): Promise<Alert[]> {
    const ids = await this.redis.zrange(this.keys.openAlerts(centerId), 0, limit - 1)
    const alerts = await Promise.all(ids.map((id) => this.get(id)))
    return alerts.filter((a): a is Alert => a !== null)
  }

  async countUnresolved(centerId: string): Promise<number> {
    return this.redis.zcard(this.keys.openAlerts(centerId))
  }

  /** Appends to the audit stream: who did what to which alert (or tried to), never its text. */
  async audit(action: string, alertId: string, by: string, at: Date, detail: Record<string, string> = {}): Promise<void> {
    await this.redis.xadd(this.keys.audit(), '*', 'action', action, 'alert', alertId, 'by', by, 'at', at.toISOString(), ...Object.entries(detail).flat())
  }

  /** The audit stream, oldest first; only entries about `alertId` when given. */
  async auditTrail(alertId?: string): Promise<AuditEntry[]> {
    const rows = await this.redis.xrange(this.keys.audit(), '-', '+')
    const entries = rows.map(([id, flat]) => {
      const e: Record<string, string> = { id }
      for (let i = 0; i + 1 < flat.length; i += 2) e[flat[i]!] = flat[i + 1]!
      return e as AuditEntry
    })
    return alertId ? entries.filter((e) => e.alert === alertId) : entries
  }
}

function transition([status, by]: [string, string]): Transition {
  if (status === 'ok') return { ok: true, by }
  return { ok: false, reason: status as 'missing' | 'acknowledged' | 'resolved' | 'open', by: by || null }
}

import type { Alert } from './alert-record.js'
import type { AlertsConfig } from './alert-config.js'

export type Light = 'green' | 'yellow' | 'red'

export type LightTiming = Pick<AlertsConfig, 'ackTimeoutMs' | 'resolveDueMs' | 'yellowAt'>

const DEFAULT_TIMING: LightTiming = { ackTimeoutMs: { imminent: 120_000, high: 300_000, concern: 1_800_000 }, resolveDueMs: 86_400_000, yellowAt: 0.75 }

/**
 * Whether an alert is being answered in time. An open alert is measured against the time to
 * acknowledge of its level; an acknowledged one against the time to resolve, from its
 * acknowledgement. Yellow from `yellowAt` of the allowance, red once it is used up.
 */
export function alertLight(alert: Pick<Alert, 'state' | 'level' | 'at' | 'ackAt'>, now: Date, timing: LightTiming = DEFAULT_TIMING): Light {
  if (alert.state === 'resolved') return 'green'
  const [since, allowance] = alert.state === 'acknowledged' ? [alert.ackAt ?? alert.at, timing.resolveDueMs] : [alert.at, timing.ackTimeoutMs[alert.level]]
  const used = (now.getTime() - since) / allowance
  return used >= 1 ? 'red' : used >= timing.yellowAt ? 'yellow' : 'green'
}

/** When the SLA stages of an acknowledged alert fall due, in ms after its acknowledgement. */
export function slaStages(timing: Pick<AlertsConfig, 'resolveDueMs' | 'yellowAt'>): { stage: 'yellow' | 'red'; afterMs: number }[] {
  return [
    { stage: 'yellow', afterMs: Math.round(timing.resolveDueMs * timing.yellowAt) },
    { stage: 'red', afterMs: timing.resolveDueMs },
  ]
}

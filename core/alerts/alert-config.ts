import { hotlines, type Env, type Hotline } from '../config/env.js'
import type { AlertLevel } from './alert-record.js'

/** The timings and contacts the alert lifecycle runs on (from the environment, or a test). */
export interface AlertsConfig {
  timeZone: string
  /** Time to acknowledge before the next rota level is paged, by severity. */
  ackTimeoutMs: Record<AlertLevel, number>
  /** An acknowledged alert should be resolved within this. */
  resolveDueMs: number
  /** Fraction of resolveDueMs after which an acknowledged alert turns yellow. */
  yellowAt: number
  hotlines: Hotline[]
  defaultCenterId: string | undefined
}

type AlertEnv = Pick<
  Env,
  'LIANXIN_TZ' | 'ALERT_ACK_TIMEOUT_IMMINENT' | 'ALERT_ACK_TIMEOUT_HIGH' | 'ALERT_ACK_TIMEOUT_CONCERN' | 'ALERT_RESOLVE_DUE' | 'CRISIS_HOTLINES' | 'DEFAULT_CENTER_ID'
>

export function alertsConfig(env: AlertEnv): AlertsConfig {
  return {
    timeZone: env.LIANXIN_TZ,
    ackTimeoutMs: { imminent: env.ALERT_ACK_TIMEOUT_IMMINENT, high: env.ALERT_ACK_TIMEOUT_HIGH, concern: env.ALERT_ACK_TIMEOUT_CONCERN },
    resolveDueMs: env.ALERT_RESOLVE_DUE,
    yellowAt: 0.75,
    hotlines: hotlines(env),
    defaultCenterId: env.DEFAULT_CENTER_ID,
  }
}

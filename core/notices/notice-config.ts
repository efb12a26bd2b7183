import type { Env } from '../config/env.js'

/** The timings of notices (defaults from the design; tests pass seconds instead of hours). */
export interface NoticesConfig {
  timeZone: string
  /** The deep link whose QR code checks a member in (a Telegram bot's `?start=ci-<code>`); absent: no link. */
  checkinLink?: (code: string) => string
  /** Automatic reminders this long before the start; the last one also says "see you" to those coming. */
  reminderOffsetsMs: number[]
  /** A recurring meeting is announced this long before each occurrence. */
  announceAheadMs: number
  /** The check-in window around the start. */
  checkinOpensBeforeMs: number
  checkinClosesAfterMs: number
  /** Wrong check-in codes one person may send per window of `checkinAttemptWindowMs`. */
  checkinMaxAttempts: number
  checkinAttemptWindowMs: number
  /** How long "the next text is your leave reason" waits after 请假. */
  leaveReasonTtlMs: number
  /** An unconfirmed preview is forgotten after this. */
  draftTtlMs: number
  /** "Sent n of N" is edited at most this often during a fan-out (0: at every count). */
  progressEveryMs: number
  /** A guided /notice left alone this long is forgotten. */
  guideTtlMs: number
}

const H = 3_600_000

export function noticesConfig(env: Pick<Env, 'LIANXIN_TZ'>, over: Partial<NoticesConfig> = {}): NoticesConfig {
  return {
    timeZone: env.LIANXIN_TZ,
    reminderOffsetsMs: [24 * H, 2 * H],
    announceAheadMs: 72 * H,
    checkinOpensBeforeMs: 0.5 * H,
    checkinClosesAfterMs: 3 * H,
    checkinMaxAttempts: 5,
    checkinAttemptWindowMs: 0.5 * H,
    leaveReasonTtlMs: 10 * 60_000,
    draftTtlMs: 24 * H,
    progressEveryMs: 2000,
    guideTtlMs: 0.5 * H,
    ...over,
  }
}

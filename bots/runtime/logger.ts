import { pino } from 'pino'

// Logs carry codes, ids and counts; never message text or tokens (redacted if they slip in).
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['text', '*.text', 'token', '*.token', 'payload', '*.payload', 'password'], censor: '[redacted]' },
  base: undefined,
})
export type Logger = typeof logger

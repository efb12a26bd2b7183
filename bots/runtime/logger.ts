import { pino } from 'pino'

// Logs carry codes, ids and counts; never message text or tokens (redacted if they slip in).
// They go to stderr: stdout belongs to the terminal chat and to `analyze`'s JSON lines.
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: ['text', '*.text', 'token', '*.token', 'payload', '*.payload', 'password'], censor: '[redacted]' },
    base: undefined,
  },
  pino.destination(2),
)
export type Logger = typeof logger

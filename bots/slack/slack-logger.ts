import { LogLevel, type Logger } from '@slack/bolt'

/**
 * The SDK's own logging, silenced: its messages can quote request bodies (message text) and
 * its errors reach us anyway, where they are logged as codes (never text or tokens).
 */
export function quietLogger(): Logger {
  let level = LogLevel.ERROR
  const none = () => undefined
  return {
    debug: none,
    info: none,
    warn: none,
    error: none,
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  }
}

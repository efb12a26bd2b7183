import { readFileSync } from 'node:fs'

/** A Telegram update sample from test/fixtures/telegram/, as the Bot API would post it. */
export function telegramFixture(name: 'message-text' | 'message-command' | 'callback-query' | 'message-photo' | 'edited-message'): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(new URL(`../fixtures/telegram/${name}.json`, import.meta.url), 'utf8'))
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`fixture ${name} is not an object`)
  return { ...parsed }
}

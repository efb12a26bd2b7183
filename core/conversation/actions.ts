import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { Choice } from '../model/events.js'
import type { Keys } from '../store/keys.js'
import type { Redis } from '../store/redis.js'

/**
 * A button's meaning is kept server-side under an opaque token (22 characters, well under
 * Telegram's 64-byte callback limit); the platform only carries the token. The token names who
 * may press it: a platform user (a reply's choices) or a directory person (pages, approvals).
 */
export const ActionRecord = z.object({
  kind: z.string(),
  args: z.record(z.string()),
  forUser: z.string().optional(), // "<platform>:<userId>"
  forPerson: z.string().optional(), // person id
})
export type ActionRecord = z.infer<typeof ActionRecord>

const DAY = 86_400

export async function issueAction(
  redis: Redis,
  keys: Keys,
  label: string,
  record: ActionRecord,
  options: { ttlSeconds?: number; style?: Choice['style'] } = {},
): Promise<Choice> {
  const token = randomBytes(16).toString('base64url')
  await redis.set(keys.action(token), JSON.stringify(record), 'EX', options.ttlSeconds ?? DAY)
  return { label, action: token, ...(options.style ? { style: options.style } : {}) }
}

/** The action behind a token if it exists and belongs to this presser; null otherwise. */
export async function resolveAction(
  redis: Redis,
  keys: Keys,
  token: string,
  presser: { platform: string; userId: string; personId: string | null },
): Promise<ActionRecord | null> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) return null
  const raw = await redis.get(keys.action(token))
  if (!raw) return null
  const parsed = ActionRecord.safeParse(JSON.parse(raw))
  if (!parsed.success) return null
  const a = parsed.data
  if (a.forUser && a.forUser !== `${presser.platform}:${presser.userId}`) return null
  if (a.forPerson && a.forPerson !== presser.personId) return null
  return a
}

export async function consumeAction(redis: Redis, keys: Keys, token: string): Promise<void> {
  await redis.del(keys.action(token))
}

/** The action behind a token whoever presses it: only to record a refused press (audit). */
export async function peekAction(redis: Redis, keys: Keys, token: string): Promise<ActionRecord | null> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) return null
  const raw = await redis.get(keys.action(token))
  if (!raw) return null
  const parsed = ActionRecord.safeParse(JSON.parse(raw))
  return parsed.success ? parsed.data : null
}

import { createHash } from 'node:crypto'
import type { Redis } from '../store/redis.js'

// Every change of an alert's state is one Lua script: the check, the write and its audit
// entry happen together or not at all, whichever process runs them.

/** KEYS: byMessage, alert, openSet, audit. ARGV: id, score, byMessageTtl, atIso, by, field, value, … */
export const CREATE = `
local existing = redis.call('GET', KEYS[1])
if existing then return {0, existing} end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
local fields = {}
for i = 6, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[2], unpack(fields))
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
redis.call('XADD', KEYS[4], '*', 'action', 'created', 'alert', ARGV[1], 'by', ARGV[5], 'at', ARGV[4])
return {1, ARGV[1]}
`

/** KEYS: alert, audit. ARGV: id, by, atMs, atIso. Only an open alert can be acknowledged. */
export const ACK = `
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing', ''} end
if state ~= 'open' then return {state, redis.call('HGET', KEYS[1], 'ackBy') or ''} end
redis.call('HSET', KEYS[1], 'state', 'acknowledged', 'ackBy', ARGV[2], 'ackAt', ARGV[3])
redis.call('XADD', KEYS[2], '*', 'action', 'acknowledged', 'alert', ARGV[1], 'by', ARGV[2], 'at', ARGV[4])
return {'ok', ARGV[2]}
`

/** KEYS: alert, openSet, audit. ARGV: id, by, atMs, atIso, note. Open or acknowledged → resolved. */
export const RESOLVE = `
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing', ''} end
if state == 'resolved' then return {state, redis.call('HGET', KEYS[1], 'resolvedBy') or ''} end
redis.call('HSET', KEYS[1], 'state', 'resolved', 'resolvedBy', ARGV[2], 'resolvedAt', ARGV[3], 'note', ARGV[5])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('XADD', KEYS[3], '*', 'action', 'resolved', 'alert', ARGV[1], 'by', ARGV[2], 'at', ARGV[4], 'from', state)
return {'ok', ARGV[2]}
`

/**
 * KEYS: alert, audit, pageSent, pages. ARGV: id, level, round, personId, atIso, sentTtl, pageKey. Records a
 * page that went out, that the paged person was shown the alert's text, and that a rerun of
 * the job must not send it again.
 */
export const RECORD_PAGE = `
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'missing' end
redis.call('SET', KEYS[3], '1', 'EX', ARGV[6])
redis.call('HSET', KEYS[4], ARGV[7], ARGV[4])
redis.call('EXPIRE', KEYS[4], ARGV[6])
redis.call('HSET', KEYS[1], 'escLevel', ARGV[2], 'escRound', ARGV[3], 'pagedPerson', ARGV[4])
redis.call('XADD', KEYS[2], '*', 'action', 'paged', 'alert', ARGV[1], 'by', 'system', 'to', ARGV[4], 'level', ARGV[2], 'round', ARGV[3], 'at', ARGV[5])
redis.call('XADD', KEYS[2], '*', 'action', 'read', 'alert', ARGV[1], 'by', ARGV[4], 'via', 'page', 'at', ARGV[5])
return state
`

/** KEYS: alert, audit. ARGV: id, by, atMs, atIso. The member asked for a counselor on this alert. */
export const MARK_REQUESTED = `
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'missing' end
if state == 'resolved' then return state end
redis.call('HSET', KEYS[1], 'requestedAt', ARGV[3])
redis.call('XADD', KEYS[2], '*', 'action', 'counselor_requested', 'alert', ARGV[1], 'by', ARGV[2], 'at', ARGV[4])
return state
`

const shas = new Map<string, string>()

/** EVALSHA with a fallback to EVAL when the server does not know the script (e.g. after a restart). */
export async function runScript(redis: Redis, script: string, keys: string[], args: (string | number)[]): Promise<unknown> {
  let sha = shas.get(script)
  if (!sha) {
    sha = createHash('sha1').update(script).digest('hex')
    shas.set(script, sha)
  }
  try {
    return await redis.evalsha(sha, keys.length, ...keys, ...args)
  } catch (err) {
    if (!(err instanceof Error) || !err.message.includes('NOSCRIPT')) throw err
    return redis.eval(script, keys.length, ...keys, ...args)
  }
}

/**
 * KEYS: alert, openSet, audit. ARGV: id, newLevel, reasons, by, atIso, newScore, lowerLevels…
 * Raises an unresolved alert's level (a second opinion saw more), never lowers it.
 */
export const RAISE_LEVEL = `
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'missing' end
if state == 'resolved' then return state end
local level = redis.call('HGET', KEYS[1], 'level')
local lower = false
for i = 7, #ARGV do if ARGV[i] == level then lower = true end end
if not lower then return 'not_higher' end
redis.call('HSET', KEYS[1], 'level', ARGV[2], 'reasons', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[6], ARGV[1])
redis.call('XADD', KEYS[3], '*', 'action', 'level_raised', 'alert', ARGV[1], 'by', ARGV[4], 'at', ARGV[5], 'from', level, 'to', ARGV[2])
return 'ok'
`

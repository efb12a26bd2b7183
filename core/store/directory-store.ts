import type { DirectoryData } from '../model/records.js'
import type { Keys } from './keys.js'
import type { Redis } from './redis.js'

/**
 * The directory is stored as one immutable snapshot per import plus a pointer to the current
 * one. Switching the pointer is a single SET inside MULTI, so readers see the old directory or
 * the new one, never a mix; a rejected import never touches either.
 */
export async function saveDirectory(redis: Redis, keys: Keys, data: DirectoryData): Promise<string> {
  const version = String(await redis.incr(keys.directoryVersionSeq()))
  const previous = await redis.get(keys.directoryCurrent())
  const tx = redis.multi().set(keys.directorySnapshot(version), JSON.stringify({ v: 1, data })).set(keys.directoryCurrent(), version)
  // Keep the previous snapshot for a minute: a reader that just read the old pointer can finish.
  if (previous) tx.expire(keys.directorySnapshot(previous), 60)
  const results = await tx.exec()
  const failed = results?.find(([err]) => err)
  if (!results || failed) throw failed?.[0] ?? new Error('directory swap aborted')
  return version
}

export async function currentDirectoryVersion(redis: Redis, keys: Keys): Promise<string | null> {
  return redis.get(keys.directoryCurrent())
}

export async function loadDirectory(redis: Redis, keys: Keys): Promise<{ version: string; data: DirectoryData } | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const version = await redis.get(keys.directoryCurrent())
    if (!version) return null
    const raw = await redis.get(keys.directorySnapshot(version))
    if (!raw) continue // swapped and expired between the two reads: read the pointer again
    // Written by saveDirectory from rows that passed the zod schemas at import; the marker
    // guards against a foreign value under our key.
    const parsed = JSON.parse(raw) as { v?: number; data?: DirectoryData }
    if (parsed.v !== 1 || !parsed.data) throw new Error(`directory snapshot ${version} has an unknown format`)
    return { version, data: parsed.data }
  }
  return null
}

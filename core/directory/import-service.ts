import type { Keys } from '../store/keys.js'
import type { Redis } from '../store/redis.js'
import { saveDirectory } from '../store/directory-store.js'
import { readDirectoryFolder } from './import.js'

export interface ImportSummary {
  version: string
  centers: number
  branches: number
  enterprises: number
  people: number
  shifts: number
}

/** Validates the whole folder first (throws ImportError listing every problem), then swaps it in. */
export async function importDirectory(folder: string, redis: Redis, keys: Keys): Promise<ImportSummary> {
  const data = await readDirectoryFolder(folder)
  const version = await saveDirectory(redis, keys, data)
  return {
    version,
    centers: data.centers.length,
    branches: data.branches.length,
    enterprises: data.enterprises.length,
    people: data.people.length,
    shifts: data.shifts.length,
  }
}

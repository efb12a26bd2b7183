import { LianxinError } from '../errors.js'
import { CompanyIndex } from '../nlu/company-index.js'
import { currentDirectoryVersion, loadDirectory } from '../store/directory-store.js'
import type { Keys } from '../store/keys.js'
import type { Redis } from '../store/redis.js'
import { Directory } from './directory.js'

export interface LoadedDirectory {
  directory: Directory
  index: CompanyIndex
}

/**
 * Each process keeps the current directory and its company index in memory (derived from the
 * snapshot in Redis, so no process holds state another needs) and reloads when an import
 * elsewhere moved the pointer. The pointer is checked at most every `checkEveryMs`.
 */
export class DirectoryProvider {
  private loaded: (LoadedDirectory & { version: string }) | null = null
  private checkedAt = 0
  private reloading: Promise<LoadedDirectory> | null = null

  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly checkEveryMs = 2000,
  ) {}

  static fixed(directory: Directory): { current(): Promise<LoadedDirectory> } {
    const loaded = { directory, index: CompanyIndex.build(directory) }
    return { current: async () => loaded }
  }

  async current(): Promise<LoadedDirectory> {
    const now = Date.now()
    if (this.loaded && now - this.checkedAt < this.checkEveryMs) return this.loaded
    if (this.reloading) return this.reloading
    this.reloading = this.refresh().finally(() => (this.reloading = null))
    return this.reloading
  }

  private async refresh(): Promise<LoadedDirectory> {
    const version = await currentDirectoryVersion(this.redis, this.keys)
    this.checkedAt = Date.now()
    if (this.loaded && version === this.loaded.version) return this.loaded
    const snap = await loadDirectory(this.redis, this.keys)
    if (!snap) throw new LianxinError('DIRECTORY_EMPTY', 'no directory imported yet: run `npm run -s lianxin -- import <folder>`')
    const directory = new Directory(snap.data, snap.version)
    this.loaded = { directory, index: CompanyIndex.build(directory), version: snap.version }
    return this.loaded
  }
}

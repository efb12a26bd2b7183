import { Directory } from '../../core/directory/directory.js'
import { readDirectoryFolder } from '../../core/directory/import.js'

export const FIXTURE_DIRECTORY = new URL('../fixtures/directory', import.meta.url).pathname

let cached: Directory | undefined
export async function fixtureDirectory(): Promise<Directory> {
  cached ??= new Directory(await readDirectoryFolder(FIXTURE_DIRECTORY))
  return cached
}

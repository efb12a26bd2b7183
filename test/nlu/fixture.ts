import { join } from 'node:path'
import { Directory } from '../../core/directory/directory.js'
import { readDirectoryFolder } from '../../core/directory/import.js'
import { CompanyIndex } from '../../core/nlu/company-index.js'

/** The reference directory and its index, built once per test file. */
export async function referenceDirectory(): Promise<{ dir: Directory; index: CompanyIndex }> {
  const dir = new Directory(await readDirectoryFolder(join(import.meta.dirname, '../fixtures/directory')))
  return { dir, index: CompanyIndex.build(dir) }
}

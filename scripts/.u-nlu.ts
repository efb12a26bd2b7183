import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { understand } from '../core/nlu/understand.js'
import { scoreIntents } from '../core/nlu/intent.js'
import { normalizeKeepSpaces } from '../core/nlu/normalize.js'
const dir = new Directory(await readDirectoryFolder('test/fixtures/directory'))
const index = CompanyIndex.build(dir)
for (const m of process.argv.slice(2)) {
  const u = understand(m, dir, index)
  const c = u.company
  console.log([u.intent, c.kind === 'one' ? c.enterprise.id : c.kind, u.branch?.id ?? '-', u.center?.id ?? '-', m, JSON.stringify(scoreIntents(normalizeKeepSpaces(m)).map((s) => s.intent + ':' + s.score))].join('  '))
}

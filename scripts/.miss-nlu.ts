import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { understand } from '../core/nlu/understand.js'
const dir = new Directory(await readDirectoryFolder('/tmp/lx-prof'))
const index = CompanyIndex.build(dir)
const firms = dir.allEnterprises(); let shown = 0
for (let i = 0; i < 3000 && shown < 12; i++) {
  const e = firms[(i * 7919) % firms.length]!
  for (const name of [e.name, e.aliases[0]!]) {
    const m = `${name}的党费在哪交`
    const c = understand(m, dir, index).company
    if (!(c.kind === 'one' && c.enterprise.id === e.id)) { shown++; console.log(m, e.aliases.join('|'), c.kind, c.kind === 'one' ? c.enterprise.name : c.kind === 'ambiguous' ? c.candidates.map((x) => x.name).join(',') + ' @' + c.matched : '') }
  }
}

import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { normalizeKeepSpaces } from '../core/nlu/normalize.js'
import { companyPhrases } from '../core/nlu/company-phrases.js'
const dir = new Directory(await readDirectoryFolder('/work/main/test/fixtures/directory'))
const idx = CompanyIndex.build(dir)
for (const s of process.argv.slice(2)) { const t = normalizeKeepSpaces(s); const f = idx.findNormalized(t); console.log(s, JSON.stringify({m: f.mention.kind, name: (f.mention as any).name, e: (f.mention as any).enterprise?.id, c: (f.mention as any).candidates?.map((x:any)=>x.id), span: f.span, ph: companyPhrases(t)}), idx.places.find(t, f.spans)?.id) }

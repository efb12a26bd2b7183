import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { understand } from '../core/nlu/understand.js'
const dir = new Directory(await readDirectoryFolder('/tmp/lx-prof'))
const index = CompanyIndex.build(dir)
for (const m of ['支部'.repeat(5000), '重庆科瑞某业'.repeat(2000), '叫'.repeat(9000), 'a'.repeat(100000), '重庆'.repeat(3000), '观音桥'.repeat(2000), '第二联合党支部'.repeat(100)]) {
  const t = performance.now(); for (let i = 0; i < 20; i++) understand(m, dir, index); console.log(m.slice(0, 8), ((performance.now() - t) / 20).toFixed(2), 'ms')
}

import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { PlaceIndex } from '../core/nlu/place-index.js'
const dir = new Directory(await readDirectoryFolder('/tmp/lx-prof'))
for (let i = 0; i < 3; i++) {
let t = performance.now(); PlaceIndex.build(dir); console.log('places', performance.now() - t)
t = performance.now(); CompanyIndex.build(dir); console.log('build', performance.now() - t)
}

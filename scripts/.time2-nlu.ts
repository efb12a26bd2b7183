import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { normalizeManyForMatch } from '../core/nlu/batch-normalize.js'
import { KeyMap } from '../core/nlu/key-map.js'
import { derivedKeys, nameParts } from '../core/nlu/name-parts.js'
const dir = new Directory(await readDirectoryFolder('/tmp/lx-prof'))
const es = dir.allEnterprises()
let t = performance.now()
const raw: string[] = []; for (const e of es) raw.push(e.name, ...e.aliases)
const norm = normalizeManyForMatch(raw); console.log('normalize', performance.now() - t, raw.length)
t = performance.now(); const parts = norm.filter((_, i) => i % 3 === 0).map((n) => nameParts(n, () => 0)); console.log('parts', performance.now() - t)
t = performance.now(); const der = parts.map((p) => derivedKeys(p)); console.log('derived', performance.now() - t)
t = performance.now(); const m = new KeyMap(); norm.forEach((n, i) => m.add(n, i)); console.log('names add', performance.now() - t)
t = performance.now(); const m2 = new Map<string, number>(); norm.forEach((n, i) => m2.set(n, i)); console.log('plain map', performance.now() - t)
t = performance.now(); const ty = new KeyMap(false); let c = 0; der.forEach((ks, id) => { for (const k of ks) if (k.length >= 4 && k.length <= 6) for (let p = 0; p < k.length; p++) { ty.add(k.slice(0, p) + '*' + k.slice(p + 1), id); c++ } }); console.log('typo add', performance.now() - t, c)

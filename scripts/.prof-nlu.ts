import { Directory } from '../core/directory/directory.js'
import { readDirectoryFolder } from '../core/directory/import.js'
import { CompanyIndex } from '../core/nlu/company-index.js'
import { writeSyntheticDirectory } from './synthetic-directory.js'
await writeSyntheticDirectory('/tmp/lx-prof', { enterprises: 100000, people: 20000 })
const dir = new Directory(await readDirectoryFolder('/tmp/lx-prof'))
const { Session } = await import('node:inspector/promises')
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start')
let t = performance.now(); CompanyIndex.build(dir); console.log('build', performance.now() - t)
const { profile } = await s.post('Profiler.stop') as any
const self = new Map<string, number>()
const dt = profile.timeDeltas as number[]; const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName}@${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)) })
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'))
const idx: any = CompanyIndex.build(dir)
for (const k of ['names', 'derived', 'typos', 'brands']) { const m = idx[k].map as Map<string, any>; let multi = 0, maxL = 0; for (const v of m.values()) if (Array.isArray(v)) { multi++; maxL = Math.max(maxL, v.length) } console.log(k, m.size, multi, maxL) }

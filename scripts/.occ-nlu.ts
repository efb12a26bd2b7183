import { toSimplifiedChinese } from '../core/nlu/normalize.js'
const names = Array.from({length: 100000}, (_, i) => '重庆科瑞药业有限公司' + i)
let t = performance.now(); for (const n of names) toSimplifiedChinese(n); console.log('each', performance.now() - t)
t = performance.now(); const out = toSimplifiedChinese(names.join('\n')).split('\n'); console.log('batch', performance.now() - t, out.length)
t = performance.now(); for (let i = 0; i < names.length; i += 1000) toSimplifiedChinese(names.slice(i, i + 1000).join('\n')); console.log('batch1000', performance.now() - t)

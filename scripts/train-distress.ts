/**
 * Trains the n-gram second opinion of the distress assessor (core/safety/ngram.ts) OFFLINE and
 * writes core/safety/ngram-model.json.
 *   npx tsx scripts/train-distress.ts [--l2 <λ>] [--epochs <n>] [--dry-run]
 * Training sets: dev, heldout, blind1, blind2 (never blind3 or any later blind set: those measure
 * generalization). Thresholds are chosen on leave-one-set-out predictions (train on three sets,
 * score the fourth), which mimics wording the model has not seen, combined with the rules' level:
 * the concern threshold keeps the pooled false-positive rate of rules + model on `none` ≤ FPR_CAP,
 * the high threshold keeps raises of `none`/`concern` to high rare.
 * Deterministic: full-batch gradient descent from zero weights, fixed order, no randomness.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { assessRules } from '../core/safety/assess.js'
import { fileURLToPath } from 'node:url'
import { compile, features, MODEL_URL, modelLevel, predict, type NgramModel } from '../core/safety/ngram.js'
import { DistressLevel, LEVEL_RANK, maxLevel } from '../core/safety/types.js'

const TRAIN_SETS = ['dev', 'heldout', 'blind1', 'blind2'] as const
const FPR_CAP = 0.025 // pooled out-of-set FPR of rules + model on `none` (target on any set: 0.05)
const HIGH_RAISE_CAP = 0.15 // share of out-of-set `concern` rows the model may push to high
const NONE_TO_HIGH_CAP = 0.01 // share of out-of-set `none` rows the model may push to high
const MIN_DOCS = 2 // a feature must occur in at least this many training messages

interface Row {
  set: string
  text: string
  level: DistressLevel
  feats: string[]
}

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : dflt
}

function load(set: string): Row[] {
  return readFileSync(`test/fixtures/distress_${set}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as { text: string; label?: string; level?: string }
      return { set, text: o.text, level: DistressLevel.parse(o.label ?? o.level), feats: features(o.text) }
    })
}

/** Two L2-regularized logistic heads trained jointly by full-batch gradient descent. */
function train(rows: readonly Row[], l2: number, epochs: number): Pick<NgramModel, 'bias' | 'weights'> {
  const df = new Map<string, number>()
  for (const r of rows) for (const f of r.feats) df.set(f, (df.get(f) ?? 0) + 1)
  const vocab = [...df.keys()].filter((f) => (df.get(f) ?? 0) >= MIN_DOCS).sort()
  const index = new Map(vocab.map((f, i) => [f, i]))
  const X = rows.map((r) => {
    const ids = r.feats.map((f) => index.get(f)).filter((i): i is number => i !== undefined)
    return { ids, scale: r.feats.length > 0 ? 1 / Math.sqrt(r.feats.length) : 0 }
  })
  const Y = rows.map((r) => [LEVEL_RANK[r.level] >= 1 ? 1 : 0, LEVEL_RANK[r.level] >= 2 ? 1 : 0] as const)
  const W = [new Float64Array(vocab.length), new Float64Array(vocab.length)]
  const b = [0, 0]
  const lr = 2
  for (let e = 0; e < epochs; e++) {
    for (let h = 0; h < 2; h++) {
      const w = W[h] as Float64Array
      const g = new Float64Array(vocab.length)
      let gb = 0
      X.forEach((x, n) => {
        let z = b[h] as number
        for (const i of x.ids) z += (w[i] as number) * x.scale
        const err = 1 / (1 + Math.exp(-z)) - (Y[n]?.[h] ?? 0)
        gb += err
        for (const i of x.ids) g[i] = (g[i] as number) + err * x.scale
      })
      for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - lr * ((g[i] as number) / X.length + l2 * (w[i] as number))
      b[h] = (b[h] as number) - (lr * gb) / X.length
    }
  }
  const weights: Record<string, [number, number]> = {}
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4
  vocab.forEach((f, i) => {
    const a = r4(W[0]?.[i] ?? 0)
    const c = r4(W[1]?.[i] ?? 0)
    if (a !== 0 || c !== 0) weights[f] = [a, c]
  })
  return { bias: [r4(b[0] ?? 0), r4(b[1] ?? 0)], weights }
}

interface Oof {
  row: Row
  rules: DistressLevel
  p: [number, number]
}

function combined(o: Oof, t: NgramModel['thresholds']): DistressLevel {
  return maxLevel(o.rules, modelLevel(t, o.p))
}

function figures(list: readonly Oof[], t: NgramModel['thresholds']): { hi: number; hiC: number; co: number; fpr: number; n2h: number; c2h: number } {
  let hi = 0, hiC = 0, hiN = 0, co = 0, coN = 0, fp = 0, n2h = 0, nN = 0, c2h = 0
  for (const o of list) {
    const got = LEVEL_RANK[combined(o, t)]
    const want = LEVEL_RANK[o.row.level]
    if (want >= 2) { hiN++; if (got >= 2) hi++; if (got >= 1) hiC++ }
    else if (want === 1) { coN++; if (got >= 1) co++; if (got >= 2) c2h++ }
    else { nN++; if (got >= 1) fp++; if (got >= 2) n2h++ }
  }
  return { hi: hi / hiN, hiC: hiC / hiN, co: co / coN, fpr: fp / nN, n2h: n2h / nN, c2h: c2h / coN }
}

function main(): void {
  const l2 = arg('--l2', 0.0001)
  const epochs = arg('--epochs', 4000)
  const rows = TRAIN_SETS.flatMap(load)
  const oof: Oof[] = []
  for (const held of TRAIN_SETS) {
    const fit = train(rows.filter((r) => r.set !== held), l2, epochs)
    const m = compile({ thresholds: { concern: 1, high: 1 }, ...fit })
    for (const r of rows.filter((x) => x.set === held)) oof.push({ row: r, rules: assessRules(r.text).level, p: predict(m, r.feats) })
  }
  // Out-of-set view with the rules *as first run* is not available (they were tuned on every set),
  // so thresholds are set on the model's own out-of-set false positives, pooled.
  const modelOnly = oof.map((o) => ({ ...o, rules: 'none' as DistressLevel }))
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100)
  const concern = grid.find((t) => figures(modelOnly, { concern: t, high: 1 }).fpr <= FPR_CAP) ?? 0.99
  const high =
    grid.find((t) => {
      const f = figures(modelOnly, { concern, high: t })
      return f.c2h <= HIGH_RAISE_CAP && f.n2h <= NONE_TO_HIGH_CAP
    }) ?? 0.99
  const thresholds = { concern, high }
  const pr = (x: number): string => x.toFixed(3)
  const show = (name: string, list: readonly Oof[]): void => {
    const f = figures(list, thresholds)
    console.log(`${name.padEnd(12)} hi+imm≥high ${pr(f.hi)} hi+imm≥concern ${pr(f.hiC)} concern≥concern ${pr(f.co)} FPR ${pr(f.fpr)} none→high ${pr(f.n2h)} concern→high ${pr(f.c2h)}`)
  }
  const auc = (h: 0 | 1): number => {
    const pos = oof.filter((o) => LEVEL_RANK[o.row.level] > h).map((o) => o.p[h])
    const neg = oof.filter((o) => LEVEL_RANK[o.row.level] <= h).map((o) => o.p[h])
    let s = 0
    for (const a of pos) for (const c of neg) s += a > c ? 1 : a === c ? 0.5 : 0
    return s / (pos.length * neg.length)
  }
  console.log(`out-of-set AUC  head ≥concern ${pr(auc(0))}  head ≥high ${pr(auc(1))}`)
  console.log(`l2 ${l2}  epochs ${epochs}  thresholds concern ${concern}  high ${high}`)
  console.log('leave-one-set-out (model alone):')
  for (const s of TRAIN_SETS) show(`  ${s}`, modelOnly.filter((o) => o.row.set === s))
  show('  pooled', modelOnly)
  console.log('leave-one-set-out (rules tuned on the set + model):')
  for (const s of TRAIN_SETS) show(`  ${s}`, oof.filter((o) => o.row.set === s))

  const final = train(rows, l2, epochs)
  const model: NgramModel = {
    version: 1,
    meta: { trainedOn: TRAIN_SETS, rows: rows.length, l2, epochs, minDocs: MIN_DOCS, fprCap: FPR_CAP, highRaiseCap: HIGH_RAISE_CAP, noneToHighCap: NONE_TO_HIGH_CAP },
    thresholds,
    ...final,
  }
  const json = JSON.stringify(model)
  console.log(`features ${Object.keys(model.weights).length}  size ${(json.length / 1024).toFixed(0)} KiB`)
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(fileURLToPath(MODEL_URL), json + '\n')
    console.log('wrote core/safety/ngram-model.json')
  }
}

main()

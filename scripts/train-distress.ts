/**
 * Trains the n-gram second opinion of the distress assessor (core/safety/ngram.ts) OFFLINE and
 * writes core/safety/ngram-model.json.gz (about 30 s).
 *   npx tsx scripts/train-distress.ts [--dry-run] [--dump <file>] [--loso <set>] [--folds <k>]
 *     [--maxn <n>] [--no-signals] [--no-nb] [--posw <w0,w1,w2>] [--l2 <λ>] [--epochs <n>]
 *     [--lr <x>] [--prune <x>] [--fpr-cap <x>]
 * Training sets: SETS below (test/fixtures/DISTRESS_SETS.md says what each is). The final
 * held-out sets are never read: load() refuses them.
 *
 * Model: three NB-LR heads (logistic regression on features scaled by their naive-Bayes
 * log-count ratio; Wang & Manning 2012), full-batch Adam from zero weights — deterministic.
 * Thresholds are chosen by cross-validation on the training sets only: the sets are grouped into
 * FOLDS folds (whole sets: a writer's wording never scores itself); pooled over the folds, the
 * model alone (rules set aside: they were tuned on these sets) must keep
 *   - its false-positive rate on `none` ≤ FPR_CAP (0.03, leaving room for the rules' own; the target on any set is 0.05),
 *   - raises of `none` to high ≤ 3 %, of `concern` to high ≤ 30 %,
 *   - raises to imminent: no `none`/`concern` row, ≤ 5 % of `high` rows.
 * It prints out-of-fold figures per set and pooled over RULES_UNSEEN, the sets that arrived
 * after the last rule change: their rules + model figures estimate what new wording gets.
 * --loso <set> trains without <set> (thresholds by the same inner cross-validation) and scores
 * rules + model on it; nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyzeRules, modelMayRaise } from '../core/safety/assess.js'
import { compile, encodeModel, features, MODEL_URL, modelLevel, predict, type FeatureConfig, type NgramModel, type Probs, type Thresholds } from '../core/safety/ngram.js'
import { DistressLevel, LEVEL_RANK, maxLevel } from '../core/safety/types.js'

const SETS = ['dev', 'heldout', 'blind1', 'blind2', 'blind3', 'blind4', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind14', 'blind15', 'blind16', 'blind17', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind41', 'blind42', 'blind43', 'blind44', 'blind45', 'blind48', 'blind49', 'blind51', 'blind52', 'blind53', 'blind54', 'blind55', 'blind56', 'blind57', 'blind58', 'blind59', 'blind60', 'blind61', 'blind62', 'blind63', 'blind64', 'blind65', 'blind66', 'blind67', 'blind68', 'blind69', 'blind70', 'blind72', 'blind73', 'blind74', 'blind75', 'blind76', 'blind77', 'blind78', 'blind79', 'blind80', 'blind81', 'blind82', 'blind83', 'blind84', 'blind85', 'blind86', 'blind87', 'blind88', 'blind89', 'blind90', 'blind91', 'blind92', 'blind93', 'blind94', 'blind95', 'blind96', 'blind97', 'blind98', 'blind99', 'blind100', 'blind101'] as const
const FOLDS = num('--folds', 8)
/** Written for the final measurement: never trained or tuned on. */
const FINAL_HOLDOUTS: readonly string[] = ['blind5', 'blind13', 'blind18', 'blind33', 'blind40', 'blind46', 'blind47', 'blind50', 'blind71']
/** Sets the rules were never tuned on (written after the last rule change): their out-of-fold figures estimate rules + model on new wording. */
const RULES_UNSEEN: readonly string[] = ['blind94', 'blind95', 'blind97', 'blind98', 'blind99', 'blind100', 'blind101']
const HIGH_RAISE_CAP = num('--c2h-cap', 0.3)
const NONE_TO_HIGH_CAP = num('--n2h-cap', 0.03)
const HIGH_TO_IMMINENT_CAP = 0.05
const MIN_DOCS = 2 // a feature must occur in at least this many training messages
const HI_WEIGHT = num('--hi-weight', 10) // a missed crisis is the worst failure: recall of high+imminent first

interface Row {
  set: string
  id: string
  text: string
  level: DistressLevel
  rules: DistressLevel
  /** False where assess() never asks the model (short texts, a stated ordinary purpose). */
  gate: boolean
  feats: string[]
}

function argv(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
function num(name: string, dflt: number): number {
  return Number(argv(name) ?? dflt)
}

const CFG: FeatureConfig = { maxN: num('--maxn', 4), signals: !process.argv.includes('--no-signals'), ...(process.argv.includes('--skip') ? { skip: true } : {}) }
const POSW = (argv('--posw') ?? '1.5,2,2').split(',').map(Number) as [number, number, number]
const L2 = num('--l2', 0.000003)
const EPOCHS = num('--epochs', 200)
const LR = num('--lr', 0.02)
const PRUNE = num('--prune', 0.25)
const NB = !process.argv.includes('--no-nb')
const FPR_CAP = num('--fpr-cap', 0.03)

function load(set: string): Row[] {
  if (FINAL_HOLDOUTS.includes(set)) throw new Error(`${set} is a final held-out set: never trained or tuned on`)
  return readFileSync(`test/fixtures/distress_${set}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, n) => {
      const o = JSON.parse(l) as { id?: string; text: string; label?: string; level?: string }
      const r = analyzeRules(o.text)
      return { set, id: String(o.id ?? n + 1), text: o.text, level: DistressLevel.parse(o.label ?? o.level), rules: r.assessment.level, gate: modelMayRaise(o.text, r.assessment.level, r.signals), feats: features(o.text, CFG, r.signals) }
    })
}

const label = (r: Row, h: number): number => (h === 2 ? (r.level === 'imminent' ? 1 : 0) : LEVEL_RANK[r.level] > h ? 1 : 0)

/** Three L2-regularized logistic heads, positives weighted by POSW, full-batch gradient descent. */
function train(rows: readonly Row[]): Pick<NgramModel, 'bias' | 'weights'> {
  const df = new Map<string, number>()
  for (const r of rows) for (const f of r.feats) df.set(f, (df.get(f) ?? 0) + 1)
  const vocab = [...df.keys()].filter((f) => (df.get(f) ?? 0) >= MIN_DOCS).sort()
  const index = new Map(vocab.map((f, i) => [f, i]))
  const X = rows.map((r) => {
    const ids = r.feats.map((f) => index.get(f)).filter((i): i is number => i !== undefined)
    return { ids, scale: r.feats.length > 0 ? 1 / Math.sqrt(r.feats.length) : 0 }
  })
  const W = [0, 1, 2].map(() => new Float64Array(vocab.length))
  const b = [0, 0, 0]
  const R = [0, 1, 2].map(() => new Float64Array(vocab.length))
  for (let h = 0; h < 3; h++) {
    const w = W[h] as Float64Array
    const Y = rows.map((r) => label(r, h))
    const C: number[] = Y.map((y) => (y === 1 ? (POSW[h] ?? 1) : 1))
    const total = C.reduce((s: number, c: number) => s + c, 0)
    const g = new Float64Array(vocab.length)
    // NB-LR (Wang & Manning 2012): inputs scaled by each feature's log-count ratio.
    const r = R[h] as Float64Array
    if (NB) {
      const pos = new Float64Array(vocab.length).fill(1)
      const neg = new Float64Array(vocab.length).fill(1)
      X.forEach((x, n) => { for (const i of x.ids) (Y[n] === 1 ? pos : neg)[i]! += 1 })
      const sp = pos.reduce((a, b) => a + b, 0)
      const sn = neg.reduce((a, b) => a + b, 0)
      for (let i = 0; i < r.length; i++) r[i] = Math.log(pos[i]! / sp / (neg[i]! / sn))
    } else r.fill(1)
    // Full-batch Adam: the same convex objective as plain gradient descent, ~15× fewer epochs.
    const m1 = new Float64Array(vocab.length)
    const m2 = new Float64Array(vocab.length)
    let mb = 0
    let vb = 0
    const [beta1, beta2, eps] = [0.9, 0.999, 1e-8]
    for (let e = 1; e <= EPOCHS; e++) {
      g.fill(0)
      let gb = 0
      for (let n = 0; n < X.length; n++) {
        const x = X[n]!
        let z = b[h]!
        for (const i of x.ids) z += w[i]! * r[i]! * x.scale
        const err = (C[n]! * (1 / (1 + Math.exp(-z)) - Y[n]!)) / total
        gb += err
        const gs = err * x.scale
        for (const i of x.ids) g[i] = g[i]! + gs * r[i]!
      }
      const c1 = 1 - beta1 ** e
      const c2 = 1 - beta2 ** e
      for (let i = 0; i < w.length; i++) {
        const gi = g[i]! + L2 * w[i]!
        m1[i] = beta1 * m1[i]! + (1 - beta1) * gi
        m2[i] = beta2 * m2[i]! + (1 - beta2) * gi * gi
        w[i] = w[i]! - (LR * (m1[i]! / c1)) / (Math.sqrt(m2[i]! / c2) + eps)
      }
      mb = beta1 * mb + (1 - beta1) * gb
      vb = beta2 * vb + (1 - beta2) * gb * gb
      b[h] = b[h]! - (LR * (mb / c1)) / (Math.sqrt(vb / c2) + eps)
    }
  }
  const weights: Record<string, [number, number, number]> = {}
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4
  // Weights too small to move a score are dropped: the file stays under 1 MB (test/safety/model.test.ts).
  vocab.forEach((f, i) => {
    const v: [number, number, number] = [r4(W[0]![i]! * R[0]![i]!), r4(W[1]![i]! * R[1]![i]!), r4(W[2]![i]! * R[2]![i]!)]
    if (v.some((x) => Math.abs(x) >= PRUNE)) weights[f] = v
  })
  return { bias: [r4(b[0]!), r4(b[1]!), r4(b[2]!)], weights }
}

interface Scored {
  row: Row
  rules: DistressLevel
  p: Probs
}

interface Figures {
  hi: number
  co: number
  fpr: number
  imm: number
  exact: number
  n2h: number
  c2h: number
  n2i: number
  h2i: number
  counts: string
}

function figures(list: readonly Scored[], t: Thresholds): Figures {
  let hi = 0, hiN = 0, co = 0, coN = 0, fp = 0, nN = 0, n2h = 0, c2h = 0, n2i = 0, h2i = 0, hN = 0, imm = 0, iN = 0, exact = 0
  for (const o of list) {
    const lv = o.row.gate ? maxLevel(o.rules, modelLevel(t, o.p, o.rules)) : o.rules
    const got = LEVEL_RANK[lv]
    const want = LEVEL_RANK[o.row.level]
    if (got === want) exact++
    if (want >= 2) { hiN++; if (got >= 2) hi++ }
    if (want === 3) { iN++; if (got === 3) imm++ }
    if (want === 2) { hN++; if (got === 3) h2i++ }
    if (want === 1) { coN++; if (got >= 1) co++; if (got >= 2) c2h++; if (got === 3) n2i++ }
    if (want === 0) { nN++; if (got >= 1) fp++; if (got >= 2) n2h++; if (got === 3) n2i++ }
  }
  return {
    hi: hi / hiN, co: co / coN, fpr: fp / nN, imm: imm / iN, exact: exact / list.length, n2h: n2h / nN, c2h: c2h / coN, n2i, h2i: h2i / hN,
    counts: `hi ${hi}/${hiN} co ${co}/${coN} fp ${fp}/${nN} imm ${imm}/${iN}`,
  }
}

const GRID = [...Array.from({ length: 99 }, (_, i) => (i + 1) / 100), 0.995, 0.999, 1]

/**
 * Thresholds from the model's own out-of-fold scores (rules set aside), pooled: the (concern, high)
 * pair with the best recall (high+imminent weighted HI_WEIGHT, concern 1) whose union keeps the
 * false-positive rate on `none` ≤ FPR_CAP, `none` → high ≤ 1 % and `concern` → high ≤ the cap.
 */
function chooseThresholds(oof: readonly Scored[]): Thresholds {
  const alone = oof.map((o) => ({ ...o, rules: 'none' as DistressLevel }))
  let best = { concern: 1, high: 1, imminent: 1 }
  let bestScore = -1
  for (const concern of GRID) {
    for (const high of GRID) {
      const f = figures(alone, { concern, high, imminent: 1 })
      if (f.fpr > FPR_CAP || f.n2h > NONE_TO_HIGH_CAP || f.c2h > HIGH_RAISE_CAP) continue
      const score = HI_WEIGHT * f.hi + f.co
      if (score > bestScore + 1e-12) {
        bestScore = score
        best = { concern, high, imminent: 1 }
      }
    }
  }
  // Imminent: as if the rules already saw distress on every row; no `none`/`concern` row may be
  // raised to imminent and at most HIGH_TO_IMMINENT_CAP of the `high` rows.
  const asIfRules = oof.map((o) => ({ ...o, rules: 'concern' as DistressLevel }))
  const imminent = process.argv.includes('--no-imminent') ? 1 : (GRID.find((t) => {
    const f = figures(asIfRules, { ...best, imminent: t })
    return f.n2i === 0 && f.h2i <= HIGH_TO_IMMINENT_CAP
  }) ?? 1)
  return { ...best, imminent }
}

/**
 * Out-of-fold scores: each training set scored by a model trained without it. Sets are grouped
 * into FOLDS folds (whole sets only: a set's wording never leaks into its own scoring).
 */
function outOfFold(rows: readonly Row[]): Scored[] {
  const sets = [...new Set(rows.map((r) => r.set))]
  const out: Scored[] = []
  for (let k = 0; k < Math.min(FOLDS, sets.length); k++) {
    const held = new Set(sets.filter((_, i) => i % FOLDS === k))
    const m = compile({ thresholds: { concern: 1, high: 1, imminent: 1 }, features: CFG, ...train(rows.filter((r) => !held.has(r.set))) })
    for (const r of rows.filter((x) => held.has(x.set))) out.push({ row: r, rules: r.rules, p: predict(m, r.feats) })
  }
  return out
}

function fit(rows: readonly Row[]): { model: NgramModel; oof: Scored[] } {
  const oof = outOfFold(rows)
  const thresholds = chooseThresholds(oof)
  const sets = [...new Set(rows.map((r) => r.set))]
  const model: NgramModel = {
    version: 2,
    meta: {
      trainedOn: sets, rows: rows.length, l2: L2, epochs: EPOCHS, optimizer: 'adam', lr: LR, prune: PRUNE, posWeights: POSW, minDocs: MIN_DOCS, fprCap: FPR_CAP,
      highRaiseCap: HIGH_RAISE_CAP, noneToHighCap: NONE_TO_HIGH_CAP, highToImminentCap: HIGH_TO_IMMINENT_CAP,
      thresholdsBy: 'leave-one-training-set-out, model alone, pooled', neverSeen: FINAL_HOLDOUTS,
    },
    features: CFG,
    thresholds,
    ...train(rows),
  }
  return { model, oof }
}

const pr = (x: number): string => x.toFixed(3)
function show(name: string, f: Figures): void {
  console.log(`${name.padEnd(26)} hi+imm≥high ${pr(f.hi)}  concern≥concern ${pr(f.co)}  FPR ${pr(f.fpr)}  imm exact ${pr(f.imm)}  exact ${pr(f.exact)}  (${f.counts})`)
}

function auc(list: readonly Scored[], h: 0 | 1 | 2): number {
  const pos = list.filter((o) => label(o.row, h) === 1).map((o) => o.p[h])
  const neg = list.filter((o) => label(o.row, h) === 0).map((o) => o.p[h])
  let s = 0
  for (const a of pos) for (const c of neg) s += a > c ? 1 : a === c ? 0.5 : 0
  return s / (pos.length * neg.length)
}

function main(): void {
  const all = SETS.flatMap(load)
  console.log(`features maxN ${CFG.maxN} signals ${CFG.signals}  posw ${POSW.join(',')}  l2 ${L2}  epochs ${EPOCHS}  fpr cap ${FPR_CAP}`)
  const held = argv('--loso')
  if (held) {
    if (!SETS.includes(held as (typeof SETS)[number])) throw new Error(`--loso: one of ${SETS.join(', ')}`)
    const rows = all.filter((r) => r.set !== held)
    const { model, oof } = fit(rows)
    const m = compile(model)
    const test = all.filter((r) => r.set === held).map((r) => ({ row: r, rules: r.rules, p: predict(m, r.feats) }))
    console.log(`study: train on ${[...new Set(rows.map((r) => r.set))].join(', ')}; score ${held}`)
    console.log(`inner out-of-fold AUC ≥concern ${pr(auc(oof, 0))} ≥high ${pr(auc(oof, 1))} imminent ${pr(auc(oof, 2))}   thresholds ${JSON.stringify(model.thresholds)}`)
    console.log(`${held} AUC ≥concern ${pr(auc(test, 0))} ≥high ${pr(auc(test, 1))} imminent ${pr(auc(test, 2))}`)
    const never: Thresholds = { concern: 2, high: 2, imminent: 2 }
    show(`${held} rules alone`, figures(test, never))
    show(`${held} model alone`, figures(test.map((o) => ({ ...o, rules: 'none' as DistressLevel })), model.thresholds))
    show(`${held} rules + model`, figures(test, model.thresholds))
    const dump = argv('--dump')
    if (dump) writeFileSync(dump, JSON.stringify({ thresholds: model.thresholds, test: test.map((o) => ({ id: o.row.id, level: o.row.level, rules: o.rules, p: o.p })), oof: oof.map((o) => ({ id: o.row.id, set: o.row.set, level: o.row.level, rules: o.rules, p: o.p })) }))
    if (process.argv.includes('--show-misses')) {
      for (const o of test) {
        const lv = maxLevel(o.rules, modelLevel(model.thresholds, o.p, o.rules))
        if (LEVEL_RANK[lv] < Math.min(2, LEVEL_RANK[o.row.level]) || (o.row.level === 'none' && lv !== 'none'))
          console.log(`  ${o.row.id} ${o.row.level} -> ${lv} (rules ${o.rules}) p=${o.p.map(pr).join(',')}`)
      }
    }
    return
  }
  const { model, oof } = fit(all)
  console.log(`out-of-fold AUC ≥concern ${pr(auc(oof, 0))} ≥high ${pr(auc(oof, 1))} imminent ${pr(auc(oof, 2))}   thresholds ${JSON.stringify(model.thresholds)}`)
  console.log('out-of-fold per set (model alone; rules + model, rules tuned on the set except blind4):')
  for (const s of SETS) {
    const list = oof.filter((o) => o.row.set === s)
    show(`  ${s} model`, figures(list.map((o) => ({ ...o, rules: 'none' as DistressLevel })), model.thresholds))
    show(`  ${s} rules+model`, figures(list, model.thresholds))
  }
  const unseen = oof.filter((o) => RULES_UNSEEN.includes(o.row.set))
  show('POOLED unseen rules', figures(unseen, { concern: 2, high: 2, imminent: 2 }))
  show('POOLED unseen rules+model', figures(unseen, model.thresholds))
  show('POOLED all rules+model', figures(oof, model.thresholds))
  const dumpTo = argv('--dump')
  if (dumpTo) writeFileSync(dumpTo, JSON.stringify({ thresholds: model.thresholds, oof: oof.map((o) => ({ id: o.row.id, set: o.row.set, level: o.row.level, rules: o.rules, p: o.p, text: o.row.text })) }))
  const bytes = encodeModel(model)
  console.log(`features ${Object.keys(model.weights).length}  size ${(bytes.length / 1024).toFixed(0)} KiB gzipped`)
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(fileURLToPath(MODEL_URL), bytes)
    console.log('wrote core/safety/ngram-model.json.gz')
  }
}

main()

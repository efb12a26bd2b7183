import { readFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod/v4'
import { cleanText } from '../nlu/normalize.js'
import { normalizeDialect } from './dialect.js'
import { toSimplifiedIfNeeded } from './simplify.js'
import type { DistressLevel } from './types.js'

/*
 * Statistical second opinion for the lexicon: three logistic-regression heads over token n-grams
 * (a token is one Han character, one Latin word or one emoji), character n-grams inside Latin
 * words and, optionally, the lexicon's own signals (which pattern kinds matched, denied or
 * reported; see assess.ts). Head 0 scores "distress of any level" (≥ concern), head 1 "ideation or
 * worse" (≥ high), head 2 "imminent" (plan, means, time, place, farewell).
 * Trained offline by scripts/train-distress.ts into ngram-model.json.gz; this file only scores.
 * Deterministic, no dependencies beyond the normalizer, a few µs per message.
 */

export interface FeatureConfig {
  /** Longest token n-gram inside a clause (Han characters concatenate: 3 → 我不想). */
  maxN: number
  /** Add the lexicon's signals (`@kind`, `@neg:kind`...) passed in by the caller. */
  signals: boolean
  /** Also pairs of tokens one or two apart ("我~死" from 我真想死): wording with a word inserted still meets its n-gram. */
  skip?: boolean
}

export const DEFAULT_FEATURES: FeatureConfig = { maxN: 4, signals: true }

export interface Thresholds {
  /** Raise to concern at p0 ≥ concern. */
  concern: number
  /** Raise to high at p1 ≥ high (the ≥ high head alone: a crisis need not look like the concern rows). */
  high: number
  /** Raise to imminent at p1 ≥ high and p2 ≥ imminent, only when the rules already see distress (≥ concern). 1 = never. */
  imminent: number
}

export interface NgramModel {
  version: 2
  /** How the training sets and thresholds were chosen (kept for audits). */
  meta: Record<string, unknown>
  features: FeatureConfig
  bias: [number, number, number]
  thresholds: Thresholds
  /** feature → [weight for head 0, head 1, head 2] */
  weights: Record<string, [number, number, number]>
}

const MAX_CHARS = 2000
const TOKEN = /\p{Script=Han}|[a-z0-9]+|\p{Extended_Pictographic}|\|/gu

/** Tokens of the normalized text: Traditional → Simplified, lower case, dialect → Mandarin. */
export function tokenize(text: string): string[] {
  const t = cleanText(text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS / 2)}|${text.slice(-MAX_CHARS / 2)}` : text)
  const simp = toSimplifiedIfNeeded(t)
    .toLowerCase()
    .replace(/[’'`‘]/g, '')
    .replace(/[^\p{Script=Han}a-z0-9\p{Extended_Pictographic}\s]+/gu, '|')
  const { text: zh } = normalizeDialect(simp.replace(/\s+/g, ' '))
  return zh.match(TOKEN) ?? []
}

/** One Han character (BMP blocks, or an astral code point in the CJK extension planes). */
function isHan(s: string): boolean {
  const c = s.charCodeAt(0)
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f && s.length === 2)
}

function isLongWord(s: string): boolean {
  if (s.length < 4) return false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  return true
}

/**
 * Distinct features: token 1–maxN-grams within a clause, start-of-clause marks, Latin char
 * 3/4-grams, and the lexicon's signals when the config asks for them.
 */
export function features(text: string, cfg: FeatureConfig = DEFAULT_FEATURES, signals: readonly string[] = []): string[] {
  const toks = tokenize(text)
  const out = new Set<string>()
  let clause: string[] = []
  let han: boolean[] = []
  const flush = (): void => {
    for (let i = 0; i < clause.length; i++) {
      let key = ''
      let allHan = true
      for (let n = 1; n <= cfg.maxN && i + n <= clause.length; n++) {
        const tok = clause[i + n - 1] as string
        allHan = allHan && han[i + n - 1] === true
        key = n === 1 ? tok : key + (allHan ? '' : ' ') + tok
        out.add(key)
      }
    }
    if (cfg.skip) for (let i = 0; i < clause.length; i++) for (let d = 2; d <= 3 && i + d < clause.length; d++) out.add(`${clause[i]}~${clause[i + d]}`)
    if (clause.length > 0) out.add(`^${clause[0] ?? ''}`)
    clause = []
    han = []
  }
  for (const tok of toks) {
    if (tok === '|') {
      flush()
      continue
    }
    clause.push(tok)
    han.push(isHan(tok))
    if (isLongWord(tok)) {
      const w = `<${tok}>`
      for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= w.length; i++) out.add(`#${w.slice(i, i + n)}`)
    }
  }
  flush()
  if (cfg.signals) for (const f of signals) out.add(f)
  return [...out]
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** A model ready to score: weights in a Map (faster than a large object in dictionary mode). */
export interface ScoringModel {
  bias: readonly [number, number, number]
  thresholds: Thresholds
  features: FeatureConfig
  table: ReadonlyMap<string, readonly [number, number, number]>
}

export function compile(m: Pick<NgramModel, 'bias' | 'thresholds' | 'weights' | 'features'>): ScoringModel {
  return { bias: m.bias, thresholds: m.thresholds, features: m.features, table: new Map(Object.entries(m.weights)) }
}

export type Probs = [number, number, number]

/** [p(≥ concern), p(≥ high), p(imminent)]; the binary feature vector is L2-normalized. */
export function predict(model: ScoringModel, feats: readonly string[]): Probs {
  let z0 = 0
  let z1 = 0
  let z2 = 0
  for (const f of feats) {
    const w = model.table.get(f)
    if (w) {
      z0 += w[0]
      z1 += w[1]
      z2 += w[2]
    }
  }
  const scale = feats.length > 0 ? 1 / Math.sqrt(feats.length) : 0
  return [sigmoid(model.bias[0] + z0 * scale), sigmoid(model.bias[1] + z1 * scale), sigmoid(model.bias[2] + z2 * scale)]
}

/**
 * The level the model may raise to, never a lowering: concern, high, or imminent only when the
 * imminent head is confident and the rules already see distress (`rules` ≥ concern).
 */
export function modelLevel(t: Thresholds, p: readonly number[], rules: DistressLevel = 'none'): DistressLevel {
  if ((p[1] ?? 0) >= t.high) return (p[2] ?? 0) >= t.imminent && rules !== 'none' ? 'imminent' : 'high'
  return (p[0] ?? 0) >= t.concern ? 'concern' : 'none'
}

// Gzipped JSON: the weights of ~50k n-grams compress about 3.5×, which keeps the repo and the
// start-up read small as the training data grows.
export const MODEL_URL = new URL('./ngram-model.json.gz', import.meta.url)

const Triple = z.tuple([z.number(), z.number(), z.number()])
const ModelFile = z.object({
  version: z.literal(2),
  meta: z.record(z.string(), z.unknown()),
  features: z.object({ maxN: z.number().int().min(1).max(8), signals: z.boolean(), skip: z.boolean().optional() }),
  bias: Triple,
  thresholds: z.object({ concern: z.number(), high: z.number(), imminent: z.number() }),
  weights: z.record(z.string(), Triple),
})

/** The model file's bytes: gzipped JSON, as the trainer writes it. */
export function encodeModel(m: NgramModel): Buffer {
  return gzipSync(JSON.stringify(m), { level: 9 })
}

/** Loads the trained model; undefined when the file is missing or malformed (the rules still run). */
export function loadModel(url: URL = MODEL_URL): ScoringModel | undefined {
  try {
    const parsed = ModelFile.safeParse(JSON.parse(gunzipSync(readFileSync(url)).toString('utf8')))
    return parsed.success ? compile(parsed.data) : undefined
  } catch {
    return undefined
  }
}

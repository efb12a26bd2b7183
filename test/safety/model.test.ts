import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { assess, assessRules } from '../../core/safety/assess.js'
import { features, loadModel, MODEL_URL, modelLevel, predict } from '../../core/safety/ngram.js'
import { LEVEL_RANK } from '../../core/safety/types.js'

const SAMPLES = [
  '党费怎么交？',
  '心里空得很，天天失眠',
  '不想活了',
  '今晚就去江边，再见了',
  '楼下超市跳楼价',
  'I feel like nothing will ever get better',
  '這週六的活動幾點集合？',
]

describe('n-gram second opinion', () => {
  it('loads from the repo file, stays compact', () => {
    expect(loadModel()).toBeDefined()
    // ~70k n-grams trained on ~21,000 lines, gzipped; loaded once at start (about 0.2 s).
    expect(statSync(MODEL_URL).size).toBeLessThan(1_000_000)
  })

  it('is missing-file and malformed-file safe: the rules still run', () => {
    expect(loadModel(new URL('./no-such-model.json.gz', MODEL_URL))).toBeUndefined()
    const dir = mkdtempSync(join(tmpdir(), 'lianxin-model-'))
    const bad = (name: string, bytes: Buffer): URL => {
      writeFileSync(join(dir, name), bytes)
      return pathToFileURL(join(dir, name))
    }
    expect(loadModel(bad('plain.json', Buffer.from('{"version":2}')))).toBeUndefined()
    expect(loadModel(bad('wrong-shape.gz', gzipSync(JSON.stringify({ version: 2, meta: {}, features: { maxN: 4, signals: true }, bias: [0, 0, 0], thresholds: { concern: 0.5, high: 0.5, imminent: 0.5 }, weights: { 死: [1, 2] } }))))).toBeUndefined()
    expect(loadModel(bad('ok.gz', gzipSync(JSON.stringify({ version: 2, meta: {}, features: { maxN: 4, signals: true }, bias: [0, 0, 0], thresholds: { concern: 0.5, high: 0.5, imminent: 0.5 }, weights: { 死: [1, 2, 3] } }))))).toBeDefined()
    rmSync(dir, { recursive: true, force: true })
  })

  it('features: Traditional and Simplified give the same n-grams', () => {
    expect(features('我不想活了')).toEqual(features('我不想活了'))
    expect(features('沒有人會在乎')).toEqual(features('没有人会在乎'))
  })

  it('never lowers the rules and never raises to imminent from none', () => {
    for (const t of SAMPLES) {
      const rules = assessRules(t)
      const both = assess(t)
      expect(LEVEL_RANK[both.level]).toBeGreaterThanOrEqual(LEVEL_RANK[rules.level])
      if (both.level !== rules.level) {
        if (rules.level === 'none') expect(both.level).not.toBe('imminent')
        expect(both.reasons).toContain('model')
      }
    }
  })

  it('maps probabilities to levels; imminent only when the rules already see distress', () => {
    const t = { concern: 0.8, high: 0.5, imminent: 0.9 }
    expect(modelLevel(t, [0.99, 0.99, 0.1])).toBe('high')
    expect(modelLevel(t, [0.9, 0.1, 0.1])).toBe('concern')
    expect(modelLevel(t, [0.5, 0.4, 0.99])).toBe('none')
    expect(modelLevel(t, [0.5, 0.6, 0.1])).toBe('high')
    expect(modelLevel(t, [0.99, 0.99, 0.99])).toBe('high')
    expect(modelLevel(t, [0.99, 0.99, 0.99], 'none')).toBe('high')
    expect(modelLevel(t, [0.99, 0.99, 0.99], 'concern')).toBe('imminent')
  })

  it('model raises to imminent only on top of a rules level of at least concern', () => {
    for (const s of SAMPLES) {
      const rules = assessRules(s)
      const both = assess(s)
      if (both.level === 'imminent' && rules.level !== 'imminent') expect(LEVEL_RANK[rules.level]).toBeGreaterThanOrEqual(LEVEL_RANK.concern)
    }
  })

  it('is deterministic and fast', () => {
    const m = loadModel()
    if (!m) throw new Error('model missing')
    for (const t of SAMPLES) expect(predict(m, features(t))).toEqual(predict(m, features(t)))
    const t0 = performance.now()
    const N = 2000
    for (let i = 0; i < N; i++) predict(m, features(SAMPLES[i % SAMPLES.length] as string))
    expect((performance.now() - t0) / N).toBeLessThan(0.2) // ms per message, generous for CI noise
  })
})

import { describe, expect, it } from 'vitest'
import { KeyMap } from '../../core/nlu/key-map.js'
import { oneSubstitution, TypoIndex } from '../../core/nlu/typo-index.js'

describe('KeyMap (the hash table under the company index)', () => {
  it('keeps every key through growth, with the ids of each', () => {
    const m = new KeyMap()
    const n = 50_000
    for (let i = 0; i < n; i++) m.add(`k${i}`, i)
    for (let i = 0; i < n; i += 7) m.add(`k${i}`, n + i) // a second id for some keys
    expect(m.size).toBe(n)
    expect(m.get('k0')).toEqual([0, n])
    expect(m.get('k1')).toEqual([1])
    expect(m.get(`k${n - 1}`)).toEqual([n - 1])
    expect(m.get('k-missing')).toBeUndefined()
    expect(m.has('k42')).toBe(true)
  })
  it('does not repeat an id added twice in a row', () => {
    const m = new KeyMap()
    m.add('科瑞', 3)
    m.add('科瑞', 3)
    m.add('科瑞', 4)
    m.add('科瑞', 4)
    expect(m.get('科瑞')).toEqual([3, 4])
  })
  it('knows the longest key under each two-character prefix', () => {
    const m = new KeyMap()
    m.add('科瑞', 1)
    m.add('科瑞药业有限公司', 1)
    m.add('华锐精密', 2)
    expect(m.maxLenFrom('科瑞医疗')).toBe(8)
    expect(m.maxLenFrom('华锐')).toBe(4)
    expect(m.maxLenFrom('无关')).toBe(0)
  })
})

describe('TypoIndex', () => {
  it('offers the companies one character away, at any position', () => {
    const t = new TypoIndex()
    t.add('科瑞药业', 1)
    t.add('科瑞医疗', 2)
    const found = (w: string): number[] => {
      const s = new Set<number>()
      t.candidates(w, s)
      return [...s].sort()
    }
    expect(found('科瑞药也')).toEqual([1])
    expect(found('料瑞药业')).toEqual([1])
    expect(found('科瑞医业')).toEqual([1, 2])
    expect(found('完全无关')).toEqual([])
  })
  it('oneSubstitution finds the single differing position', () => {
    expect(oneSubstitution('鸿图显示', '宏图显示')).toBe(0)
    expect(oneSubstitution('鸿图显示', '鸿途包装')).toBe(-1)
    expect(oneSubstitution('鸿图显示', '鸿图显示')).toBe(-1)
    expect(oneSubstitution('鸿图', '鸿图显示')).toBe(-1)
  })
})

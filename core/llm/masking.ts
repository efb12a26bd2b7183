import type { Directory } from '../directory/directory.js'

// Names and phone numbers never leave the process: they are replaced by placeholders
// ([NAME_1], [PHONE_1]) before a request is built, and put back only into text we show the
// member ourselves (a phrased answer of their own records).

const HAN_NAME = /^\p{Script=Han}{2,4}$/u
/** Digit groups joined by - . or spaces, 7+ digits in all: phone, mobile, ID or account numbers. */
const NUMBER_RUN = /(?<![\d])\+?\d[\d\s.\-－]{5,}\d(?![\d])/g
const DATE_SHAPE = /^\d{4}[-.]\d{1,2}[-.]\d{1,2}$/
/** A name the member gives for themselves: 我叫王小明 / 我是王小明, / my name is Li Ming. */
const SELF_NAME_ZH = /(我叫|本人叫|我的名字是|我名字叫)\s*(\p{Script=Han}{2,3})/gu
const SELF_NAME_EN = /\b([Mm]y name is)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/g
const PLACEHOLDER = /\[(PHONE|NAME)_(\d+)\]/g

export interface Masked {
  text: string
  /** The placeholders issued, in order. */
  placeholders: string[]
  /** Puts the original values back; `unknown` counts placeholders we never issued (invented). */
  restore(text: string): { text: string; unknown: number }
}

/**
 * The last pass before a request leaves: any phone-shaped run still in the text becomes
 * [PHONE]. Placeholders a task issued are left alone.
 */
export function maskStrayNumbers(text: string): string {
  return text.replace(NUMBER_RUN, (run) => (run.replace(/\D/g, '').length >= 7 && !DATE_SHAPE.test(run.trim()) ? '[PHONE]' : run))
}

export class Masker {
  private readonly hanNames = new Set<string>()
  private readonly latinNames: string[] = []

  /** `names`: every person's name the directory knows (members, secretaries, counselors). */
  constructor(names: Iterable<string>) {
    for (const raw of names) {
      const n = raw.trim()
      if (HAN_NAME.test(n)) this.hanNames.add(n)
      else if (/^[A-Za-z][A-Za-z .'-]{2,}$/.test(n)) this.latinNames.push(n)
    }
    this.latinNames.sort((a, b) => b.length - a.length)
  }

  mask(input: string): Masked {
    const values: string[] = []
    const placeholders: string[] = []
    const count = { PHONE: 0, NAME: 0 }
    const issue = (kind: 'PHONE' | 'NAME', value: string): string => {
      const at = values.indexOf(value)
      if (at >= 0) return placeholders[at]!
      const p = `[${kind}_${++count[kind]}]`
      values.push(value)
      placeholders.push(p)
      return p
    }
    // A member typing our placeholder syntax must not be able to pull values back out.
    let text = input.replace(PLACEHOLDER, '[$1]')
    text = text.replace(NUMBER_RUN, (run) => {
      const digits = run.replace(/\D/g, '')
      return digits.length >= 7 && !DATE_SHAPE.test(run.trim()) ? issue('PHONE', run) : run
    })
    text = text.replace(SELF_NAME_ZH, (_w, lead: string, name: string) => lead + issue('NAME', name))
    text = text.replace(SELF_NAME_EN, (_w, lead: string, name: string) => `${lead} ${issue('NAME', name)}`)
    text = this.maskHanNames(text, (n) => issue('NAME', n))
    for (const n of this.latinNames) {
      const re = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi')
      text = text.replace(re, (w) => issue('NAME', w))
    }
    return {
      text,
      placeholders,
      restore: (out: string) => {
        let unknown = 0
        const restored = out.replace(PLACEHOLDER, (whole) => {
          const at = placeholders.indexOf(whole)
          if (at < 0) {
            unknown++
            return whole
          }
          return values[at]!
        })
        return { text: restored, unknown }
      },
    }
  }

  /** Longest directory name at each position (4, 3, then 2 characters): linear in the text. */
  private maskHanNames(text: string, replace: (name: string) => string): string {
    if (this.hanNames.size === 0) return text
    let out = ''
    let i = 0
    outer: while (i < text.length) {
      for (const len of [4, 3, 2]) {
        const s = text.slice(i, i + len)
        if (s.length === len && this.hanNames.has(s)) {
          out += replace(s)
          i += len
          continue outer
        }
      }
      out += text[i]
      i++
    }
    return out
  }
}

/** Every person's name the directory holds: people and branch secretaries. */
export function directoryNames(dir: Directory): string[] {
  const names = new Set<string>()
  for (const p of dir.data.people) names.add(p.name)
  for (const b of dir.allBranches()) if (b.secretary) names.add(b.secretary)
  return [...names]
}

const cache = new WeakMap<Directory, Masker>()

/** One Masker per imported directory (an import builds a new Directory, so names stay current). */
export function maskerFor(dir: Directory): Masker {
  let m = cache.get(dir)
  if (!m) {
    m = new Masker(directoryNames(dir))
    cache.set(dir, m)
  }
  return m
}

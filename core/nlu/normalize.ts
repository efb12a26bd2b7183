import * as OpenCC from 'opencc-js'

// Traditional (Taiwan, Hong Kong or plain OpenCC forms) → Simplified, by the OpenCC tables.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' })
const twToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' })

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u2028\u2029\uFEFF]/g

/** Drops control and zero-width characters, folds width (NFKC), trims. */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(CONTROL, '').trim()
}

export function toSimplifiedChinese(text: string): string {
  return twToSimplified(toSimplified(text))
}

export function toTraditionalChinese(text: string): string {
  return toTraditional(text)
}

/**
 * The form every matcher works on: NFKC, Simplified, lower case, no whitespace or
 * punctuation. Keeps CJK, Latin letters and digits.
 */
export function normalizeForMatch(text: string): string {
  return toSimplifiedChinese(cleanText(text))
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, '')
}

/** Like normalizeForMatch but keeps single spaces between Latin words (for English aliases). */
export function normalizeKeepSpaces(text: string): string {
  return toSimplifiedChinese(cleanText(text))
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, ' ')
    .trim()
}

const HAN = /\p{Script=Han}/gu

/** A cheap guess of the writer's script: zh-Hant when the text changes under t→s conversion. */
export function guessLang(text: string): 'zh-Hans' | 'zh-Hant' | 'en' {
  const han = text.match(HAN)?.length ?? 0
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0
  if (han === 0) return latin > 0 ? 'en' : 'zh-Hans'
  if (toSimplifiedChinese(text) !== text) return 'zh-Hant'
  return 'zh-Hans'
}

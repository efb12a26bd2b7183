import type { Directory } from '../directory/directory.js'
import type { Lang } from '../model/records.js'
import { answerPhrasingPrompt } from '../../prompts/answer-phrasing.prompt.js'
import { inventedFacts } from './fact-check.js'
import type { FallbackReason } from './llm-port.js'
import type { LlmService } from './llm-service.js'
import { maskerFor, type Masked, type Masker } from './masking.js'

export interface PhrasingOutcome {
  text: string
  source: 'llm' | 'cache' | 'template'
  reason?: FallbackReason
}

/**
 * Why a phrasing is rejected, or null: unknown placeholders, lost facts, facts not in the
 * template, or a person of the directory the template does not name.
 */
export function reviewPhrasing(masked: Masked, template: string, phrased: string, names?: Masker): FallbackReason | null {
  const restored = masked.restore(phrased)
  if (restored.unknown > 0) return 'invented_fact'
  if (masked.placeholders.some((p) => !phrased.includes(p))) return 'dropped_fact'
  if (inventedFacts(restored.text, template).length > 0) return 'invented_fact'
  if (names?.mask(phrased).placeholders.some((p) => p.startsWith('[NAME_'))) return 'invented_fact'
  return null
}

/**
 * A more natural wording of an answer the core built from the records. The model sees the
 * answer with names and phones as placeholders; its wording is used only if it keeps every
 * placeholder and states no phone, address, date, time or number the template lacks.
 * Anything else (and no model) gives the template itself.
 */
export async function phraseAnswer(llm: LlmService, template: string, lang: Lang, dir: Directory, options: { sensitive?: boolean } = {}): Promise<PhrasingOutcome> {
  if (!llm.configured) return { text: template, source: 'template', reason: 'not_configured' }
  const masker = maskerFor(dir)
  const masked = masker.mask(template)
  const r = await llm.run(answerPhrasingPrompt, { facts: masked.text, lang }, { sensitive: options.sensitive ?? false, accept: (o) => reviewPhrasing(masked, template, o.text, masker) })
  if (!r.ok) return { text: template, source: 'template', reason: r.reason }
  return { text: masked.restore(r.value.text).text, source: r.source }
}

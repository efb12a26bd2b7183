import type { Directory } from '../directory/directory.js'
import type { CompanyIndex } from '../nlu/company-index.js'
import type { CompanyMention, Intent, Understanding } from '../nlu/types.js'
import { MAX_UNDERSTAND_CHARS, understand } from '../nlu/understand.js'
import { assess } from '../safety/assess.js'
import { intentPrompt } from '../../prompts/intent.prompt.js'
import type { FallbackReason } from './llm-port.js'
import type { LlmService } from './llm-service.js'
import { maskerFor } from './masking.js'

export type Rsvp = 'yes' | 'no' | 'maybe'

export interface LlmUnderstanding extends Understanding {
  /** A date the member mentioned (YYYY-MM-DD), when the model found one. */
  date: string | null
  rsvp: Rsvp | null
}

export interface UnderstandOutcome {
  understanding: LlmUnderstanding
  source: 'llm' | 'cache' | 'deterministic'
  reason?: FallbackReason
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/**
 * Understanding with the model's help when one is configured. The model picks an intent from
 * the closed list and quotes the company; the company is then found by the core's own index
 * (its text is never taken as an id), and anything the model cannot express falls back to the
 * deterministic reading. Counseling and distress texts reach the model only with
 * LLM_SENSITIVE=allow.
 */
export async function understandWithLlm(llm: LlmService, text: string, dir: Directory, index: CompanyIndex, options: { today: string }): Promise<UnderstandOutcome> {
  const det = understand(text, dir, index)
  const plain = (reason: FallbackReason): UnderstandOutcome => ({ understanding: { ...det, date: null, rsvp: null }, source: 'deterministic', reason })
  if (!llm.configured) return plain('not_configured')
  const sensitive = det.intent === 'counseling' || assess(text).level !== 'none'
  const masked = maskerFor(dir).mask(text.slice(0, MAX_UNDERSTAND_CHARS)).text
  const r = await llm.run(intentPrompt, { text: masked, today: options.today }, { sensitive })
  if (!r.ok) return plain(r.reason)

  const out = r.value
  const intent = chooseIntent(det.intent, out.intent)
  const fromModel = out.company ? index.find(out.company) : ({ kind: 'none' } as const)
  const company = chooseCompany(det.company, fromModel)
  let { branch, center } = det
  if (company !== det.company && company.kind === 'one') {
    branch = dir.branchOfEnterprise(company.enterprise) ?? null
    center = det.center ?? dir.center(branch?.center_id) ?? dir.centerOfEnterprise(company.enterprise) ?? null
  }
  const date = out.date && ISO_DATE.test(out.date) ? out.date : null
  return { understanding: { intent, lang: det.lang, company, branch, center, date, rsvp: out.rsvp ?? null }, source: r.source }
}

/**
 * What the text itself names wins; the model fills in a company the rules missed, or picks one
 * of the candidates the rules found equally good (科瑞 + 做药的 → 科瑞药业).
 */
function chooseCompany(det: CompanyMention, model: CompanyMention): CompanyMention {
  if (det.kind === 'one') return det
  if (det.kind === 'ambiguous') return model.kind === 'one' && det.candidates.some((c) => c.id === model.enterprise.id) ? model : det
  return model.kind === 'one' || model.kind === 'ambiguous' ? model : det
}

/** A counseling request is never read as something else, and "other" never hides a rule's finding. */
function chooseIntent(det: Intent, model: Intent): Intent {
  if (det === 'counseling') return det
  if (model === 'other') return det
  return model
}

/** YYYY-MM-DD of `now` in the center's time zone: the "today" a model needs for relative dates. */
export function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

import type { Directory } from '../directory/directory.js'
import { LEVEL_RANK, maxLevel, ReasonCode, type DistressAssessment, type DistressLevel } from '../safety/types.js'
import { distressOpinionPrompt } from '../../prompts/distress-opinion.prompt.js'
import type { FallbackReason } from './llm-port.js'
import type { LlmService } from './llm-service.js'
import { Masker, maskerFor } from './masking.js'

export interface OpinionOutcome {
  /** The deterministic assessment, or a higher one; never lower. */
  assessment: DistressAssessment
  raised: boolean
  source: 'llm' | 'cache' | 'deterministic'
  reason?: FallbackReason
}

/** The bottom of each level's score band in assess.ts, so a raised score agrees with its level. */
const LEVEL_FLOOR: Record<DistressLevel, number> = { none: 0, concern: 0.35, high: 0.65, imminent: 0.9 }
const NO_DIRECTORY = new Masker([])
const KNOWN_REASONS: ReadonlySet<string> = new Set(ReasonCode.options)

/**
 * A second opinion on a message's distress level. It can only raise the deterministic level;
 * a lower, failed or absent opinion leaves the deterministic one as it is. The text is
 * sensitive: it reaches the model only with LLM_SENSITIVE=allow.
 */
export async function distressSecondOpinion(llm: LlmService, text: string, det: DistressAssessment, dir: Directory | null): Promise<OpinionOutcome> {
  const keep = (reason: FallbackReason): OpinionOutcome => ({ assessment: det, raised: false, source: 'deterministic', reason })
  if (!llm.configured) return keep('not_configured')
  // Without a directory (the evaluation script) phones and self-given names are still masked.
  const masked = (dir ? maskerFor(dir) : NO_DIRECTORY).mask(text).text
  const r = await llm.run(distressOpinionPrompt, { text: masked }, { sensitive: true })
  if (!r.ok) return keep(r.reason)
  const level = maxLevel(det.level, r.value.level)
  if (LEVEL_RANK[level] <= LEVEL_RANK[det.level]) return { assessment: det, raised: false, source: r.source }
  const extra = (r.value.reasons ?? []).filter((x): x is ReasonCode => KNOWN_REASONS.has(x))
  const reasons = ReasonCode.options.filter((x) => det.reasons.includes(x) || extra.includes(x))
  return { assessment: { level, score: Math.max(det.score, LEVEL_FLOOR[level]), reasons }, raised: true, source: r.source }
}

/**
 * For the safety hook: the alert goes out on the deterministic level at once, and this runs
 * afterwards; `onRaise` is called only when the opinion is higher. Never throws.
 */
export function secondOpinionLater(llm: LlmService, text: string, det: DistressAssessment, dir: Directory | null, onRaise: (raised: DistressAssessment) => Promise<void>): Promise<void> {
  if (!llm.configured || !llm.allowsSensitive) return Promise.resolve()
  return distressSecondOpinion(llm, text, det, dir)
    .then((o) => (o.raised ? onRaise(o.assessment) : undefined))
    .catch(() => undefined)
}

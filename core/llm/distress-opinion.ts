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
 * The moderation endpoint's reading (LLM_MODERATION=on): self-harm intent or instructions → high,
 * self-harm → concern. Like the model's opinion it can only raise. Categories, not text.
 */
export async function moderationOpinion(llm: LlmService, text: string, det: DistressAssessment, dir: Directory | null): Promise<DistressAssessment> {
  const categories = await llm.moderate((dir ? maskerFor(dir) : NO_DIRECTORY).mask(text).text)
  if (!categories) return det
  const level: DistressLevel = categories.some((c) => c === 'self-harm/intent' || c === 'self-harm/instructions') ? 'high' : categories.includes('self-harm') ? 'concern' : 'none'
  if (LEVEL_RANK[level] <= LEVEL_RANK[det.level]) return det
  return { level, score: Math.max(det.score, LEVEL_FLOOR[level]), reasons: ReasonCode.options.filter((x) => det.reasons.includes(x) || x === 'moderation') }
}

/**
 * For the safety hook: the alert goes out on the deterministic level at once, and this runs
 * afterwards — the model's opinion and the moderation endpoint side by side; `onRaise` is called
 * once, with the higher of the two, only when it is above the deterministic level. Never throws.
 */
export function secondOpinionLater(llm: LlmService, text: string, det: DistressAssessment, dir: Directory | null, onRaise: (raised: DistressAssessment) => Promise<void>): Promise<void> {
  if (!llm.configured || !llm.allowsSensitive) return Promise.resolve()
  const opinion = distressSecondOpinion(llm, text, det, dir).then((o) => o.assessment).catch(() => det)
  const moderation = moderationOpinion(llm, text, det, dir).catch(() => det)
  return Promise.all([opinion, moderation])
    .then(([a, b]) => {
      const best = LEVEL_RANK[b.level] > LEVEL_RANK[a.level] ? b : a
      return LEVEL_RANK[best.level] > LEVEL_RANK[det.level] ? onRaise(best) : undefined
    })
    .catch(() => undefined)
}

import { z } from 'zod'

/** Ordered from least to most urgent; the order is used to compare levels. */
export const DistressLevel = z.enum(['none', 'concern', 'high', 'imminent'])
export type DistressLevel = z.infer<typeof DistressLevel>

/**
 * Stable short codes explaining an assessment. They go to logs and counselor alerts,
 * so they must never carry any part of the member's message.
 */
export const ReasonCode = z.enum([
  // what was said
  'suicidal_ideation',
  'passive_ideation',
  'burdensomeness',
  'self_harm',
  'method',
  'plan',
  'means',
  'time',
  'location',
  'attempt',
  'farewell',
  'hopelessness',
  'exhaustion',
  'anxiety',
  'isolation',
  'worthlessness',
  // how it was said
  'dialect',
  'euphemism',
  'pinyin',
  'emoji',
  'english',
  'reported_speech',
  'negated',
  'buried',
  'joking',
  // who said it: the n-gram second opinion raised the level; the moderation endpoint did
  'model',
  'moderation',
])
export type ReasonCode = z.infer<typeof ReasonCode>

export const DistressAssessment = z.object({
  level: DistressLevel,
  score: z.number().min(0).max(1),
  reasons: z.array(ReasonCode),
})
export type DistressAssessment = z.infer<typeof DistressAssessment>

export const LEVEL_RANK: Record<DistressLevel, number> = { none: 0, concern: 1, high: 2, imminent: 3 }

export function maxLevel(a: DistressLevel, b: DistressLevel): DistressLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b
}

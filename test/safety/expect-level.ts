import { expect } from 'vitest'
import { assess } from '../../core/safety/assess.js'
import { LEVEL_RANK, type DistressAssessment, type DistressLevel } from '../../core/safety/types.js'

/*
 * The level a person's message gets, asserted with the reasons in the failure message. `judge` is
 * the full detector by default; assessRules when a test is about the rules' own reading.
 */
type Judge = (text: string) => DistressAssessment

export function atLeast(text: string, min: DistressLevel, judge: Judge = assess): void {
  const a = judge(text)
  expect(LEVEL_RANK[a.level], `${text} -> ${a.level} [${a.reasons.join(',')}]`).toBeGreaterThanOrEqual(LEVEL_RANK[min])
}

export function exactly(text: string, level: DistressLevel, judge: Judge = assess): void {
  const a = judge(text)
  expect(a.level, `${text} [${a.reasons.join(',')}]`).toBe(level)
}

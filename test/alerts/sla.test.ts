import { describe, expect, it } from 'vitest'
import { alertLight, slaStages } from '../../core/alerts/sla.js'

const timing = { ackTimeoutMs: { imminent: 60_000, high: 120_000, concern: 600_000 }, resolveDueMs: 100_000, yellowAt: 0.75 }
const at = Date.parse('2026-11-24T13:00:00Z')
const after = (ms: number) => new Date(at + ms)

describe('alertLight', () => {
  it('an acknowledged alert: green, yellow at 75 % of the time to resolve, red when overdue', () => {
    const a = { state: 'acknowledged' as const, level: 'high' as const, at, ackAt: at + 10_000 }
    expect(alertLight(a, after(10_000 + 74_000), timing)).toBe('green')
    expect(alertLight(a, after(10_000 + 75_000), timing)).toBe('yellow')
    expect(alertLight(a, after(10_000 + 100_000), timing)).toBe('red')
  })
  it('an open alert is measured against the time to acknowledge of its level', () => {
    expect(alertLight({ state: 'open', level: 'imminent', at, ackAt: null }, after(50_000), timing)).toBe('yellow')
    expect(alertLight({ state: 'open', level: 'imminent', at, ackAt: null }, after(60_000), timing)).toBe('red')
    expect(alertLight({ state: 'open', level: 'concern', at, ackAt: null }, after(60_000), timing)).toBe('green')
  })
  it('a resolved alert is green', () => {
    expect(alertLight({ state: 'resolved', level: 'imminent', at, ackAt: at }, after(10 * 86_400_000), timing)).toBe('green')
  })
  it('reminder stages follow the same thresholds', () => {
    expect(slaStages(timing)).toEqual([
      { stage: 'yellow', afterMs: 75_000 },
      { stage: 'red', afterMs: 100_000 },
    ])
  })
})

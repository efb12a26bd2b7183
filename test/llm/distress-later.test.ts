import { afterEach, describe, expect, it } from 'vitest'
import { secondOpinionLater } from '../../core/llm/distress-opinion.js'
import { assess } from '../../core/safety/assess.js'
import type { DistressAssessment } from '../../core/safety/types.js'
import type { FakeReply } from '../support/fake-openai.js'
import { llmTestbed, type LlmTestbed } from './llm-testbed.js'

// How the safety hook uses the opinion: the alert goes out on the deterministic level first;
// the opinion, arriving later, can only upgrade it.

let tb: LlmTestbed | undefined
afterEach(async () => {
  await tb?.close()
  tb = undefined
})

async function hookLike(reply: FakeReply, text: string, sensitive: 'allow' | 'deny' = 'allow', timeoutMs = 3000): Promise<{ timeline: string[]; later: Promise<void> }> {
  tb = await llmTestbed({ env: { LLM_SENSITIVE: sensitive, LLM_TIMEOUT: timeoutMs }, script: () => reply })
  const timeline: string[] = []
  const det = assess(text)
  if (det.level !== 'none') timeline.push(`alert:${det.level}`)
  const later = secondOpinionLater(tb.llm, text, det, tb.dir, async (raised: DistressAssessment) => {
    timeline.push(`upgrade:${raised.level}`)
  })
  timeline.push('reply sent')
  return { timeline, later }
}

describe('second opinion after the alert', () => {
  const text = '最近真的撑不下去了，每天都很累'

  it('the alert and the reply come first; a higher opinion upgrades afterwards', async () => {
    const { timeline, later } = await hookLike({ json: { level: 'imminent' }, delayMs: 150 }, text)
    expect(timeline).toEqual(['alert:concern', 'reply sent'])
    await later
    expect(timeline).toEqual(['alert:concern', 'reply sent', 'upgrade:imminent'])
  })

  it('a lower or equal opinion, a timeout, an error or LLM_SENSITIVE=deny change nothing and throw nothing', async () => {
    const cases: [FakeReply, 'allow' | 'deny', number?][] = [
      [{ json: { level: 'none' } }, 'allow'],
      [{ json: { level: 'concern' } }, 'allow'],
      [{ json: { level: 'high' }, delayMs: 2000 }, 'allow', 300],
      [{ status: 500 }, 'allow'],
      [{ malformed: 'level: high' }, 'allow'],
      [{ json: { level: 'imminent' } }, 'deny'],
    ]
    for (const [reply, sensitive, timeoutMs] of cases) {
      const { timeline, later } = await hookLike(reply, text, sensitive, timeoutMs)
      await later
      expect(timeline).toEqual(['alert:concern', 'reply sent'])
      if (sensitive === 'deny') expect(tb!.fake.requests).toHaveLength(0)
      await tb!.close()
      tb = undefined
    }
  })
})

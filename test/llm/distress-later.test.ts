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

describe('the moderation endpoint (LLM_MODERATION=on)', () => {
  const text = '想把手机关了，谁也不联系'

  async function run(categories: string[], moderation: 'on' | 'off', sensitive: 'allow' | 'deny' = 'allow'): Promise<string[]> {
    tb = await llmTestbed({ env: { LLM_SENSITIVE: sensitive, LLM_MODERATION: moderation }, script: () => ({ json: { level: 'none' } }) })
    tb.fake.moderation(categories)
    const det = assess(text)
    expect(det.level).toBe('none') // the deterministic detector sees nothing here
    const raised: string[] = []
    await secondOpinionLater(tb.llm, text, det, tb.dir, async (r) => {
      raised.push(`${r.level}:${r.reasons.join(',')}`)
    })
    const calls = tb.fake.requests.filter((r) => r.path.endsWith('/moderations')).length
    await tb.close()
    tb = undefined
    return [...raised, `moderation calls ${calls}`]
  }

  it('self-harm intent raises to high, self-harm to concern, once, with the reason', async () => {
    expect(await run(['self-harm', 'self-harm/intent'], 'on')).toEqual(['high:moderation', 'moderation calls 1'])
    expect(await run(['self-harm'], 'on')).toEqual(['concern:moderation', 'moderation calls 1'])
  })

  it('other categories, moderation off, or LLM_SENSITIVE=deny change nothing', async () => {
    expect(await run(['violence'], 'on')).toEqual(['moderation calls 1'])
    expect(await run(['self-harm/intent'], 'off')).toEqual(['moderation calls 0'])
    expect(await run(['self-harm/intent'], 'on', 'deny')).toEqual(['moderation calls 0'])
  })
})

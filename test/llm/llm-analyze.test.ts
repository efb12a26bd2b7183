import { afterEach, describe, expect, it } from 'vitest'
import { analyzeLineWithLlm, llmSummary, mapInOrder } from '../../core/llm/llm-analyze.js'
import { LlmService } from '../../core/llm/llm-service.js'
import { localDay } from '../../core/llm/llm-understand.js'
import { analyzeLine, loadAnalyzer } from '../../core/nlu/analyze-line.js'
import { FIXTURE_DIRECTORY } from '../support/fixtures.js'
import { llmTestbed, type LlmTestbed } from './llm-testbed.js'

let tb: LlmTestbed | undefined
afterEach(async () => {
  await tb?.close()
  tb = undefined
})

describe('analyze --llm', () => {
  const lines = [
    JSON.stringify({ id: 'q1', text: 'ke rui yao ye de dang fei zen me jiao' }),
    JSON.stringify({ id: 'q2', text: '最近真的撑不下去了，每天都很累' }),
    'not json',
  ]

  it('without a model: byte for byte the deterministic analyze output', async () => {
    const a = await loadAnalyzer(FIXTURE_DIRECTORY)
    for (const line of lines) expect(await analyzeLineWithLlm(a, line, LlmService.disabled(), '2026-11-24')).toEqual(analyzeLine(a, line))
  })

  it('with a model: same keys, ids from the directory, distress raised only with LLM_SENSITIVE=allow, input order kept', async () => {
    tb = await llmTestbed({
      env: { LLM_SENSITIVE: 'allow' },
      script: (r) => (r.task === 'distress_opinion' ? { json: { level: r.user.includes('撑不下去') ? 'high' : 'none' }, delayMs: r.user.includes('撑不下去') ? 0 : 50 } : { json: { intent: 'pay_dues', company: r.user.includes('ke rui') ? '科瑞药业' : null } }),
    })
    const a = await loadAnalyzer(FIXTURE_DIRECTORY)
    const out = await mapInOrder(lines, 3, (l) => analyzeLineWithLlm(a, l, tb!.llm, '2026-11-24'))
    expect(out.map((o) => o.id)).toEqual(['q1', 'q2', null])
    expect(out[0]).toMatchObject({ intent: 'pay_dues', enterprise_id: 'e_np_kerui_pharma', branch_id: 'br_np_kerui', center_id: 'c_nanping', distress: { level: 'none' } })
    expect(Object.keys(out[0]!)).toEqual(Object.keys(analyzeLine(a, lines[0]!)))
    expect(out[1]).toMatchObject({ distress: { level: 'high' } })
    expect(analyzeLine(a, lines[1]!)).toMatchObject({ distress: { level: 'concern' } })
    expect(out[2]).toEqual({ id: null, error: 'invalid JSON' })
    // What the eval scripts print under --llm: four model calls, their tokens.
    expect(llmSummary(tb.logs)).toMatch(/^llm requests=4 llm=4 cache=0 fallback=0 \(none\) tokens in=168 out=28 latency p50=\d+ms p95=\d+ms$/)
  })

  it('today is the center’s calendar day', () => {
    expect(localDay(new Date('2026-11-24T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-25')
  })
})

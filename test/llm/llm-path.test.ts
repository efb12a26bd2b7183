import { afterEach, describe, expect, it } from 'vitest'
import { distressSecondOpinion } from '../../core/llm/distress-opinion.js'
import { LlmService } from '../../core/llm/llm-service.js'
import { phraseAnswer } from '../../core/llm/llm-phrasing.js'
import { understandWithLlm } from '../../core/llm/llm-understand.js'
import { createLlmService } from '../../bots/llm/llm-runtime.js'
import { centerAnswer, duesAnswer } from '../../core/conversation/answers.js'
import { assess } from '../../core/safety/assess.js'
import { understand } from '../../core/nlu/understand.js'
import { llmTestbed, type LlmTestbed } from './llm-testbed.js'

// The LLM path end to end: the real LangChain / openai clients against a local
// OpenAI-compatible server, Redis for the cache and the usage records.

let tb: LlmTestbed | undefined
afterEach(async () => {
  await tb?.close()
  tb = undefined
})
const TODAY = '2026-11-24'

describe('intent and entities', () => {
  it('structured output through function calling, the company re-resolved by the index', async () => {
    tb = await llmTestbed({ script: (r) => (r.task === 'intent' ? { json: { intent: 'pay_dues', company: '科瑞药业', date: null, rsvp: null } } : { status: 400 }) })
    const text = 'ke rui yao ye de dang fei zen me jiao'
    expect(understand(text, tb.dir, tb.index).company.kind).toBe('none')
    const r = await understandWithLlm(tb.llm, text, tb.dir, tb.index, { today: TODAY })
    expect(r.source).toBe('llm')
    expect(r.understanding.intent).toBe('pay_dues')
    expect(r.understanding.company).toMatchObject({ kind: 'one', enterprise: { id: 'e_np_kerui_pharma' } })
    expect(r.understanding.branch?.id).toBe('br_np_kerui')
    expect(r.understanding.center?.id).toBe('c_nanping')
    const [req] = tb.fake.chatRequests()
    expect(req).toMatchObject({ mode: 'tools', task: 'intent' })
    expect(req!.body).toMatchObject({ model: 'fake-model', tool_choice: { type: 'function', function: { name: 'intent' } } })
  })

  it('the model picks among the candidates the rules found, and reads date and RSVP', async () => {
    tb = await llmTestbed({ script: () => ({ json: { intent: 'org_life', company: '科瑞药业', date: '2026-11-27', rsvp: 'no' } }) })
    const text = '月费往哪儿交啊，我在做药的那家科瑞上班'
    expect(understand(text, tb.dir, tb.index).company.kind).toBe('ambiguous')
    const r = await understandWithLlm(tb.llm, text, tb.dir, tb.index, { today: TODAY })
    expect(r.understanding).toMatchObject({ intent: 'org_life', company: { kind: 'one', enterprise: { id: 'e_np_kerui_pharma' } }, date: '2026-11-27', rsvp: 'no' })
  })

  it('a company the directory lacks, or a malformed date, is dropped rather than trusted', async () => {
    tb = await llmTestbed({ script: () => ({ json: { intent: 'find_branch', company: '不存在的火星矿业', date: 'next friday', rsvp: null } }) })
    const r = await understandWithLlm(tb.llm, '我们公司的支部是哪个', tb.dir, tb.index, { today: TODAY })
    expect(r.understanding).toMatchObject({ intent: 'find_branch', company: { kind: 'none' }, branch: null, date: null })
  })

  it('jsonMode for servers without tools: response_format json_object, same result', async () => {
    tb = await llmTestbed({ env: { LLM_STRUCTURED_METHOD: 'jsonMode' }, script: () => ({ json: { intent: 'center_info', company: null } }) })
    const r = await understandWithLlm(tb.llm, 'where r u guys', tb.dir, tb.index, { today: TODAY })
    expect(r.understanding.intent).toBe('center_info')
    expect(tb.fake.chatRequests()[0]).toMatchObject({ mode: 'json_object' })
    expect(tb.fake.chatRequests()[0]!.body.tools).toBeUndefined()
  })
})

describe('fallbacks: the deterministic result, quickly, with a reason code', () => {
  const text = 'ke rui yao ye de dang fei zen me jiao'
  const cases = [
    { name: 'a timeout', reason: 'timeout', script: () => ({ json: { intent: 'greeting' }, delayMs: 5000 }) },
    { name: 'a 500', reason: 'error', script: () => ({ status: 500 }) },
    { name: 'malformed JSON', reason: 'schema', script: () => ({ malformed: '{"intent": "pay_dues", "company": "科瑞' }) },
    { name: 'an intent outside the list', reason: 'schema', script: () => ({ json: { intent: 'broadcast_all', company: null } }) },
  ] as const
  for (const c of cases) {
    it(`${c.name} → deterministic understanding (${c.reason})`, async () => {
      // A failure answers at once, not after the timeout (generous here: a cold client is slow on its first call).
      const timeoutMs = c.reason === 'timeout' ? 300 : 5000
      tb = await llmTestbed({ script: c.script, env: { LLM_TIMEOUT: timeoutMs } })
      const started = performance.now()
      const r = await understandWithLlm(tb.llm, text, tb.dir, tb.index, { today: TODAY })
      expect(performance.now() - started).toBeLessThan(c.reason === 'timeout' ? 1000 : 2500)
      expect(r.source).toBe('deterministic')
      expect(r.reason).toBe(c.reason)
      expect(r.understanding.intent).toBe(understand(text, tb.dir, tb.index).intent)
      expect(r.understanding.company.kind).toBe('none')
      expect(tb.logs.at(-1)).toMatchObject({ task: 'intent', outcome: 'fallback', reason: c.reason })
      // One attempt only: no retry keeps the member waiting.
      expect(tb.fake.chatRequests()).toHaveLength(1)
    })
  }
})

describe('answer phrasing', () => {
  it('a rephrasing that keeps every fact is used, with names and phones put back', async () => {
    tb = await llmTestbed({
      script: (r) => {
        const phone = /\[PHONE_1\]/.test(r.user) ? '[PHONE_1]' : '?'
        return { json: { text: `您好！南坪商圈党群服务中心在南岸区南坪正街 88 号 3 楼，电话 ${phone}，周一至周五 9:00-17:30、周六 9:00-12:00 开放，欢迎来办组织关系转接、党费收缴等业务。` } }
      },
    })
    const center = tb.dir.center('c_nanping')!
    const template = centerAnswer('zh-Hans', center)
    const r = await phraseAnswer(tb.llm, template, 'zh-Hans', tb.dir)
    expect(r.reason).toBeUndefined()
    expect(r.source).toBe('llm')
    expect(r.text).toContain('023-0000-1001')
    expect(r.text).toContain('欢迎来办')
    // The phone went out as a placeholder only.
    expect(tb.fake.chatRequests()[0]!.raw).not.toContain('023-0000-1001')
  })

  it('an invented phone number → the template answer', async () => {
    tb = await llmTestbed({ script: () => ({ json: { text: '您好！南坪商圈党群服务中心电话 [PHONE_1]，也可以拨打 023-6666-8888 咨询，地址南岸区南坪正街 88 号 3 楼。' } }) })
    const template = centerAnswer('zh-Hans', tb.dir.center('c_nanping')!)
    const r = await phraseAnswer(tb.llm, template, 'zh-Hans', tb.dir)
    expect(r).toEqual({ text: template, source: 'template', reason: 'invented_fact' })
    expect(tb.logs.at(-1)).toMatchObject({ task: 'answer_phrasing', outcome: 'fallback', reason: 'invented_fact' })
  })

  it('invented opening hours or an invented street → the template answer', async () => {
    let text = '南坪商圈党群服务中心（南岸区南坪正街 88 号 3 楼，电话 [PHONE_1]）周一至周日 8:00-22:00 都开放。'
    tb = await llmTestbed({ script: () => ({ json: { text } }) })
    const template = centerAnswer('zh-Hans', tb.dir.center('c_nanping')!)
    expect(await phraseAnswer(tb.llm, template, 'zh-Hans', tb.dir)).toMatchObject({ text: template, reason: 'invented_fact' })
    text = '南坪商圈党群服务中心已搬到江北区观音桥步行街，电话 [PHONE_1]，周一至周五 9:00-17:30、周六 9:00-12:00 开放。'
    expect(await phraseAnswer(tb.llm, template, 'zh-Hans', tb.dir)).toMatchObject({ text: template, reason: 'invented_fact' })
  })

  it('a dropped secretary phone → the template answer', async () => {
    tb = await llmTestbed({ script: () => ({ json: { text: '党费请在每月党员活动日到服务中心一楼党务窗口现场缴纳，可用微信或现金。' } }) })
    const template = duesAnswer('zh-Hans', tb.dir.branch('br_np_kerui')!)
    const r = await phraseAnswer(tb.llm, template, 'zh-Hans', tb.dir)
    expect(r).toMatchObject({ text: template, source: 'template', reason: 'dropped_fact' })
  })

  it('a 500 → the template answer', async () => {
    tb = await llmTestbed({ script: () => ({ status: 500 }) })
    const template = centerAnswer('en', tb.dir.center('c_bonded')!)
    expect(await phraseAnswer(tb.llm, template, 'en', tb.dir)).toMatchObject({ text: template, source: 'template', reason: 'error' })
  })
})

describe('distress second opinion', () => {
  const text = '最近真的撑不下去了，每天都很累'
  it('raises the level when the opinion is higher (LLM_SENSITIVE=allow)', async () => {
    tb = await llmTestbed({ env: { LLM_SENSITIVE: 'allow' }, script: () => ({ json: { level: 'high', reasons: ['passive_ideation', 'made_up_code'] } }) })
    const det = assess(text)
    const r = await distressSecondOpinion(tb.llm, text, det, tb.dir)
    expect(r.raised).toBe(true)
    expect(r.assessment.level).toBe('high')
    expect(r.assessment.score).toBeGreaterThanOrEqual(0.65)
    expect(r.assessment.reasons).toContain('passive_ideation')
    expect(r.assessment.reasons).not.toContain('made_up_code')
  })

  it('never lowers it', async () => {
    tb = await llmTestbed({ env: { LLM_SENSITIVE: 'allow' }, script: () => ({ json: { level: 'none', reasons: [] } }) })
    const hi = '我不想活了，今晚就从楼上跳下去'
    const det = assess(hi)
    expect(det.level).toBe('imminent')
    const r = await distressSecondOpinion(tb.llm, hi, det, tb.dir)
    expect(r).toMatchObject({ raised: false, assessment: det })
  })

  it('without LLM_SENSITIVE=allow the text never leaves the process', async () => {
    tb = await llmTestbed({ script: () => ({ json: { level: 'imminent' } }) })
    const det = assess(text)
    const r = await distressSecondOpinion(tb.llm, text, det, tb.dir)
    expect(r).toMatchObject({ raised: false, reason: 'sensitive_denied', assessment: det })
    // Counseling requests likewise stay on the deterministic path.
    const u = await understandWithLlm(tb.llm, '我想找心理咨询师聊聊', tb.dir, tb.index, { today: TODAY })
    expect(u).toMatchObject({ source: 'deterministic', reason: 'sensitive_denied' })
    expect(tb.fake.requests).toHaveLength(0)
  })
})

describe('cache, usage and configuration', () => {
  it('an identical request is answered from Redis: the server sees one call', async () => {
    tb = await llmTestbed({ script: () => ({ json: { intent: 'pay_dues', company: '科瑞药业' }, usage: { prompt: 120, completion: 9 } }) })
    const text = 'ke rui yao ye de dang fei zen me jiao'
    const a = await understandWithLlm(tb.llm, text, tb.dir, tb.index, { today: TODAY })
    const b = await understandWithLlm(tb.llm, text, tb.dir, tb.index, { today: TODAY })
    expect([a.source, b.source]).toEqual(['llm', 'cache'])
    expect(b.understanding.branch?.id).toBe('br_np_kerui')
    expect(tb.fake.chatRequests()).toHaveLength(1)
    await understandWithLlm(tb.llm, text + '？', tb.dir, tb.index, { today: TODAY })
    expect(tb.fake.chatRequests()).toHaveLength(2)

    const totals = await tb.store.totals(new Date().toISOString().slice(0, 10))
    expect(totals).toMatchObject({ requests: 3, llm: 2, cache: 1, inputTokens: 240, outputTokens: 18 })
    const [latest] = await tb.store.recent(1)
    expect(latest).toMatchObject({ task: 'intent', outcome: 'llm', input_tokens: '120', output_tokens: '9' })
    // Records and logs carry codes and numbers, never the text.
    expect(JSON.stringify([tb.logs, await tb.store.recent(10)])).not.toMatch(/ke rui|科瑞/)
  })

  it('no OPENAI_* set: "not configured", the deterministic result, no network, no Redis', async () => {
    const llm = createLlmService({ LLM_SENSITIVE: 'allow', OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OPENAI_MODEL: undefined })
    expect(llm.configured).toBe(false)
    tb = await llmTestbed()
    const text = '科瑞药业的党费怎么交'
    const r = await understandWithLlm(llm, text, tb.dir, tb.index, { today: TODAY })
    expect(r).toMatchObject({ source: 'deterministic', reason: 'not_configured' })
    expect(r.understanding).toMatchObject({ ...understand(text, tb.dir, tb.index), date: null, rsvp: null })
    const template = centerAnswer('zh-Hans', tb.dir.center('c_nanping')!)
    expect(await phraseAnswer(LlmService.disabled(), template, 'zh-Hans', tb.dir)).toMatchObject({ text: template, source: 'template' })
    expect(tb.fake.requests).toHaveLength(0)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { waitFor } from '../alerts/platform-stand-in.js'
import { alertsTestbed, type AlertsTestbed } from '../alerts/testbed.js'
import { texts } from '../support/core.js'
import { llmTestbed, type LlmTestbed } from './llm-testbed.js'

// The alert safety hook with the LLM's second opinion (LLM_SENSITIVE=allow), through handle():
// the member is answered on the rules' judgement at once; the opinion comes later and can only
// raise — an alert the rules did not see, or a higher level on one they did.
const M_043 = '700000160' // 李玉梅, c_bonded

let tb: LlmTestbed | undefined
let bed: AlertsTestbed | undefined
afterEach(async () => {
  await bed?.close()
  await tb?.close()
  bed = tb = undefined
})

async function setup(level: 'none' | 'concern' | 'high' | 'imminent', moderation: string[] = []) {
  tb = await llmTestbed({ env: { LLM_SENSITIVE: 'allow', LLM_TIMEOUT: 3000, LLM_MODERATION: moderation.length > 0 ? 'on' : 'off' }, script: (r) => (r.task === 'distress_opinion' ? { json: { level }, delayMs: 100 } : { json: { intent: 'other' } }) })
  tb.fake.moderation(moderation)
  bed = await alertsTestbed({ workers: true })
  bed.deps.llm = tb.llm
  bed.alertDeps.llm = tb.llm
  return bed
}

describe('the LLM second opinion in the safety hook', () => {
  it('rules see nothing, the model sees danger: an alert is raised after the answer, paged, and the member gets the safety reply', async () => {
    const b = await setup('high')
    const first = await b.say(M_043, '想把手机关了，谁也不联系')
    expect(texts(first)).not.toContain('12356') // the rules' answer went out without waiting on the model
    const page = await waitFor(async () => (await b.platform.deliveredTo('m_cns_bd2'))[0], 8000, 'the late page')
    expect(page.choices.map((c) => c.label)).toEqual(['确认接手', '结案'])
    const alert = (await b.store.listUnresolved('c_bonded'))[0]!
    expect(alert).toMatchObject({ level: 'high', personId: 'm_043' })
    expect(alert.reasons).toContain('llm') // where the flag came from
    const toMember = b.platform
    const member = await waitFor(async () => (await toMember.delivered()).find((d) => d.to.startsWith('telegram:700000160')), 8000, 'the member reply')
    expect(member.text).toContain('12356')
  })

  it('LLM_MODERATION=on: the moderation endpoint sees self-harm intent the rules and the model missed; the counselor is paged', async () => {
    const b = await setup('none', ['self-harm', 'self-harm/intent'])
    const first = await b.say(M_043, '想把手机关了，谁也不联系')
    expect(texts(first)).not.toContain('12356')
    const page = await waitFor(async () => (await b.platform.deliveredTo('m_cns_bd2'))[0], 8000, 'the late page')
    expect(page.choices.map((c) => c.label)).toEqual(['确认接手', '结案'])
    const alert = (await b.store.listUnresolved('c_bonded'))[0]!
    expect(alert).toMatchObject({ level: 'high', personId: 'm_043' })
    expect(alert.reasons).toContain('moderation')
  })

  it('rules see concern, the model sees imminent: the alert goes out at concern, then its level is raised and audited', async () => {
    const b = await setup('imminent')
    const reply = texts(await b.say(M_043, '最近真的撑不下去了，每天都很累'))
    expect(reply).toContain('12356')
    const alert = (await b.store.listUnresolved('c_bonded'))[0]!
    expect(alert.level).toBe('concern')
    await waitFor(async () => (await b.store.get(alert.id))!.level === 'imminent', 8000, 'the raised level')
    expect((await b.store.auditTrail(alert.id)).map((e) => e.action)).toContain('level_raised')
  })

  it('a lower opinion never lowers an alert', async () => {
    const b = await setup('none')
    await b.say(M_043, '想去跳了，活起太累')
    const alert = (await b.store.listUnresolved('c_bonded'))[0]!
    await new Promise((r) => setTimeout(r, 600))
    expect((await b.store.get(alert.id))!.level).toBe(alert.level)
    expect((await b.store.auditTrail(alert.id)).map((e) => e.action)).not.toContain('level_raised')
  })
})

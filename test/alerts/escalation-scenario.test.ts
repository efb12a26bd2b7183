import { afterEach, describe, expect, it } from 'vitest'
import { texts } from '../support/core.js'
import { sleep, waitFor } from './platform-stand-in.js'
import { alertsTestbed, type AlertsTestbed } from './testbed.js'

// Platform ids from test/fixtures/directory/people.csv (telegram).
const M_043 = '700000160' // 李玉梅, 重庆智芯电子科技有限公司, c_bonded
const BD1 = '700000171'
const BD3 = '700000177'
const ADMIN_BONDED = '700000201'
const LX1 = '700000180' // counselor of c_longxing
const POST = '想去跳了，活起太累'

let bed: AlertsTestbed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

describe('the young worker’s post, Tuesday 21:00', () => {
  it('replies with hotlines, pages the night shift, escalates, stops on acknowledge, resolves, audits every step', async () => {
    bed = await alertsTestbed()
    const { platform, store } = bed

    // The member: a warm reply with the center's phone, the hotlines, and a counselor button.
    const out = await bed.say(M_043, POST)
    expect(out.replies).toHaveLength(1)
    const reply = out.replies[0]!
    expect(reply.sensitive).toBe(true)
    expect(reply.text).toContain('023-0000-4001')
    expect(reply.text).toContain('12356')
    expect(reply.text).toContain('保税港区党群服务中心')
    expect(reply.choices?.map((c) => c.label)).toEqual(['现在找心理老师聊聊'])

    // Stored before anything was queued: the alert is there as soon as handle() returns.
    const alert = (await store.listUnresolved('c_bonded'))[0]!
    expect(alert).toMatchObject({ level: 'high', personId: 'm_043', centerId: 'c_bonded', state: 'open', text: POST })

    // The night shift is paged with Acknowledge and Resolve.
    const first = await waitFor(async () => (await platform.deliveredTo('m_cns_bd2'))[0], 5000, 'page to m_cns_bd2')
    expect(first.key).toBe(`alert:${alert.id}:L1:r1`)
    expect(first.text).toContain(POST)
    expect(first.text).toContain('李玉梅')
    expect(first.text).toContain('139-0000-2059')
    expect(first.choices.map((c) => c.label)).toEqual(['确认接手', '结案'])
    expect(await platform.deliveredTo('m_cns_bd3')).toHaveLength(0)

    // Not acknowledged within the timeout of a high alert (700 ms) → the backup is paged.
    const second = await waitFor(async () => (await platform.deliveredTo('m_cns_bd3'))[0], 5000, 'page to m_cns_bd3')
    expect(second.at - first.at).toBeGreaterThanOrEqual(650)
    expect(second.key).toBe(`alert:${alert.id}:L2:r1`)
    expect(second.text).toContain('前一级值班未及时确认')

    // The admin sees it in /alerts, most urgent first, with light and age.
    const list = texts(await bed.say(ADMIN_BONDED, '/alerts'))
    expect(list).toContain(alert.id)
    expect(list).toMatch(/🟢|🟡|🔴/)
    expect(list).toContain('待确认')

    // m_cns_bd3 presses Acknowledge on the page.
    const ack = texts(await bed.press(BD3, second.choices[0]!.action))
    expect(ack).toContain(`已确认接手 ${alert.id}`)
    expect(ack).toContain('139-0000-2059')
    expect((await store.get(alert.id))!).toMatchObject({ state: 'acknowledged', ackBy: 'm_cns_bd3' })

    // Escalation stops: nothing more after well past the next timeout (the supervisor is never paged).
    await sleep(1800)
    const delivered = await platform.delivered()
    expect(delivered.filter((d) => !d.replaces).map((d) => d.to)).toEqual(['m_cns_bd2', 'm_cns_bd3'])
    // Both pages are replaced by "taken by 文天明": nobody acts on a stale page, its buttons go.
    const updates = delivered.filter((d) => d.replaces)
    expect(updates.map((d) => [d.to, d.replaces])).toEqual([
      ['m_cns_bd2', first.key],
      ['m_cns_bd3', second.key],
    ])
    for (const u of updates) {
      expect(u.text).toContain(`已由文天明确认接手`)
      expect(u.choices).toEqual([])
    }

    // Pressing Resolve without a note asks for one; /resolve with a note closes the alert.
    expect(texts(await bed.press(BD3, second.choices[1]!.action))).toContain(`/resolve ${alert.id}`)
    expect((await store.get(alert.id))!.state).toBe('acknowledged')
    const done = texts(await bed.say(BD3, `/resolve ${alert.id} 已电话联系，情绪稳定，明天回访`))
    expect(done).toContain(`${alert.id} 已结案`)
    expect((await store.get(alert.id))!).toMatchObject({ state: 'resolved', resolvedBy: 'm_cns_bd3', note: '已电话联系，情绪稳定，明天回访' })
    expect(await store.listUnresolved('c_bonded')).toHaveLength(0)
    expect(texts(await bed.say(ADMIN_BONDED, '/alerts'))).toContain('目前没有待处理的预警')

    // The audit stream holds every step, in order, and never the text.
    const trail = await store.auditTrail(alert.id)
    expect(trail.map((e) => [e.action, e.by, e.to ?? e.via ?? ''])).toEqual([
      ['created', 'm_043', ''],
      ['paged', 'system', 'm_cns_bd2'],
      ['read', 'm_cns_bd2', 'page'],
      ['paged', 'system', 'm_cns_bd3'],
      ['read', 'm_cns_bd3', 'page'],
      ['read', 'm_admin_bonded', 'list'],
      ['acknowledged', 'm_cns_bd3', ''],
      ['resolved', 'm_cns_bd3', ''],
    ])
    expect(JSON.stringify(await store.auditTrail())).not.toContain('跳')
  })

  it('the member’s “talk to a counselor now” button tells whoever holds the alert', async () => {
    bed = await alertsTestbed()
    const out = await bed.say(M_043, POST)
    const page = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2'))[0], 5000, 'first page')
    expect(texts(await bed.press(BD1, page.choices[0]!.action))).toContain('已失效或不属于您')
    const pressed = texts(await bed.press(M_043, out.replies[0]!.choices![0]!.action))
    expect(pressed).toContain('老师会尽快联系您')
    const heads = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2')).find((d) => d.key.endsWith(':requested')), 3000, 'heads-up')
    expect(heads.text).toContain('现在找心理老师聊聊')
  })
})

describe('refusals change nothing and are audited', () => {
  it('another user pressing Acknowledge is refused; escalation goes on', async () => {
    bed = await alertsTestbed()
    await bed.say(M_043, POST)
    const page = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2'))[0], 5000, 'first page')
    const id = page.key.split(':')[1]!
    // The day-shift counselor of the same center, and the member herself, press the night shift's button.
    for (const who of [BD1, M_043]) expect(texts(await bed.press(who, page.choices[0]!.action))).toContain('这个按钮已失效或不属于您，没有做任何更改')
    expect((await bed.store.get(id))!).toMatchObject({ state: 'open', ackBy: null })
    const refused = (await bed.store.auditTrail(id)).filter((e) => e.action === 'refused').map((e) => [e.by, e.reason])
    expect(refused).toEqual([
      ['m_cns_bd1', 'not_their_button'],
      ['m_043', 'not_their_button'],
    ])
    await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd3'))[0], 5000, 'escalation despite the forged presses')
    // The real owner's press still works.
    expect(texts(await bed.press('700000174', page.choices[0]!.action))).toContain(`已确认接手 ${id}`)
  })

  it('/ack and /resolve of another center’s alert, or of an unknown id, are refused and audited', async () => {
    bed = await alertsTestbed()
    await bed.say(M_043, POST)
    const id = (await bed.store.listUnresolved('c_bonded'))[0]!.id
    const before = await bed.store.get(id)

    expect(texts(await bed.say(LX1, `/ack ${id}`))).toContain(`没有找到您可以处理的预警 ${id}，没有做任何更改`)
    expect(texts(await bed.say(LX1, `/resolve ${id} 看错了`))).toContain('没有做任何更改')
    expect(texts(await bed.say(M_043, `/ack ${id}`))).toContain('没有做任何更改')
    expect(texts(await bed.say(BD1, '/ack A999999'))).toContain('没有找到您可以处理的预警 A999999')
    // A foreign counselor's /alerts shows only their own center.
    expect(texts(await bed.say(LX1, '/alerts'))).not.toContain(id)
    // A member may not list alerts at all.
    expect(texts(await bed.say(M_043, '/alerts'))).toContain('只对心理老师和管理员开放')

    const after = await bed.store.get(id)
    expect({ ...after, escLevel: 0, escRound: 0, pagedPerson: null }).toEqual({ ...before, escLevel: 0, escRound: 0, pagedPerson: null })
    expect(after!.state).toBe('open')
    const refused = (await bed.store.auditTrail()).filter((e) => e.action === 'refused').map((e) => [e.alert, e.by, e.what, e.reason])
    expect(refused).toEqual([
      [id, 'm_cns_lx1', 'ack_command', 'not_authorized'],
      [id, 'm_cns_lx1', 'resolve_command', 'not_authorized'],
      [id, 'm_043', 'ack_command', 'not_authorized'],
      ['A999999', 'm_cns_bd1', 'ack_command', 'unknown_alert'],
    ])
  })
})

describe('the same message delivered twice', () => {
  it('makes one alert and one page', async () => {
    bed = await alertsTestbed({ config: { ackTimeoutMs: { imminent: 5000, high: 5000, concern: 5000 } } })
    const event = { kind: 'message' as const, id: 'tg-update-4242', platform: 'telegram' as const, userId: M_043, chatId: M_043, text: POST, at: bed.clock.now() }
    const { handle } = await import('../../core/conversation/handle.js')
    const [a, b] = await Promise.all([handle(event, bed.deps, bed.modules), handle(event, bed.deps, bed.modules)])
    expect(a.replies.length + b.replies.length).toBe(1)
    // Past the dedup of handle(): the hook itself is idempotent on platform + message id.
    const { directory } = await bed.deps.directory.current()
    const hook = bed.deps.safety!
    const person = directory.person('m_043')!
    await Promise.all([1, 2, 3].map(() => hook.check({ event, text: POST, person, lang: 'zh-Hans', directory })))
    expect(await bed.store.listUnresolved('c_bonded')).toHaveLength(1)
    await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2')).length > 0, 5000, 'the page')
    await sleep(500)
    expect(await bed.platform.calls()).toHaveLength(1)
    expect(await bed.platform.delivered()).toHaveLength(1)
  })
})

describe('a counselor request and the SLA light', () => {
  it('/counselor raises a request that is paged; an acknowledged alert turns yellow then red and the acknowledger is reminded', async () => {
    bed = await alertsTestbed({ config: { resolveDueMs: 1200 } })
    const reply = texts(await bed.say(M_043, '/counselor'))
    expect(reply).toContain('已请保税港区党群服务中心的值班心理老师联系您')
    const page = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2'))[0], 5000, 'request page')
    expect(page.text).toContain('心理疏导请求')
    const id = page.key.split(':')[1]!
    expect(texts(await bed.say('700000174', `/ack ${id}`))).toContain(`已确认接手 ${id}`)
    const yellow = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2')).find((d) => d.key.endsWith('sla:yellow')), 5000, 'yellow reminder')
    expect(yellow.text).toContain('快到处理时限')
    const red = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2')).find((d) => d.key.endsWith('sla:red')), 5000, 'red reminder')
    expect(red.text).toContain('已超过处理时限')
    const actions = (await bed.store.auditTrail(id)).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['sla_yellow', 'sla_red', 'reminded']))
  })

  it('/rota shows the admin today’s rota with who is on call now', async () => {
    bed = await alertsTestbed({ workers: false })
    const rota = texts(await bed.say(ADMIN_BONDED, '/rota'))
    expect(rota).toContain('保税港区党群服务中心今天的值班表')
    expect(rota).toMatch(/第 1 级 20:00–08:00 谢晓雯（现在值班）/)
    expect(texts(await bed.say(BD1, '/rota'))).toContain('只对管理员开放')
  })
})

import { UnrecoverableError } from 'bullmq'
import { afterEach, describe, expect, it } from 'vitest'
import { ALERT_PAGE_JOB } from '../../core/alerts/alert-record.js'
import { processAlertJob } from '../../jobs/alerts.worker.js'
import { encodeJobId } from '../../jobs/bullmq-job-queue.js'
import { texts } from '../support/core.js'
import { sleep, waitFor } from './platform-stand-in.js'
import { alertsTestbed, type AlertsTestbed } from './testbed.js'

const M_043 = '700000160' // c_bonded
const M_001 = '700000118' // c_nanping: rota has two levels
const M_051 = '700000168' // c_bonded, English
const MON_0300 = new Date('2026-11-22T19:00:00Z') // Monday 03:00 Shanghai: no level-1 shift at c_bonded

let bed: AlertsTestbed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

describe('member replies by severity', () => {
  it('imminent: call 110 / 120 now, and nothing else is answered', async () => {
    bed = await alertsTestbed()
    const out = await bed.say(M_043, '我不想活了，今晚就从楼上跳下去')
    expect(out.replies).toHaveLength(1)
    expect(out.replies[0]!.text).toContain('请马上拨打 110 或 120')
    expect((await bed.store.listUnresolved('c_bonded'))[0]!.level).toBe('imminent')
  })

  it('concern buried in a routine question: the warm reply first, then the answer', async () => {
    bed = await alertsTestbed()
    const out = await bed.say(M_043, '最近压力好大，有点焦虑，党费在哪交')
    expect(out.replies.length).toBeGreaterThanOrEqual(2)
    expect(out.replies[0]!.text).toContain('12356')
    expect(texts(out)).toContain('党费')
    expect((await bed.store.listUnresolved('c_bonded'))[0]!.level).toBe('concern')
  })

  it('answers in the member’s language', async () => {
    bed = await alertsTestbed()
    const out = await bed.say(M_051, "I can't do this anymore, I want to end my life tonight")
    expect(out.replies[0]!.text).toContain('call 110 or 120 now')
    expect(out.replies[0]!.choices![0]!.label).toBe('Talk to a counselor now')
  })

  it('routine messages raise nothing', async () => {
    bed = await alertsTestbed({ workers: false })
    const out = await bed.say(M_043, '党费在哪交')
    expect(texts(out)).not.toContain('12356')
    expect(await bed.store.listUnresolved('c_bonded')).toHaveLength(0)
  })

  it('someone not in the directory: the default center’s counselors are paged', async () => {
    bed = await alertsTestbed({ config: { defaultCenterId: 'c_bonded' } })
    await bed.say('424242', '活起太累了，不想活了')
    const page = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2'))[0], 5000, 'page for an unknown person')
    expect(page.text).toContain('未登记用户（telegram 424242）')
  })
})

describe('escalation rules', () => {
  it('a hole in the rota goes straight to the next level', async () => {
    bed = await alertsTestbed({ at: MON_0300, config: { ackTimeoutMs: { imminent: 5000, high: 5000, concern: 5000 } } })
    await bed.say(M_043, '想去跳了，活起太累')
    const page = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd3'))[0], 3000, 'page to the backup')
    expect(page.key).toMatch(/:L2:r1$/)
    const id = page.key.split(':')[1]!
    expect((await bed.store.auditTrail(id)).map((e) => e.action)).toContain('page_skipped')
  })

  it('an unreachable on-call person goes straight to the next level', async () => {
    bed = await alertsTestbed({ config: { ackTimeoutMs: { imminent: 5000, high: 5000, concern: 5000 } } })
    bed.platform.unreachable.add('m_cns_bd2')
    await bed.say(M_043, '想去跳了，活起太累')
    const page = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd3'))[0], 3000, 'page to the backup')
    const id = page.key.split(':')[1]!
    expect((await bed.store.auditTrail(id)).find((e) => e.action === 'page_unreachable')?.to).toBe('m_cns_bd2')
  })

  it('the top level is paged again, round after round, until someone acknowledges', async () => {
    bed = await alertsTestbed({ config: { ackTimeoutMs: { imminent: 300, high: 300, concern: 300 } } })
    await bed.say(M_001, '想去跳了，活起太累')
    const third = await waitFor(async () => (await bed!.platform.deliveredTo('m_admin_nanping'))[1], 5000, 'second round at the top')
    expect((await bed.platform.deliveredTo('m_admin_nanping'))[0]!.key).toMatch(/:L2:r1$/)
    expect(third.key).toMatch(/:L2:r2$/)
    expect(third.text).toContain('第 2 次提醒')
    expect(await bed.platform.deliveredTo('m_cns_np1')).toHaveLength(1)
    const id = third.key.split(':')[1]!
    expect(texts(await bed.say('700000192', `/ack ${id}`))).toContain(`已确认接手 ${id}`)
    const count = (await bed.platform.delivered()).length
    await sleep(900)
    expect(await bed.platform.delivered()).toHaveLength(count)
  })
})

describe('buttons', () => {
  it('Resolve with a note typed on the button resolves straight from open; a second press changes nothing', async () => {
    bed = await alertsTestbed({ config: { ackTimeoutMs: { imminent: 5000, high: 5000, concern: 5000 } } })
    await bed.say(M_043, '想去跳了，活起太累')
    const page = await waitFor(async () => (await bed!.platform.deliveredTo('m_cns_bd2'))[0], 5000, 'the page')
    const id = page.key.split(':')[1]!
    expect(texts(await bed.press('700000174', page.choices[1]!.action, 'telegram', '已上门看望，转介心理门诊'))).toContain(`${id} 已结案`)
    expect((await bed.store.get(id))!).toMatchObject({ state: 'resolved', resolvedBy: 'm_cns_bd2', note: '已上门看望，转介心理门诊', ackBy: null })
    expect(texts(await bed.press('700000174', page.choices[0]!.action))).toContain(`${id} 已经结案，没有做任何更改`)
  })
})

describe('jobs', () => {
  it('a malformed payload is not retried', async () => {
    bed = await alertsTestbed({ workers: false })
    await expect(processAlertJob({ name: ALERT_PAGE_JOB, data: { alertId: 'x', level: 1 } }, bed.alertDeps)).rejects.toBeInstanceOf(UnrecoverableError)
    await expect(processAlertJob({ name: 'alert.unknown', data: {} }, bed.alertDeps)).rejects.toBeInstanceOf(UnrecoverableError)
  })
  it('job ids carry no colon and stay readable', () => {
    expect(encodeJobId('alert:A7:L1:r1')).toBe('alert%3AA7%3AL1%3Ar1')
    expect(encodeJobId('12')).toBe('k12')
  })
})

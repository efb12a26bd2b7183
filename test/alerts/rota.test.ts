import { describe, expect, it } from 'vitest'
import { onCallAt, rotaOfDay, shiftCovers, topLevel } from '../../core/alerts/rota.js'
import type { Shift } from '../../core/model/records.js'
import { fixtureDirectory } from '../support/fixtures.js'

const TZ = 'Asia/Shanghai'
// Instants in UTC; Shanghai is UTC+8 all year.
const TUE_2100 = new Date('2026-11-24T13:00:00Z')
const WED_0700 = new Date('2026-11-24T23:00:00Z')
const WED_0800 = new Date('2026-11-25T00:00:00Z')
const TUE_1000 = new Date('2026-11-24T02:00:00Z')
const SAT_1200 = new Date('2026-11-28T04:00:00Z')
const SAT_0700 = new Date('2026-11-27T23:00:00Z')
const MON_0300 = new Date('2026-11-22T19:00:00Z')

describe('rota: who is on call', async () => {
  const shifts = (await fixtureDirectory()).data.shifts

  it('Tuesday 21:00 is the night shift of c_bonded', () => {
    expect(onCallAt(shifts, 'c_bonded', 1, TUE_2100, TZ)).toBe('m_cns_bd2')
  })
  it('Wednesday 07:00 is still Tuesday’s night shift', () => {
    expect(onCallAt(shifts, 'c_bonded', 1, WED_0700, TZ)).toBe('m_cns_bd2')
  })
  it('the day shift starts at 08:00 sharp (end is exclusive)', () => {
    expect(onCallAt(shifts, 'c_bonded', 1, WED_0800, TZ)).toBe('m_cns_bd1')
    expect(onCallAt(shifts, 'c_bonded', 1, TUE_1000, TZ)).toBe('m_cns_bd1')
  })
  it('Saturday: the weekend counselor, until 24:00', () => {
    expect(onCallAt(shifts, 'c_bonded', 1, SAT_1200, TZ)).toBe('m_cns_bd3')
    expect(onCallAt(shifts, 'c_bonded', 2, SAT_1200, TZ)).toBe('m_cns_bd1')
  })
  it('Saturday 07:00 is still Friday’s night shift, which belongs to its start day', () => {
    expect(onCallAt(shifts, 'c_bonded', 1, SAT_0700, TZ)).toBe('m_cns_bd2')
  })
  it('Monday 03:00 is a hole at level 1 (no Sunday night shift, the weekend ends at 24:00): the backup covers', () => {
    expect(onCallAt(shifts, 'c_bonded', 1, MON_0300, TZ)).toBeNull()
    expect(onCallAt(shifts, 'c_bonded', 2, MON_0300, TZ)).toBe('m_cns_bd3')
  })
  it('backup and supervisor levels, and holes', () => {
    expect(onCallAt(shifts, 'c_bonded', 2, TUE_2100, TZ)).toBe('m_cns_bd3')
    expect(onCallAt(shifts, 'c_bonded', 3, TUE_2100, TZ)).toBe('m_admin_bonded')
    expect(onCallAt(shifts, 'c_nanping', 3, TUE_2100, TZ)).toBeNull()
    expect(onCallAt(shifts, 'c_nowhere', 1, TUE_2100, TZ)).toBeNull()
  })
  it('the top level of a center', () => {
    expect(topLevel(shifts, 'c_bonded')).toBe(3)
    expect(topLevel(shifts, 'c_nanping')).toBe(2)
  })
  it('follows the configured time zone', () => {
    // 13:00 UTC is 21:00 in Shanghai but 13:00 in London: the day shift there.
    expect(onCallAt(shifts, 'c_bonded', 1, TUE_2100, 'Europe/London')).toBe('m_cns_bd1')
  })
})

describe('rota: shapes of shifts', () => {
  const shift = (days: Shift['days'], start: string, end: string): Shift => ({ center_id: 'c', level: 1, person_id: 'p', days, start, end })
  it('00:00–24:00 covers the whole day and nothing of the next', () => {
    const s = shift(['Mon'], '00:00', '24:00')
    expect(shiftCovers(s, 'Mon', 0)).toBe(true)
    expect(shiftCovers(s, 'Mon', 1439)).toBe(true)
    expect(shiftCovers(s, 'Tue', 0)).toBe(false)
  })
  it('a shift crossing midnight ends at its end time the next morning', () => {
    const s = shift(['Fri'], '22:00', '06:00')
    expect(shiftCovers(s, 'Fri', 22 * 60)).toBe(true)
    expect(shiftCovers(s, 'Sat', 5 * 60 + 59)).toBe(true)
    expect(shiftCovers(s, 'Sat', 6 * 60)).toBe(false)
    expect(shiftCovers(s, 'Fri', 5 * 60)).toBe(false) // Thursday night is not in the rota
  })
  it('end equal to start is a full 24 hours from the start', () => {
    const s = shift(['Sun'], '12:00', '12:00')
    expect(shiftCovers(s, 'Sun', 12 * 60)).toBe(true)
    expect(shiftCovers(s, 'Mon', 11 * 60 + 59)).toBe(true)
    expect(shiftCovers(s, 'Mon', 12 * 60)).toBe(false)
  })
})

describe('rota of the day', async () => {
  const shifts = (await fixtureDirectory()).data.shifts
  it('lists Wednesday morning with the carried-over night shift marked as on call', () => {
    const lines = rotaOfDay(shifts, 'c_bonded', WED_0700, TZ)
    const onCall = lines.filter((l) => l.now).map((l) => `${l.level}:${l.personId}`)
    expect(onCall).toEqual(['1:m_cns_bd2', '2:m_cns_bd3', '3:m_admin_bonded'])
    expect(lines.map((l) => l.personId)).toContain('m_cns_bd1')
  })
})

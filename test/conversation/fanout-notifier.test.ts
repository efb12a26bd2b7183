import { describe, expect, it } from 'vitest'
import { FanoutNotifier } from '../../bots/runtime/fanout-notifier.js'
import type { Platform } from '../../core/model/events.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'

class Platformed implements Notifier {
  readonly got: string[] = []
  constructor(
    private readonly platform: Platform,
    private readonly reachable: Set<string>,
    private readonly broken = false,
  ) {}
  async notify(to: Recipient, m: OutboundMessage): Promise<Platform[]> {
    if (this.broken) throw new Error(`${this.platform} down`)
    const id = 'personId' in to ? to.personId : to.userId
    if (!this.reachable.has(id)) return []
    this.got.push(`${id}:${m.key}`)
    return [this.platform]
  }
}

describe('FanoutNotifier', () => {
  it('a page reaches every platform the person is on', async () => {
    const tg = new Platformed('telegram', new Set(['a', 'b']))
    const sl = new Platformed('slack', new Set(['a']))
    const n = new FanoutNotifier([tg, sl])
    expect(await n.notify({ personId: 'a' }, { key: 'p1', text: 'page' })).toEqual(['telegram', 'slack'])
    expect(await n.notify({ personId: 'b' }, { key: 'p1', text: 'page' })).toEqual(['telegram'])
    expect(await n.notify({ personId: 'z' }, { key: 'p1', text: 'page' })).toEqual([])
  })

  it('a notice reaches one platform only', async () => {
    const tg = new Platformed('telegram', new Set(['b']))
    const sl = new Platformed('slack', new Set(['a', 'b']))
    const n = new FanoutNotifier([tg, sl])
    expect(await n.notify({ personId: 'b' }, { key: 'n1', text: 'notice', reach: 'one' })).toEqual(['telegram'])
    expect(await n.notify({ personId: 'a' }, { key: 'n1', text: 'notice', reach: 'one' })).toEqual(['slack'])
    expect(sl.got).toEqual(['a:n1'])
  })

  it('one broken platform does not stop a page on another; all broken is an error, not "unreachable"', async () => {
    const ok = new Platformed('slack', new Set(['a']))
    expect(await new FanoutNotifier([new Platformed('telegram', new Set(), true), ok]).notify({ personId: 'a' }, { key: 'p', text: 'x' })).toEqual(['slack'])
    await expect(new FanoutNotifier([new Platformed('telegram', new Set(), true)]).notify({ personId: 'a' }, { key: 'p', text: 'x' })).rejects.toThrow('telegram down')
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InboundEvent, Reply } from '../../core/model/events.js'

/** What a person sees of one platform message: its text (as displayed) and its buttons. */
export interface SeenMessage {
  text: string
  buttons: { label: string; action: string }[]
}

/**
 * How the contract drives one adapter: `deliver` feeds a real platform payload sample of the
 * given kind through the adapter's receiving path and returns the InboundEvent the core got;
 * `render` sends a Reply through the adapter and returns what the person's chat shows.
 */
export interface AdapterHarness {
  platform: InboundEvent['platform']
  textLimit: number
  deliver(sample: { kind: 'text'; userId: string; text: string; updateId?: number } | { kind: 'command'; userId: string; text: string } | { kind: 'button'; userId: string; action: string }): Promise<InboundEvent>
  render(chatId: string, reply: Reply): Promise<SeenMessage[]>
  close(): Promise<void>
}

const TOKEN = 'Qm9vbVpKdGFuX3Rva2VuMA' // 22 characters, the shape of the core's tokens

/** The suite every platform adapter passes: each event kind in, each reply kind out. */
export function adapterContract(name: string, make: () => Promise<AdapterHarness>): void {
  describe(`adapter contract: ${name}`, () => {
    let a: AdapterHarness
    beforeEach(async () => {
      a = await make()
    })
    afterEach(async () => {
      await a.close()
    })

    it('text in: a message event with the text as typed, who and where', async () => {
      const e = await a.deliver({ kind: 'text', userId: '700000118', text: '党费怎么交？<急> & 谢谢' })
      expect(e).toMatchObject({ kind: 'message', platform: a.platform, userId: '700000118', text: '党费怎么交？<急> & 谢谢' })
      expect(e.chatId).toBeTruthy()
      expect(e.id).toBeTruthy()
    })

    it('text in: the same platform delivery twice gives the same event id (the core de-duplicates on it)', async () => {
      const first = await a.deliver({ kind: 'text', userId: '700000118', text: 'hi', updateId: 990001 })
      const again = await a.deliver({ kind: 'text', userId: '700000118', text: 'hi', updateId: 990001 })
      expect(again.id).toBe(first.id)
    })

    it('command in: the command and its payload reach the core verbatim', async () => {
      const e = await a.deliver({ kind: 'command', userId: '810000001', text: '/start e-e_np_kerui_pharma' })
      expect(e).toMatchObject({ kind: 'message', userId: '810000001', text: '/start e-e_np_kerui_pharma' })
    })

    it('button in: an action event carrying the opaque token, and the presser', async () => {
      const e = await a.deliver({ kind: 'button', userId: '700000101', action: TOKEN })
      expect(e).toMatchObject({ kind: 'action', userId: '700000101', action: TOKEN })
    })

    it('text out: shown exactly as written, markup characters included', async () => {
      const text = '会议 <周五> 14:00 & 请带 "党员证"'
      const seen = await a.render('700000118', { text })
      expect(seen.map((m) => m.text)).toEqual([text])
      expect(seen[0]!.buttons).toEqual([])
    })

    it('long text out: split at line boundaries under the platform limit, nothing lost', async () => {
      const line = (i: number) => `${String(i).padStart(4, '0')} ${'党员服务中心地址与开放时间'.repeat(6)}`
      const lines = Array.from({ length: Math.ceil((a.textLimit * 2.5) / line(0).length) }, (_, i) => line(i))
      const text = lines.join('\n')
      const seen = await a.render('700000118', { text })
      expect(seen.length).toBeGreaterThanOrEqual(3)
      for (const m of seen) {
        expect(m.text.length).toBeLessThanOrEqual(a.textLimit)
        // Every piece is whole lines.
        for (const l of m.text.split('\n')) expect(lines).toContain(l)
      }
      expect(seen.map((m) => m.text).join('\n')).toBe(text)
    })

    it('choices out: one button per choice, with its label and token, under the last piece', async () => {
      const choices = [
        { label: '同意', action: TOKEN, style: 'primary' as const },
        { label: '不同意', action: 'Zm9yZ2VkX2J1dHRvbl8xMg', style: 'danger' as const },
        { label: '重庆科瑞药业有限公司（南坪）', action: 'c2Vjb25kX2J1dHRvbl8xMg' },
      ]
      const seen = await a.render('700000101', { text: '林小明 申请加入 科瑞药业支部', choices })
      expect(seen).toHaveLength(1)
      expect(seen[0]!.buttons).toEqual(choices.map(({ label, action }) => ({ label, action })))
    })
  })
}

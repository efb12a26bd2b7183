import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishCommands } from '../../bots/telegram/telegram-commands.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { telegramHarness, type TelegramHarness } from '../support/telegram-harness.js'

describe('telegram command menus by role and language', () => {
  let h: TelegramHarness
  beforeEach(async () => {
    h = await telegramHarness({ start: false })
  })
  afterEach(async () => {
    await h.close()
  })

  it('sets zh and en default menus and a per-chat menu for each secretary and counselor', async () => {
    const dir = await fixtureDirectory()
    const scoped = await publishCommands(h.adapter.telegram, dir, { paceMs: 0 })
    const calls = h.emu.calls.filter((c) => c.method === 'setMyCommands')
    const names = (body: Record<string, unknown>) => (Array.isArray(body.commands) ? body.commands.map((c: { command: string }) => c.command) : [])

    const zh = calls.find((c) => !c.body.language_code && !c.body.scope)!
    expect(names(zh.body)).toEqual(['help', 'branch', 'dues', 'meetings', 'center', 'register', 'counselor', 'lang'])
    expect(JSON.stringify(zh.body.commands)).toContain('党费怎么交')
    const en = calls.find((c) => c.body.language_code === 'en')!
    expect(JSON.stringify(en.body.commands)).toContain('How to pay dues')

    const forChat = (id: number) => calls.find((c) => (c.body.scope as { chat_id?: number } | undefined)?.chat_id === id)
    // 陈建国, secretary of 科瑞药业: the secretary's commands, in Chinese.
    const secretary = forChat(700000101)!
    expect(secretary.body.scope).toEqual({ type: 'chat', chat_id: 700000101 })
    expect(names(secretary.body)).toEqual(expect.arrayContaining(['notice', 'roster', 'pending']))
    expect(names(secretary.body)).not.toContain('ack')
    const counselor = dir.data.people.find((p) => p.role === 'counselor' && p.telegram_id)!
    expect(names(forChat(Number(counselor.telegram_id))!.body)).toEqual(expect.arrayContaining(['alerts', 'ack', 'resolve']))
    // Members keep the default menu: no per-chat list for them.
    expect(forChat(700000118)).toBeUndefined()
    expect(scoped).toBe(dir.data.people.filter((p) => p.telegram_id && p.role !== 'member').length)
  })
})

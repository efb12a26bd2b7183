import { describe, expect, it } from 'vitest'
import { hotlines, loadEnv } from '../../core/config/env.js'

describe('configuration', () => {
  it('has the documented defaults', () => {
    const env = loadEnv({})
    expect(env.LIANXIN_TZ).toBe('Asia/Shanghai')
    expect(env.ALERT_ACK_TIMEOUT_IMMINENT).toBe(120_000)
    expect(env.ALERT_ACK_TIMEOUT_HIGH).toBe(300_000)
    expect(env.ALERT_ACK_TIMEOUT_CONCERN).toBe(1_800_000)
    expect(env.PORT).toBe(3000)
    expect(env.REDIS_URL).toBeUndefined()
    expect(hotlines(env).map((h) => h.number)).toEqual(['12356', '110', '120'])
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ ALERT_ACK_TIMEOUT_HIGH: 'five minutes' }, 'ALERT_ACK_TIMEOUT_HIGH'],
    [{ LIANXIN_TZ: 'Mars/Olympus' }, 'LIANXIN_TZ'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ LIANXIN_ROLE: 'everything' }, 'LIANXIN_ROLE'],
    [{ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook' }, 'TELEGRAM_WEBHOOK_SECRET'],
  ])('a wrong value stops with one line naming the variable: %o', (source, variable) => {
    expect(() => loadEnv(source)).toThrowError(new RegExp(`^${variable}: `))
    try {
      loadEnv(source)
    } catch (err) {
      expect((err as Error).message).not.toContain('\n')
      expect((err as { code?: string }).code).toBe('CONFIG_INVALID')
    }
  })

  it('never echoes a secret value in the error', () => {
    expect(() => loadEnv({ SLACK_BOT_TOKEN: 'not-a-real-secret-123' })).toThrowError(/^SLACK_BOT_TOKEN: /)
    try {
      loadEnv({ SLACK_BOT_TOKEN: 'not-a-real-secret-123' })
    } catch (err) {
      expect((err as Error).message).not.toContain('not-a-real-secret-123')
    }
  })

  it('treats empty variables as unset', () => {
    expect(loadEnv({ REDIS_URL: '', PORT: '' }).PORT).toBe(3000)
  })
})

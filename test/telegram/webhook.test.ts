import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { telegramWebhookHandler, TELEGRAM_WEBHOOK_PATH } from '../../bots/telegram/telegram-webhook.js'
import { eventually } from '../support/telegram-emulator.js'
import { telegramFixture } from '../support/telegram-fixtures.js'
import { telegramHarness, type TelegramHarness } from '../support/telegram-harness.js'

const SECRET = 'wh_s3cret-token'
const MEMBER = 700000118

describe('telegram webhook mode on the shared HTTP server', () => {
  let h: TelegramHarness
  let server: Server
  let url: string
  beforeEach(async () => {
    server = createServer()
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TELEGRAM_WEBHOOK_PATH}`
    h = await telegramHarness({ adapter: { webhook: { url, secret: SECRET } } })
    const route = telegramWebhookHandler((u) => h.adapter.handleUpdate(u), SECRET)
    server.on('request', async (req, res) => {
      if (!(await route(req, res))) res.writeHead(404).end()
    })
  })
  afterEach(async () => {
    server.closeAllConnections()
    await new Promise<void>((r) => server.close(() => r()))
    await h.close()
  })

  const post = (body: unknown, secret?: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) }, body: JSON.stringify(body) })

  it('registers the webhook with its secret at start', () => {
    const set = h.emu.calls.find((c) => c.method === 'setWebhook')
    expect(set?.body).toMatchObject({ url, secret_token: SECRET })
  })

  it('answers an update that carries the secret, once even when Telegram delivers it twice', async () => {
    const update = telegramFixture('message-text')
    expect((await post(update, SECRET)).status).toBe(200)
    expect((await post(update, SECRET)).status).toBe(200)
    const inbox = await eventually(() => h.emu.sentTo(MEMBER), (l) => l.length >= 1)
    expect(inbox[0]!.message.text).toMatch(/党费/)
    await new Promise((r) => setTimeout(r, 300))
    expect(h.emu.sentTo(MEMBER)).toHaveLength(1)
  })

  it('refuses an update without the secret or with a wrong one (401) and changes nothing', async () => {
    const update = telegramFixture('message-text')
    expect((await post(update)).status).toBe(401)
    expect((await post(update, 'wrong-secret')).status).toBe(401)
    await new Promise((r) => setTimeout(r, 200))
    expect(h.emu.sentTo(MEMBER)).toEqual([])
    // Not even the seen-set was touched: the same update with the secret is still answered.
    expect((await post(update, SECRET)).status).toBe(200)
    await eventually(() => h.emu.sentTo(MEMBER), (l) => l.length === 1)
  })

  it('leaves other paths to the next route and answers bad JSON with 400', async () => {
    expect((await fetch(url.replace(TELEGRAM_WEBHOOK_PATH, '/healthz'))).status).toBe(404)
    const bad = await fetch(url, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': SECRET }, body: '{not json' })
    expect(bad.status).toBe(400)
  })
})

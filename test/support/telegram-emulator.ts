import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js'
import { z } from 'zod'
import { guarded } from './http-handler.js'

/** A free local TCP port (the emulator's config turns port 0 into 9000). */
export async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

export interface ApiCall {
  method: string
  body: Record<string, unknown>
}

const BotMessage = z.object({
  messageId: z.number(),
  message: z.object({
    chat_id: z.union([z.string(), z.number()]),
    text: z.string(),
    parse_mode: z.string().optional(),
    protect_content: z.boolean().optional(),
    reply_markup: z.object({ inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string() }))) }).optional(),
  }),
})
export type BotMessage = z.infer<typeof BotMessage>

export interface TelegramEmulator {
  /** The Bot API root for the adapter: a recording proxy in front of the emulator. */
  apiRoot: string
  server: TelegramServer
  /** Every Bot API call the bot made, in order (answerCallbackQuery texts, setMyCommands …). */
  calls: ApiCall[]
  /** What the bot sent to one chat, as the person's phone would show it. */
  sentTo(chatId: string | number): BotMessage[]
  stop(): Promise<void>
}

/**
 * telegram-test-api behind a small recording proxy: the emulator keeps messages and buttons,
 * but does not keep answerCallbackQuery texts and has no setMyCommands; the proxy records every
 * call and answers setMyCommands itself.
 */
export async function startTelegramEmulator(): Promise<TelegramEmulator> {
  const port = await freePort()
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 })
  await server.start()
  const calls: ApiCall[] = []
  const forward = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const c of req as AsyncIterable<Buffer>) chunks.push(c)
    const raw = Buffer.concat(chunks).toString('utf8')
    const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '?'
    const parsed = z.record(z.unknown()).safeParse(raw ? JSON.parse(raw) : {})
    if (method !== 'getUpdates') calls.push({ method, body: parsed.success ? parsed.data : {} })
    if (method === 'setMyCommands' || method === 'deleteMyCommands') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"result":true}')
      return
    }
    const upstream = await fetch(`${server.config.apiURL}${req.url}`, { method: req.method ?? 'POST', headers: { 'content-type': 'application/json' }, ...(req.method === 'GET' ? {} : { body: raw || '{}' }) })
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await upstream.arrayBuffer()))
  }
  // A long poll still open when a test stops the emulator ends in a reset, answered as a 502.
  const proxy: Server = createServer(guarded(forward))
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
  const proxyPort = (proxy.address() as AddressInfo).port
  return {
    apiRoot: `http://127.0.0.1:${proxyPort}`,
    server,
    calls,
    sentTo: (chatId) =>
      server.storage.botMessages
        .map((m) => BotMessage.parse(m))
        .filter((m) => String(m.message.chat_id) === String(chatId)),
    stop: async () => {
      proxy.closeAllConnections()
      await new Promise<void>((r) => proxy.close(() => r()))
      await server.stop()
    },
  }
}

/** Polls `read` until `done` holds (real HTTP is asynchronous); fails with what it last saw. */
export async function eventually<T>(read: () => T | Promise<T>, done: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs
  let last = await read()
  while (!done(last)) {
    if (Date.now() > until) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(last)?.slice(0, 800)}`)
    await new Promise((r) => setTimeout(r, 25))
    last = await read()
  }
  return last
}

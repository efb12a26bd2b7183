import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { guarded } from './http-handler.js'

/** What the stand-in answers to one sendMessage: a fault, or (undefined) success. */
export type Fault = { status: 429; retryAfter: number } | { status: 500 | 502 | 403 | 400; description?: string } | { delayMs: number } | undefined

export interface Accepted {
  chatId: string
  text: string
  at: number
}

const SendMessage = z.object({ chat_id: z.union([z.string(), z.number()]).transform(String), text: z.string() })

/**
 * A tiny Bot API for fault injection (the emulator does none): sendMessage asks `fault` what
 * to do with the n-th attempt for that chat and text, and records what it accepted, when.
 */
export async function startStandInBotApi(fault: (m: { chatId: string; text: string; attempt: number }) => Fault = () => undefined): Promise<{
  apiRoot: string
  accepted: Accepted[]
  attempts: Map<string, number>
  stop(): Promise<void>
}> {
  const accepted: Accepted[] = []
  const attempts = new Map<string, number>()
  const server: Server = createServer(guarded(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req as AsyncIterable<Buffer>) chunks.push(c)
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1]
    if (method !== 'sendMessage') return json(200, { ok: true, result: true })
    const m = SendMessage.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')))
    const k = `${m.chat_id}\n${m.text}`
    const attempt = (attempts.get(k) ?? 0) + 1
    attempts.set(k, attempt)
    const f = fault({ chatId: m.chat_id, text: m.text, attempt })
    if (f && 'delayMs' in f) await new Promise((r) => setTimeout(r, f.delayMs))
    else if (f?.status === 429) return json(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${f.retryAfter}`, parameters: { retry_after: f.retryAfter } })
    else if (f && f.status >= 500) return res.writeHead(f.status).end('Bad Gateway')
    else if (f) return json(f.status, { ok: false, error_code: f.status, description: f.description ?? 'Forbidden: bot was blocked by the user' })
    accepted.push({ chatId: m.chat_id, text: m.text, at: Date.now() })
    return json(200, { ok: true, result: { message_id: accepted.length, date: Math.floor(Date.now() / 1000), chat: { id: Number(m.chat_id), type: 'private' }, text: m.text } })
  }))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accepted,
    attempts,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}

/** The most messages accepted within any window of `ms` (a sliding window over the log). */
export function maxInWindow(times: number[], ms: number): number {
  const t = [...times].sort((a, b) => a - b)
  let best = 0
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= ms) j++
    best = Math.max(best, i - j + 1)
  }
  return best
}

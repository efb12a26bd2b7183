import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { guarded } from './http-handler.js'
import type { SeenMessage } from './adapter-contract.js'

export const SLACK_TOKEN = 'xoxb-test-lianxin'
export const BOT_USER = 'U0LIANXIN'

/** What the stand-in does with the n-th call of a method for one channel and text. */
export type SlackFault = { status: 429; retryAfter: number } | { status: 500 | 503 } | { error: string } | { delayMs: number } | undefined

/** A message a person sees: posted, ephemeral (only `user` sees it) or sent to a response_url. */
export interface Posted {
  via: 'chat.postMessage' | 'chat.postEphemeral' | 'response_url'
  channel: string
  user?: string
  threadTs?: string
  ts: string
  text: string
  blocks: unknown[]
  at: number
}

export interface Call {
  method: string
  args: Record<string, unknown>
  at: number
}

const Block = z.object({ type: z.string(), text: z.object({ text: z.string() }).optional(), elements: z.array(z.object({ text: z.object({ text: z.string() }), value: z.string() })).optional() })

/** The Block Kit of a message as the Slack app displays it: section texts unescaped, the buttons. */
export function seen(p: Pick<Posted, 'blocks'>): SeenMessage {
  const blocks = z.array(Block).parse(p.blocks)
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return {
    text: blocks.filter((b) => b.type === 'section').map((b) => unescape(b.text?.text ?? '')).join('\n'),
    buttons: blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])).map((e) => ({ label: e.text.text, action: e.value })),
  }
}

const STRUCTURED = new Set(['blocks', 'view', 'attachments'])

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.startsWith('application/json')) return z.record(z.unknown()).parse(JSON.parse(raw || '{}'))
  const out: Record<string, unknown> = {}
  // @slack/web-api sends form fields, objects (blocks, view) as JSON strings.
  // Only the structured fields are JSON: a text may well start with "[" ("[Meeting notice] …").
  for (const [k, v] of new URLSearchParams(raw)) out[k] = STRUCTURED.has(k) && /^[[{]/.test(v) ? JSON.parse(v) : v
  return out
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/**
 * A local Slack Web API (SLACK_API_URL) for the methods Lianxin calls, plus response_url
 * endpoints; records every call and every message a person would see. `fault` injects 429 with
 * Retry-After, 5xx, ok:false errors or slowness (the emulator on npm does none of these).
 */
export async function startSlackStandIn(o: { fault?: (c: { method: string; channel: string; text: string; attempt: number }) => SlackFault; locales?: Record<string, string> } = {}) {
  const calls: Call[] = []
  const posted: Posted[] = []
  const attempts = new Map<string, number>()
  let ts = 1_764_000_000
  const server: Server = createServer(guarded(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req as AsyncIterable<Buffer>) chunks.push(c)
    const args = parseArgs(Buffer.concat(chunks).toString('utf8'), String(req.headers['content-type'] ?? ''))
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
    const url = req.url ?? ''
    const nextTs = () => `${++ts}.000100`
    if (url.startsWith('/response/')) {
      posted.push({ via: 'response_url', channel: url.slice('/response/'.length), ts: nextTs(), text: str(args.text), blocks: Array.isArray(args.blocks) ? args.blocks : [], at: Date.now() })
      return json(200, { ok: true })
    }
    const method = /^\/api\/([\w.]+)/.exec(url)?.[1] ?? ''
    calls.push({ method, args, at: Date.now() })
    if (req.headers.authorization !== `Bearer ${SLACK_TOKEN}`) return json(200, { ok: false, error: 'invalid_auth' })
    const channel = str(args.channel)
    const k = `${method}\n${channel}\n${str(args.text)}`
    const attempt = (attempts.get(k) ?? 0) + 1
    attempts.set(k, attempt)
    const f = o.fault?.({ method, channel, text: str(args.text), attempt })
    if (f && 'delayMs' in f) await new Promise((r) => setTimeout(r, f.delayMs))
    else if (f && 'status' in f && f.status === 429) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(f.retryAfter) })
    else if (f && 'status' in f) return void res.writeHead(f.status).end('upstream error')
    else if (f && 'error' in f) return json(200, { ok: false, error: f.error })
    switch (method) {
      case 'auth.test':
        return json(200, { ok: true, user_id: BOT_USER, bot_id: 'B0LIANXIN', team_id: 'T0LIANXIN' })
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const p: Posted = { via: method, channel, ts: nextTs(), text: str(args.text), blocks: Array.isArray(args.blocks) ? args.blocks : [], at: Date.now(), ...(args.user ? { user: str(args.user) } : {}), ...(args.thread_ts ? { threadTs: str(args.thread_ts) } : {}) }
        posted.push(p)
        return json(200, method === 'chat.postMessage' ? { ok: true, channel, ts: p.ts } : { ok: true, message_ts: p.ts })
      }
      case 'conversations.open':
        // The app DM of U0ABC is D0ABC here.
        return json(200, { ok: true, channel: { id: `D${str(args.users).slice(1)}` } })
      case 'users.info':
        return json(200, { ok: true, user: { id: str(args.user), locale: o.locales?.[str(args.user)] ?? 'zh-CN' } })
      case 'chat.update': {
        // Edits in place, as Slack does: same channel and ts, new text and blocks.
        const m = posted.find((p) => p.channel === channel && p.ts === str(args.ts))
        if (!m) return json(200, { ok: false, error: 'message_not_found' })
        m.text = str(args.text)
        m.blocks = Array.isArray(args.blocks) ? args.blocks : []
        return json(200, { ok: true, channel, ts: m.ts })
      }
      case 'views.open':
      case 'views.publish':
        return json(200, { ok: true, view: { id: `V${calls.length}` } })
      default:
        return json(200, { ok: false, error: 'unknown_method' })
    }
  }))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    calls,
    posted,
    attempts,
    /** Messages this person sees in this channel (posted, plus ephemerals for them), oldest first. */
    inChannel: (channel: string) => posted.filter((p) => p.channel === channel),
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}
export type SlackStandIn = Awaited<ReturnType<typeof startSlackStandIn>>

/** Polls until `check` gives a value (not undefined/false) or the time is up. */
export async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 8000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== false) return v
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { App, Receiver, ReceiverEvent } from '@slack/bolt'
import { z } from 'zod'
import { checkSlackSignature, type SignatureCheck } from './slack-signature.js'

export const SLACK_EVENTS_PATH = '/slack/events'
const MAX_BODY = 1_000_000
/** Slack waits 3 s for the HTTP answer; a listener that has not acked by then gets an empty 200. */
const ACK_DEADLINE_MS = 2500

const Body = z.record(z.unknown())
const UrlVerification = z.object({ type: z.literal('url_verification'), challenge: z.string().max(200) })

export interface SlackReceiverOptions {
  signingSecret: string
  ackDeadlineMs?: number
  now?: () => number
  /** Codes only: a rejected request says why, never what it carried. */
  onReject?: (info: { where: 'signature' | 'body'; code: SignatureCheck | 'too_large' | 'unparsable' }) => void
  onError?: (info: { where: string; code: string }) => void
}

/**
 * bolt's Receiver on the shared HTTP server: POST /slack/events (events, slash commands and
 * interactions) as a `(req, res) => Promise<boolean>` route. The signature is checked on the
 * raw body before anything is parsed; a bad, missing or stale one gets 401 and reaches nothing.
 * The route answers as soon as the listener acks (or at the deadline), and the listener's slow
 * work goes on after the answer, tracked so stop() can let it finish.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined
  private readonly inflight = new Set<Promise<void>>()

  constructor(private readonly o: SlackReceiverOptions) {}

  init(app: App): void {
    this.app = app
  }

  // The shared HTTP server owns the port: nothing to open or close here.
  async start(): Promise<void> {}

  async stop(): Promise<void> {
    await Promise.allSettled([...this.inflight])
  }

  readonly route = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.url ?? '').split('?')[0] !== SLACK_EVENTS_PATH) return false
    if (req.method !== 'POST') return answer(res, 405, '', { Allow: 'POST' })
    let raw: string
    try {
      raw = await readBody(req)
    } catch {
      this.o.onReject?.({ where: 'body', code: 'too_large' })
      return answer(res, 413)
    }
    const check = checkSlackSignature({ secret: this.o.signingSecret, rawBody: raw, timestamp: req.headers['x-slack-request-timestamp'], signature: req.headers['x-slack-signature'], ...(this.o.now ? { nowMs: this.o.now() } : {}) })
    if (check !== 'ok') {
      this.o.onReject?.({ where: 'signature', code: check })
      return answer(res, 401)
    }
    const body = parseBody(raw, String(req.headers['content-type'] ?? ''))
    if (!body) {
      this.o.onReject?.({ where: 'body', code: 'unparsable' })
      return answer(res, 400)
    }
    const challenge = UrlVerification.safeParse(body)
    if (challenge.success) return answer(res, 200, JSON.stringify({ challenge: challenge.data.challenge }), { 'content-type': 'application/json' })
    if (body.ssl_check !== undefined) return answer(res, 200)
    if (!this.app) return answer(res, 503)

    let acked = false
    let onAck: () => void = () => undefined
    const ackedNow = new Promise<void>((resolve) => (onAck = resolve))
    const ack = async (response?: unknown): Promise<void> => {
      if (acked) return
      acked = true
      if (response === undefined || response === '') answer(res, 200)
      else if (typeof response === 'string') answer(res, 200, response)
      else answer(res, 200, JSON.stringify(response), { 'content-type': 'application/json' })
      onAck()
    }
    const retry = Number(req.headers['x-slack-retry-num'])
    const reason = req.headers['x-slack-retry-reason']
    const event: ReceiverEvent = { body, ack, ...(Number.isInteger(retry) ? { retryNum: retry } : {}), ...(typeof reason === 'string' ? { retryReason: reason } : {}) }
    const deadline = setTimeout(() => void ack(), this.o.ackDeadlineMs ?? ACK_DEADLINE_MS)
    const work: Promise<void> = this.app
      .processEvent(event)
      .catch((err: unknown) => {
        this.o.onError?.({ where: 'processEvent', code: codeOf(err) })
        // Not acked yet: a 500 lets Slack deliver the event again.
        if (!acked) {
          acked = true
          answer(res, 500)
          onAck()
        }
      })
      .finally(() => {
        clearTimeout(deadline)
        this.inflight.delete(work)
      })
    this.inflight.add(work)
    await Promise.race([ackedNow, work])
    return true
  }
}

/** JSON (Events API), form fields (slash commands), or a form with one JSON `payload` (interactions). */
function parseBody(raw: string, contentType: string): Record<string, unknown> | null {
  try {
    if (contentType.startsWith('application/json')) return Body.parse(JSON.parse(raw))
    const form = new URLSearchParams(raw)
    const payload = form.get('payload')
    if (payload !== null) return Body.parse(JSON.parse(payload))
    return Object.fromEntries(form.entries())
  } catch {
    return null
  }
}

function answer(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): true {
  if (res.headersSent) return true
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  res.end(body)
  return true
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY) throw new RangeError('body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function codeOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err) return String(err.code)
  return err instanceof Error ? err.name : 'unknown'
}

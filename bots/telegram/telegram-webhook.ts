import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook'
const MAX_BODY = 1_000_000
const SECRET_HEADER = 'x-telegram-bot-api-secret-token'

/** Compares secrets in constant time (hashing first makes the lengths equal). */
function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/**
 * POST /telegram/webhook for the shared node:http server. Returns false for any other path so
 * the server can try its next route. A request without the right secret token gets 401 and its
 * body is never read, so it changes nothing. A core failure answers 500: Telegram delivers the
 * update again, and the core's seen-set keeps the retry from acting twice.
 */
export function telegramWebhookHandler(handleUpdate: (raw: unknown) => Promise<void>, secret: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '').split('?')[0]
    if (path !== TELEGRAM_WEBHOOK_PATH) return false
    if (req.method !== 'POST') return answer(res, 405, { Allow: 'POST' })
    if (!sameSecret(req.headers[SECRET_HEADER], secret)) {
      req.resume()
      return answer(res, 401)
    }
    let raw: unknown
    try {
      raw = JSON.parse(await readBody(req))
    } catch (err) {
      return answer(res, err instanceof RangeError ? 413 : 400)
    }
    try {
      await handleUpdate(raw)
      return answer(res, 200)
    } catch {
      return answer(res, 500)
    }
  }
}

function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  res.end(status === 200 ? 'ok' : String(status))
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

import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Wraps a stand-in server's async handler: a request reset mid-read, or a long poll cut off when a
 * test stops the server, ends in a 502 (or a closed socket) instead of an unhandled rejection
 * that would fail the whole test run.
 */
export function guarded(handler: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"ok":false,"error":"stand-in failed"}')
      else res.destroy()
    })
  }
}

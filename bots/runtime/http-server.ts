import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/** A route answers true when it handled the request. */
export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>

/** The one HTTP server on PORT: platform webhooks first, then health. */
export async function startHttpServer(port: number, routes: Route[]): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return
      if (req.method === 'GET' && req.url === '/healthz') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
        return
      }
      res.writeHead(404).end()
    } catch {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve())
  })
  return server
}

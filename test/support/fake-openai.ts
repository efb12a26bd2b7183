import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// A local OpenAI-compatible server for the real openai and LangChain clients. Each test
// scripts what it answers; every request body is recorded, so a test can assert on exactly
// what left the process.

export interface FakeRequest {
  path: string
  body: Record<string, unknown>
  /** The request body as received (to search for leaked data). */
  raw: string
  /** The structured-output function name (tools) or json_schema name, when the client sent one. */
  task: string | null
  /** How structured output was asked for. */
  mode: 'tools' | 'json_object' | 'json_schema' | 'plain'
  /** Text of the user message(s). */
  user: string
}

export type FakeReply =
  /** A structured answer, sent as a tool call or as JSON content, as the request asked. */
  | { json: unknown; usage?: { prompt: number; completion: number }; delayMs?: number }
  /** Raw assistant content or tool arguments, e.g. invalid JSON. */
  | { malformed: string; delayMs?: number }
  | { status: number; delayMs?: number }

export type FakeScript = (req: FakeRequest) => FakeReply | Promise<FakeReply>

export interface FakeOpenAi {
  /** The base URL to give the clients (…/v1). */
  baseURL: string
  requests: FakeRequest[]
  /** Replaces the script for the following requests. */
  script(fn: FakeScript): void
  /** The categories /moderations flags from now on (none at start). */
  moderation(categories: string[]): void
  /** Chat-completion requests only. */
  chatRequests(): FakeRequest[]
  close(): Promise<void>
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function describe(body: Record<string, unknown>): Pick<FakeRequest, 'task' | 'mode' | 'user'> {
  const tools = body.tools as { function: { name: string } }[] | undefined
  const format = body.response_format as { type: string; json_schema?: { name?: string } } | undefined
  const messages = (body.messages as { role: string; content: unknown }[] | undefined) ?? []
  const user = messages
    .filter((m) => m.role === 'user')
    .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
    .join('\n')
  if (tools?.length) return { task: tools[0]!.function.name, mode: 'tools', user }
  if (format?.type === 'json_schema') return { task: format.json_schema?.name ?? null, mode: 'json_schema', user }
  if (format?.type === 'json_object') return { task: null, mode: 'json_object', user }
  return { task: null, mode: 'plain', user }
}

function completion(req: FakeRequest, model: unknown, content: string, usage: { prompt: number; completion: number }): unknown {
  const message =
    req.mode === 'tools'
      ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: req.task, arguments: content } }] }
      : { role: 'assistant', content }
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: typeof model === 'string' ? model : 'fake',
    choices: [{ index: 0, message, finish_reason: req.mode === 'tools' ? 'tool_calls' : 'stop', logprobs: null }],
    usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
  }
}

export async function startFakeOpenAi(initial: FakeScript = () => ({ status: 500 })): Promise<FakeOpenAi> {
  let script = initial
  let flags: string[] = []
  const requests: FakeRequest[] = []

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: Record<string, unknown> = {}
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
    } catch {
      return send(res, 400, { error: { message: 'invalid JSON body' } })
    }
    const path = (req.url ?? '').replace(/\?.*$/, '')
    const recorded: FakeRequest = { path, body, raw, ...describe(body) }
    requests.push(recorded)
    if (path.endsWith('/moderations')) {
      const categories = Object.fromEntries(flags.map((c) => [c, true]))
      return send(res, 200, { id: 'modr-fake', model: 'omni-moderation-latest', results: [{ flagged: flags.length > 0, categories, category_scores: {} }] })
    }
    if (!path.endsWith('/chat/completions')) return send(res, 404, { error: { message: `no route ${path}` } })
    const reply = await script(recorded)
    if (reply.delayMs) await sleep(reply.delayMs)
    if ('status' in reply) return send(res, reply.status, { error: { message: 'scripted failure', type: 'server_error' } })
    if ('malformed' in reply) return send(res, 200, completion(recorded, body.model, reply.malformed, { prompt: 5, completion: 1 }))
    return send(res, 200, completion(recorded, body.model, JSON.stringify(reply.json), reply.usage ?? { prompt: 42, completion: 7 }))
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch(() => send(res, 500, { error: { message: 'fake server failed' } }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (fn) => {
      script = fn
    },
    moderation: (categories) => {
      flags = categories
    },
    chatRequests: () => requests.filter((r) => r.path.endsWith('/chat/completions')),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

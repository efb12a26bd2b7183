import type { z } from 'zod'

// The one interface the core needs from a language model. Implementations live in bots/llm/
// (LangChain, the openai client); core/ never imports them.

/** The tasks the LLM may do. Each selects or rephrases; none decides an action. */
export type TaskId = 'intent' | 'answer_phrasing' | 'distress_opinion'

/** A prompt file's contract: what is sent, and the zod schema of what must come back. */
export interface PromptTask<I, O> {
  id: TaskId
  /** Bumped whenever the wording or schema changes: part of the cache key and of the logs. */
  version: string
  /** Instructions. Never contains member text. */
  system: string
  /** The member's data as one user message, delimited as data (see delimitData). */
  render(input: I): string
  schema: z.ZodType<O, z.ZodTypeDef, unknown>
}

/** What one call sends over the wire: fixed instructions plus masked, delimited data. */
export interface LlmRequest {
  task: TaskId
  version: string
  system: string
  user: string
  /** The schema the answer must fit; clients pass it to structured output. */
  schema: z.ZodTypeAny
}

export interface LlmUsage {
  inputTokens: number
  outputTokens: number
}

export interface LlmCompletion {
  /** The parsed structured answer, still untrusted: the service validates it again. Null when the model's output could not be parsed. */
  value: unknown
  usage: LlmUsage
}

export interface LlmCallOptions {
  signal: AbortSignal
  timeoutMs: number
}

export interface LlmClient {
  /** For logs and the cache key (a different model must not reuse another model's answers). */
  readonly model: string
  complete(request: LlmRequest, options: LlmCallOptions): Promise<LlmCompletion>
  /** A moderation endpoint, when the server has one: the names of the categories it flags. */
  moderate?(text: string, signal: AbortSignal): Promise<{ flagged: boolean; categories: string[] }>
}

/** Why a deterministic result was used instead of the model's. Logged as is: never text. */
export type FallbackReason =
  | 'not_configured'
  | 'sensitive_denied'
  | 'timeout'
  | 'error'
  | 'schema'
  | 'invented_fact'
  | 'dropped_fact'

/** One line per request for logs and metrics: codes and numbers only. */
export interface LlmLogEvent {
  task: TaskId
  version: string
  outcome: 'llm' | 'cache' | 'fallback'
  reason?: FallbackReason
  latencyMs: number
  usage?: LlmUsage
}

export type LlmLogger = (event: LlmLogEvent) => void

const OPEN = '<member_message>'
const CLOSE = '</member_message>'

/**
 * Wraps member text as data. Any delimiter-looking tag inside the text is removed so the text
 * cannot close the block and speak as instructions.
 */
export function delimitData(text: string, tag = 'member_message'): string {
  const cleaned = text.replace(/<\s*\/?\s*[a-z_]*(message|facts|data)[a-z_]*\s*>/gi, ' ')
  return tag === 'member_message' ? `${OPEN}\n${cleaned}\n${CLOSE}` : `<${tag}>\n${cleaned}\n</${tag}>`
}

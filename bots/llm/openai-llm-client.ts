import { HumanMessage, SystemMessage } from '@langchain/core/messages'
import type { Runnable } from '@langchain/core/runnables'
import { ChatOpenAI } from '@langchain/openai'
import OpenAI from 'openai'
import type { LlmCallOptions, LlmClient, LlmCompletion, LlmRequest } from '../../core/llm/llm-port.js'

/**
 * How structured output is asked for. functionCalling (tools) works with OpenAI, DeepSeek,
 * Qwen's compatible mode, vLLM and Ollama; jsonMode (response_format json_object) is for
 * servers without tools; jsonSchema is OpenAI's strict mode, which many compatible servers
 * reject, so it is never the default (LangChain's own default for unknown models is jsonSchema).
 */
export type StructuredMethod = 'functionCalling' | 'jsonMode' | 'jsonSchema'

export interface OpenAiLlmOptions {
  model: string
  apiKey?: string | undefined
  /** Any OpenAI-compatible server (Ollama, vLLM, DeepSeek, Qwen compatible mode). */
  baseURL?: string | undefined
  method?: StructuredMethod
}

interface StructuredAnswer {
  raw: { usage_metadata?: { input_tokens?: number; output_tokens?: number } }
  parsed: unknown
}

/**
 * The LLM port over LangChain's ChatOpenAI. No retries: the core falls back to its
 * deterministic answer instead, so a member never waits on a second attempt.
 */
export class OpenAiLlmClient implements LlmClient {
  readonly model: string
  readonly method: StructuredMethod
  private readonly chat: ChatOpenAI
  private readonly openai: OpenAI
  private readonly structured = new Map<string, Runnable<(SystemMessage | HumanMessage)[], StructuredAnswer>>()

  constructor(o: OpenAiLlmOptions) {
    this.model = o.model
    this.method = o.method ?? 'functionCalling'
    // Local servers need no key, but both clients refuse to start without one.
    const apiKey = o.apiKey ?? 'not-needed'
    this.chat = new ChatOpenAI({ model: o.model, apiKey, temperature: 0, maxRetries: 0, configuration: { baseURL: o.baseURL } })
    this.openai = new OpenAI({ apiKey, baseURL: o.baseURL, maxRetries: 0 })
  }

  async complete(request: LlmRequest, options: LlmCallOptions): Promise<LlmCompletion> {
    const runnable = this.runnableFor(request)
    const answer = await runnable.invoke([new SystemMessage(request.system), new HumanMessage(request.user)], { signal: options.signal, timeout: options.timeoutMs })
    const usage = answer.raw.usage_metadata
    // includeRaw turns a parse failure into parsed: null; the service reads that as a schema failure.
    return { value: answer.parsed ?? null, usage: { inputTokens: usage?.input_tokens ?? 0, outputTokens: usage?.output_tokens ?? 0 } }
  }

  /**
   * Moderation has no LangChain equivalent, so it uses the openai client directly. Optional:
   * many compatible servers have no /moderations endpoint; callers treat a throw as "unknown".
   */
  async moderate(text: string, signal?: AbortSignal): Promise<{ flagged: boolean; categories: string[] }> {
    const r = await this.openai.moderations.create({ input: text }, signal ? { signal } : {})
    const first = r.results[0]
    if (!first) return { flagged: false, categories: [] }
    const categories = Object.entries(first.categories as unknown as Record<string, boolean>).filter(([, on]) => on).map(([k]) => k)
    return { flagged: first.flagged, categories }
  }

  private runnableFor(request: LlmRequest): Runnable<(SystemMessage | HumanMessage)[], StructuredAnswer> {
    const key = `${request.task}@${request.version}`
    let r = this.structured.get(key)
    if (!r) {
      r = this.chat.withStructuredOutput(request.schema, { name: request.task, method: this.method, includeRaw: true }) as unknown as Runnable<(SystemMessage | HumanMessage)[], StructuredAnswer>
      this.structured.set(key, r)
    }
    return r
  }
}

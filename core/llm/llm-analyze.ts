import { analyzeLine, type Analyzer } from '../nlu/analyze-line.js'
import { distressSecondOpinion } from './distress-opinion.js'
import type { LlmLogEvent } from './llm-port.js'
import type { LlmService } from './llm-service.js'
import { understandWithLlm } from './llm-understand.js'

/**
 * `analyze --llm`: the same contract as analyzeLine (same keys, same errors), with intent and
 * ids from the LLM path and the distress level raised by the second opinion when
 * LLM_SENSITIVE=allow. Without a model it returns exactly what analyzeLine returns.
 */
export async function analyzeLineWithLlm(a: Analyzer, line: string, llm: LlmService, today: string): Promise<Record<string, unknown>> {
  const base = analyzeLine(a, line)
  if ('error' in base || !llm.configured) return base
  const { text } = JSON.parse(line) as { text: string }
  const { understanding: u } = await understandWithLlm(llm, text, a.directory, a.index, { today })
  const distress = base.distress as Parameters<typeof distressSecondOpinion>[2]
  const opinion = llm.allowsSensitive ? (await distressSecondOpinion(llm, text, distress, a.directory)).assessment : distress
  return {
    id: base.id,
    intent: u.intent,
    enterprise_id: u.company.kind === 'one' ? u.company.enterprise.id : null,
    branch_id: u.branch?.id ?? null,
    center_id: u.center?.id ?? null,
    distress: opinion,
  }
}

/** Runs `work` over items with at most `limit` in flight, results in input order. */
export async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return out
}

/** One line for the evaluation scripts: how the model did (outcomes, fallback reasons, tokens, latency). */
export function llmSummary(events: readonly LlmLogEvent[]): string {
  const count = (f: (e: LlmLogEvent) => boolean) => events.filter(f).length
  const reasons = new Map<string, number>()
  for (const e of events) if (e.reason) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1)
  const called = events.filter((e) => e.outcome !== 'cache' && e.reason !== 'not_configured' && e.reason !== 'sensitive_denied').map((e) => e.latencyMs).sort((a, b) => a - b)
  const pct = (p: number) => (called.length ? called[Math.min(called.length - 1, Math.floor(p * called.length))]! : 0)
  const tokens = events.reduce((t, e) => [t[0]! + (e.usage?.inputTokens ?? 0), t[1]! + (e.usage?.outputTokens ?? 0)], [0, 0])
  const why = [...reasons].map(([r, n]) => `${r}=${n}`).join(' ') || 'none'
  return `llm requests=${events.length} llm=${count((e) => e.outcome === 'llm')} cache=${count((e) => e.outcome === 'cache')} fallback=${count((e) => e.outcome === 'fallback')} (${why}) tokens in=${tokens[0]} out=${tokens[1]} latency p50=${pct(0.5)}ms p95=${pct(0.95)}ms`
}

import { issueAction } from '../conversation/actions.js'
import type { SafetyHook } from '../conversation/safety-hook.js'
import type { Directory } from '../directory/directory.js'
import { recordText, t } from '../i18n/catalog.js'
import { MAX_TEXT, type InboundEvent, type Reply } from '../model/events.js'
import type { Center, Lang, Person } from '../model/records.js'
import { assess } from '../safety/assess.js'
import type { DistressAssessment } from '../safety/types.js'
import type { AlertDeps } from './alert-deps.js'
import type { Alert, AlertLevel } from './alert-record.js'
import { hotlineText } from './alert-text.js'
import { raiseAlert } from './raise-alert.js'
import { alertStore } from './alert-deps.js'
import { secondOpinionLater } from '../llm/distress-opinion.js'

/** If the assessment itself fails, the message is treated as a concern: never silence. */
const FALLBACK: DistressAssessment = { level: 'concern', score: 0.5, reasons: [] }

/**
 * The safety check the conversation runs first on every text. A flagged message (concern or
 * above) raises an alert (stored, then its first page queued) and gets a short, warm reply
 * with the center's phone, the hotlines and a button to ask for a counselor now. Only a
 * concern lets the routine question in the same message be answered as well.
 */
export class AlertSafetyHook implements SafetyHook {
  constructor(private readonly deps: AlertDeps) {}

  async check(input: CheckInput): Promise<{ replies: Reply[]; continueRouting?: boolean }> {
    const assessment = safeAssess(input.text)
    const llm = this.deps.llm
    if (assessment.level === 'none') {
      // The LLM's opinion never delays anything: it runs after the answer and may only raise.
      if (llm) void secondOpinionLater(llm, input.text, assessment, input.directory, (r) => this.raiseLate(input, r))
      return { replies: [] }
    }
    const level = assessment.level
    const { alert, center } = await this.raise(input, level, assessment.reasons, undefined)
    if (llm) void secondOpinionLater(llm, input.text, assessment, input.directory, (r) => this.upgrade(alert.id, r))
    const reply = await memberReply(this.deps, input.lang, level, center, alert, input.event)
    return { replies: [reply], continueRouting: level === 'concern' }
  }

  private raise(input: CheckInput, level: AlertLevel, reasons: readonly string[], idSuffix: string | undefined) {
    return raiseAlert(this.deps, {
      level,
      source: 'message',
      reasons,
      event: input.event,
      ...(idSuffix ? { idSuffix } : {}),
      // Counselors read what the member wrote, not our normalized form of it.
      text: (input.event.text ?? input.text).slice(0, MAX_TEXT),
      person: input.person,
      directory: input.directory,
      at: input.event.at,
    })
  }

  /** The rules saw nothing but the LLM did: alert now, and send the member the safety reply. */
  private async raiseLate(input: CheckInput, r: DistressAssessment): Promise<void> {
    if (r.level === 'none') return
    // 'llm' on the alert tells the counselor where the flag came from.
    const { alert, center } = await this.raise(input, r.level, [...r.reasons, 'llm'], 'llm')
    const reply = await memberReply(this.deps, input.lang, r.level, center, alert, input.event)
    await this.deps.notifier.notify(
      { platform: input.event.platform, userId: input.event.userId, chatId: input.event.chatId },
      { key: `alert:${alert.id}:member`, text: reply.text, ...(reply.choices ? { choices: reply.choices } : {}), urgent: true, sensitive: true },
    )
  }

  /** The LLM saw more than the rules: the alert's level goes up (never down), and it is audited. */
  private async upgrade(alertId: string, r: DistressAssessment): Promise<void> {
    if (r.level === 'none') return
    await alertStore(this.deps).raiseLevel(alertId, r.level, [...r.reasons, 'llm'], 'llm', this.deps.clock.now())
  }
}

type CheckInput = { event: InboundEvent; text: string; person: Person | null; lang: Lang; directory: Directory }

function safeAssess(text: string): DistressAssessment {
  try {
    return assess(text)
  } catch {
    return FALLBACK
  }
}

/** The member's reply: warm, short, the center's phone, hotlines, and "talk to a counselor now". */
export async function memberReply(deps: AlertDeps, lang: Lang, level: AlertLevel, center: Center | undefined, alert: Alert, event: Pick<InboundEvent, 'platform' | 'userId'>): Promise<Reply> {
  const params = {
    center: center ? recordText(lang, center.name) : '—',
    phone: center?.phone ?? '—',
    hotlines: hotlineText(lang, deps.config.hotlines),
  }
  const text = t(lang, `alert_reply_${level}`, params)
  const button = await issueAction(deps.redis, deps.keys, t(lang, 'alert_counselor_button'), {
    kind: 'counselor_request',
    args: { alertId: alert.id },
    forUser: `${event.platform}:${event.userId}`,
  })
  return { text, choices: [button], sensitive: true }
}

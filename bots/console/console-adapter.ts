import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import type { InboundEvent, Outcome, Reply } from '../../core/model/events.js'
import type { Notifier, OutboundMessage, Recipient } from '../../core/ports/notifier.js'
import type { PlatformAdapter } from '../adapter.js'

/**
 * The terminal as a platform: each line is a message; a line that is just the number of a
 * choice shown above presses that button. Messages for other people (a secretary's approval
 * request, a counselor's page) are printed as notifications, since they share this terminal.
 */
export class ConsoleAdapter implements PlatformAdapter, Notifier {
  readonly platform = 'console' as const
  private choices: string[] = []
  private seq = 0
  private closed = false
  private rl: ReturnType<typeof createInterface> | null = null

  constructor(
    private readonly userId: string,
    private readonly input: Readable = process.stdin,
    private readonly output: Writable = process.stdout,
    private readonly names: (personId: string) => string = (id) => id,
  ) {}

  async start(onEvent: (e: InboundEvent) => Promise<Outcome>): Promise<void> {
    const rl = createInterface({ input: this.input, terminal: false })
    this.rl = rl
    this.write('> ')
    for await (const line of rl) {
      if (this.closed) break
      const event = this.toEvent(line)
      if (event) {
        const outcome = await onEvent(event)
        for (const reply of outcome.replies) await this.render('terminal', reply)
      }
      this.write('> ')
    }
    this.write('\n')
  }

  private toEvent(line: string): InboundEvent | null {
    const at = new Date()
    const id = `${at.getTime()}-${++this.seq}`
    const base = { id, platform: 'console' as const, userId: this.userId, chatId: 'terminal', at }
    const n = /^\s*(\d{1,2})\s*$/.exec(line)
    const token = n ? this.choices[Number(n[1]) - 1] : undefined
    if (token) return { ...base, kind: 'action', action: token }
    return { ...base, kind: 'message', text: line }
  }

  async render(_chatId: string, reply: Reply): Promise<void> {
    this.write(`\n${reply.text}\n`)
    this.choices = (reply.choices ?? []).map((c) => c.action)
    reply.choices?.forEach((c, i) => this.write(`  [${i + 1}] ${c.label}\n`))
  }

  async notify(to: Recipient, message: OutboundMessage): Promise<['console']> {
    const who = 'personId' in to ? this.names(to.personId) : `${to.platform}:${to.userId}`
    const choices = message.choices?.length ? `  (${message.choices.map((c) => c.label).join(' / ')})\n` : ''
    this.write(`\n[→ ${who}] ${message.text}\n${choices}`)
    return ['console']
  }

  /** Ends the chat as if the input had closed (Ctrl-C, SIGTERM). */
  async stop(): Promise<void> {
    this.closed = true
    this.rl?.close()
  }

  private write(s: string): void {
    this.output.write(s)
  }
}

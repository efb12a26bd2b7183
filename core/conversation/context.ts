import type { Directory } from '../directory/directory.js'
import type { Choice, InboundEvent, Reply } from '../model/events.js'
import type { Lang } from '../model/records.js'
import type { CompanyIndex } from '../nlu/company-index.js'
import { RegistrationStore } from '../store/registrations.js'
import { issueAction } from './actions.js'
import type { CoreDeps } from './deps.js'
import type { DialogueState, Flow } from './dialogue.js'
import type { Actor } from './identity.js'

/** One event being handled: what every step of the conversation reads and writes. */
export class Ctx {
  readonly replies: Reply[] = []
  readonly registrations: RegistrationStore
  constructor(
    readonly deps: CoreDeps,
    readonly event: InboundEvent,
    readonly actor: Actor,
    public lang: Lang,
    readonly dir: Directory,
    readonly index: CompanyIndex,
    public state: DialogueState,
    readonly now: Date,
  ) {
    this.registrations = new RegistrationStore(deps.redis, deps.keys)
  }

  say(text: string, choices?: Choice[]): void {
    this.replies.push(choices && choices.length > 0 ? { text, choices } : { text })
  }

  /** Refuses a button press: nothing changed, and the presser is told so briefly. */
  refuse(text: string): void {
    this.replies.push({ text, refused: true })
  }

  setFlow(flow: Flow | undefined): void {
    if (flow) {
      this.state.flow = flow
      this.state.flowAt = this.now.getTime()
    } else {
      delete this.state.flow
      delete this.state.flowAt
    }
  }

  /** A button only this platform user may press. */
  choice(label: string, kind: string, args: Record<string, string>, style?: Choice['style']): Promise<Choice> {
    return issueAction(this.deps.redis, this.deps.keys, label, { kind, args, forUser: `${this.actor.platform}:${this.actor.userId}` }, style ? { style } : {})
  }
}

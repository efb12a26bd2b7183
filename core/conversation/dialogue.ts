import { z } from 'zod'
import { LANGS } from '../model/records.js'
import { Intent } from '../nlu/types.js'
import type { Keys } from '../store/keys.js'
import type { Redis } from '../store/redis.js'

/** Where a person is in a multi-step exchange; kept in Redis with an expiry. */
export const DialogueState = z.object({
  lang: z.enum(LANGS).optional(),
  /** Set by /lang: then the language no longer follows each message. */
  langExplicit: z.boolean().optional(),
  /** The company this person told us, remembered for later questions. */
  enterpriseId: z.string().optional(),
  centerId: z.string().optional(),
  /** When the flow was entered: a flow left alone for FLOW_TTL_MS is forgotten. */
  flowAt: z.number().optional(),
  flow: z
    .discriminatedUnion('name', [
      z.object({ name: z.literal('ask_company'), intent: Intent }),
      z.object({ name: z.literal('ask_center'), intent: Intent }),
      z.object({ name: z.literal('register_name') }),
      z.object({ name: z.literal('register_company'), personName: z.string() }),
      z.object({ name: z.literal('register_confirm'), personName: z.string(), enterpriseId: z.string(), branchId: z.string() }),
    ])
    .optional(),
})
export type DialogueState = z.infer<typeof DialogueState>
export type Flow = NonNullable<DialogueState['flow']>

const TTL_SECONDS = 7 * 86_400
export const FLOW_TTL_MS = 30 * 60_000

export async function loadDialogue(redis: Redis, keys: Keys, platform: string, userId: string, now: Date): Promise<DialogueState> {
  const raw = await redis.get(keys.dialogue(platform, userId))
  if (!raw) return {}
  try {
    const parsed = DialogueState.safeParse(JSON.parse(raw))
    if (!parsed.success) return {}
    const state = parsed.data
    if (state.flow && (state.flowAt ?? 0) < now.getTime() - FLOW_TTL_MS) {
      delete state.flow
      delete state.flowAt
    }
    return state
  } catch {
    return {}
  }
}

export async function saveDialogue(redis: Redis, keys: Keys, platform: string, userId: string, state: DialogueState): Promise<void> {
  await redis.set(keys.dialogue(platform, userId), JSON.stringify(state), 'EX', TTL_SECONDS)
}

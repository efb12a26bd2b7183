import type { Directory } from '../directory/directory.js'
import type { InboundEvent } from '../model/events.js'
import type { Person } from '../model/records.js'
import type { Registration, RegistrationStore } from '../store/registrations.js'

/** Who sent an event, as the directory (and approved self-registrations) know them. */
export interface Actor {
  platform: InboundEvent['platform']
  userId: string
  chatId: string
  /** A directory person, or an approved registration seen as a member. Roles come only from here. */
  person: Person | null
  /** This platform user's own registration, if any (pending or decided). */
  registration: Registration | null
}

export async function identify(event: InboundEvent, dir: Directory, regs: RegistrationStore): Promise<Actor> {
  const base = { platform: event.platform, userId: event.userId, chatId: event.chatId }
  // The terminal chat names a directory person directly (`chat --as <person id>`).
  const known = event.platform === 'console' ? dir.person(event.userId) : dir.personByPlatform(event.platform, event.userId)
  if (known) return { ...base, person: known, registration: null }
  const registration = await regs.ofUser(event.platform, event.userId)
  if (registration?.status === 'approved') return { ...base, person: registrationAsPerson(registration, dir), registration }
  return { ...base, person: null, registration }
}

/** An approved self-registration is a member, never more: a person's word grants no role. */
export function registrationAsPerson(r: Registration, dir: Directory): Person {
  return {
    id: r.id,
    name: r.name,
    phone: null,
    enterprise_id: r.enterpriseId,
    branch_id: r.branchId,
    center_id: r.centerId ?? dir.branch(r.branchId)?.center_id ?? null,
    role: 'member',
    lang: r.lang,
    telegram_id: r.platform === 'telegram' ? r.userId : null,
    slack_id: r.platform === 'slack' ? r.userId : null,
  }
}

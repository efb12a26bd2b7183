import { registrationAsPerson } from '../conversation/identity.js'
import type { Directory } from '../directory/directory.js'
import type { Person } from '../model/records.js'
import type { Recipient } from '../ports/notifier.js'
import type { Registration, RegistrationStore } from '../store/registrations.js'

// A notice's audience: the branch's people in the directory, and the members who registered
// themselves and were approved (reached on the platform and chat they registered from).

/** A registration id ("r12"), as opposed to a directory person id. */
const REGISTRATION_ID = /^r\d{1,12}$/

/** Approved registrations of the branch that are not (by now) directory people themselves. */
export async function registeredMembers(regs: RegistrationStore, dir: Directory, branchId: string): Promise<Registration[]> {
  const approved = await regs.approvedOfBranch(branchId)
  return approved.filter((r) => r.platform === 'console' || !dir.personByPlatform(r.platform, r.userId))
}

/** Everyone a notice to the branch goes to: directory people first, then registered members. */
export async function audienceOf(regs: RegistrationStore, dir: Directory, branchId: string): Promise<string[]> {
  const people = dir.membersOfBranch(branchId).map((p) => p.id)
  const registered = (await registeredMembers(regs, dir, branchId)).map((r) => r.id)
  return [...people, ...registered.filter((id) => !dir.person(id))]
}

export interface Addressee {
  person: Person
  to: Recipient
}

/** How to reach one recipient: a directory person by id, a registered member by their chat. */
export async function addresseeOf(regs: RegistrationStore, dir: Directory, personId: string): Promise<Addressee | null> {
  const p = dir.person(personId)
  if (p) return { person: p, to: { personId: p.id } }
  if (!REGISTRATION_ID.test(personId)) return null
  const r = await regs.get(personId)
  if (!r || r.status !== 'approved') return null
  return { person: registrationAsPerson(r, dir), to: { platform: r.platform, userId: r.userId, chatId: r.chatId } }
}

/** The registered members among these ids, as people (for names and companies in rosters). */
export async function registeredPeople(regs: RegistrationStore, dir: Directory, ids: string[]): Promise<Map<string, Person>> {
  const out = new Map<string, Person>()
  const wanted = ids.filter((id) => !dir.person(id) && REGISTRATION_ID.test(id))
  const found = await Promise.all(wanted.map((id) => regs.get(id)))
  for (const r of found) if (r) out.set(r.id, registrationAsPerson(r, dir))
  return out
}

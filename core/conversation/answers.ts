import type { Directory } from '../directory/directory.js'
import { nextOccurrence } from '../directory/schedule.js'
import { formatWallClock, recordText, t } from '../i18n/catalog.js'
import type { Branch, Center, Enterprise, Lang } from '../model/records.js'

// Answers are built only from directory records: nothing here invents a place, phone or date.

const dash = (lang: Lang) => (lang === 'en' ? '(not listed)' : '（未登记）')
const r = (lang: Lang, v: string | null | undefined) => (v ? recordText(lang, v) : dash(lang))

export function branchAnswer(lang: Lang, dir: Directory, branch: Branch, enterprise: Enterprise | null): string {
  const center = dir.center(branch.center_id)
  const lines = [
    t(lang, 'branch_answer', {
      company: r(lang, enterprise?.name ?? branch.name),
      branch: r(lang, branch.name),
      secretary: r(lang, branch.secretary),
      phone: r(lang, branch.secretary_phone),
      center: r(lang, center?.name),
    }),
  ]
  if (branch.kind === 'joint') lines.push(t(lang, 'branch_joint_note'))
  if (enterprise) {
    const others = dir.branchesOfEnterprise(enterprise).filter((b) => b.id !== branch.id)
    if (others.length > 0) lines.push(t(lang, 'branch_several', { company: r(lang, enterprise.name), others: others.map((b) => r(lang, b.name)).join('、') }))
  }
  return lines.join('\n')
}

export function duesAnswer(lang: Lang, branch: Branch): string {
  return t(lang, 'dues_answer', {
    branch: r(lang, branch.name),
    method: r(lang, branch.dues_method),
    place: r(lang, branch.dues_place),
    secretary: r(lang, branch.secretary),
    phone: r(lang, branch.secretary_phone),
  })
}

export function orgLifeAnswer(lang: Lang, branch: Branch, now: Date, timeZone: string): string {
  const lines = [t(lang, 'org_life_answer', { branch: r(lang, branch.name), schedule: r(lang, branch.org_life_schedule), place: r(lang, branch.org_life_place) })]
  const next = nextOccurrence(branch.org_life_schedule, now, timeZone)
  lines.push(next ? t(lang, 'org_life_next', { when: formatWallClock(lang, next), what: recordText(lang, next.what) }) : t(lang, 'org_life_no_date'))
  return lines.join('\n')
}

export function centerAnswer(lang: Lang, center: Center): string {
  return t(lang, 'center_answer', {
    name: r(lang, center.name),
    address: r(lang, center.address),
    phone: center.phone,
    hours: r(lang, center.hours),
    services: center.services.map((s) => recordText(lang, s)).join('、') || dash(lang),
  })
}

export function transferAnswer(lang: Lang, center: Center, branch: Branch | null): string {
  const lines = [t(lang, 'transfer_answer', { center: r(lang, center.name), address: r(lang, center.address), phone: center.phone, hours: r(lang, center.hours) })]
  if (branch) lines.push(t(lang, 'transfer_branch', { branch: r(lang, branch.name), secretary: r(lang, branch.secretary), phone: r(lang, branch.secretary_phone) }))
  return lines.join('\n')
}

export function counselingAnswer(lang: Lang, center: Center): string {
  return t(lang, 'counseling_answer', { center: r(lang, center.name), phone: center.phone })
}

/** "name phone" of the given centers (all when none given): how to reach a person. */
export function centerLines(lang: Lang, dir: Directory, centers?: Center[]): string {
  return (centers && centers.length > 0 ? centers : dir.allCenters()).map((c) => t(lang, 'center_line', { name: r(lang, c.name), phone: c.phone })).join('\n')
}

export function noBranchYet(lang: Lang, dir: Directory, enterprise: Enterprise): string {
  const center = dir.centerOfEnterprise(enterprise) ?? dir.allCenters()[0]!
  return t(lang, 'no_branch_yet', { company: r(lang, enterprise.name), center: r(lang, center.name), phone: center.phone, address: r(lang, center.address) })
}

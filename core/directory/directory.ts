import type { Branch, Center, DirectoryData, Enterprise, Person, Shift } from '../model/records.js'

/**
 * The imported directory, read-only, with the lookups the core needs. Built once per import
 * (every process rebuilds it from the snapshot in Redis), so lookups are map reads.
 */
export class Directory {
  readonly data: DirectoryData
  readonly version: string
  private readonly centers = new Map<string, Center>()
  private readonly branches = new Map<string, Branch>()
  private readonly enterprises = new Map<string, Enterprise>()
  private readonly people = new Map<string, Person>()
  private readonly byTelegram = new Map<string, Person>()
  private readonly bySlack = new Map<string, Person>()
  private readonly enterprisesByBranch = new Map<string, Enterprise[]>()
  private readonly branchesByEnterprise = new Map<string, Branch[]>()

  constructor(data: DirectoryData, version = 'local') {
    this.data = data
    this.version = version
    for (const c of data.centers) this.centers.set(c.id, c)
    for (const b of data.branches) this.branches.set(b.id, b)
    for (const e of data.enterprises) {
      this.enterprises.set(e.id, e)
      if (e.branch_id) push(this.enterprisesByBranch, e.branch_id, e)
    }
    for (const p of data.people) {
      this.people.set(p.id, p)
      if (p.telegram_id) this.byTelegram.set(p.telegram_id, p)
      if (p.slack_id) this.bySlack.set(p.slack_id, p)
      // A company whose people sit in a second branch (智芯 党委第二支部) has several branches.
      if (p.enterprise_id && p.branch_id) {
        const list = this.branchesByEnterprise.get(p.enterprise_id) ?? []
        const b = this.branches.get(p.branch_id)
        if (b && !list.includes(b)) list.push(b)
        this.branchesByEnterprise.set(p.enterprise_id, list)
      }
    }
  }

  center(id: string | null | undefined): Center | undefined {
    return id ? this.centers.get(id) : undefined
  }
  branch(id: string | null | undefined): Branch | undefined {
    return id ? this.branches.get(id) : undefined
  }
  enterprise(id: string | null | undefined): Enterprise | undefined {
    return id ? this.enterprises.get(id) : undefined
  }
  person(id: string | null | undefined): Person | undefined {
    return id ? this.people.get(id) : undefined
  }
  personByPlatform(platform: 'telegram' | 'slack' | 'console', userId: string): Person | undefined {
    if (platform === 'telegram') return this.byTelegram.get(userId)
    if (platform === 'slack') return this.bySlack.get(userId)
    return undefined
  }
  allCenters(): readonly Center[] {
    return this.data.centers
  }
  allBranches(): readonly Branch[] {
    return this.data.branches
  }
  allEnterprises(): readonly Enterprise[] {
    return this.data.enterprises
  }
  shifts(centerId: string): Shift[] {
    return this.data.shifts.filter((s) => s.center_id === centerId)
  }

  /** The branch an enterprise's members belong to by default (its own column). */
  branchOfEnterprise(e: Enterprise): Branch | undefined {
    return this.branch(e.branch_id)
  }
  /** Every branch that holds people of this enterprise, its default first. */
  branchesOfEnterprise(e: Enterprise): Branch[] {
    const own = this.branchOfEnterprise(e)
    const others = (this.branchesByEnterprise.get(e.id) ?? []).filter((b) => b !== own)
    return own ? [own, ...others] : others
  }
  enterprisesOfBranch(branchId: string): Enterprise[] {
    return this.enterprisesByBranch.get(branchId) ?? []
  }
  membersOfBranch(branchId: string): Person[] {
    return this.data.people.filter((p) => p.branch_id === branchId)
  }

  /** A person's center: their own column, else their branch's, else their company's branch's. */
  centerOfPerson(p: Person): Center | undefined {
    return (
      this.center(p.center_id) ??
      this.center(this.branch(p.branch_id)?.center_id) ??
      this.center(this.branch(this.enterprise(p.enterprise_id)?.branch_id)?.center_id)
    )
  }
  /** A center for an enterprise with no branch: the center of the area its address names. */
  centerOfEnterprise(e: Enterprise): Center | undefined {
    const b = this.branchOfEnterprise(e)
    if (b) return this.center(b.center_id)
    if (!e.area) return undefined
    return this.data.centers.find((c) => c.name.startsWith(e.area!) || (e.area!.length >= 2 && c.name.includes(e.area!)))
  }
  /** The joint branch of a center: where members of a company without its own branch go. */
  jointBranchOf(centerId: string): Branch | undefined {
    return this.data.branches.find((b) => b.center_id === centerId && b.kind === 'joint')
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

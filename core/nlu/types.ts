import { z } from 'zod'
import type { Branch, Center, Enterprise, Lang } from '../model/records.js'

export const Intent = z.enum([
  'find_branch',
  'pay_dues',
  'org_life',
  'center_info',
  'transfer_membership',
  'register',
  'counseling',
  'help',
  'greeting',
  'other',
])
export type Intent = z.infer<typeof Intent>

/** What the text says about a company. */
export type CompanyMention =
  | { kind: 'none' }
  /** One company, found by full name, alias, abbreviation, typo, Traditional or English form. */
  | { kind: 'one'; enterprise: Enterprise; matched: string }
  /** Several companies fit equally well (科瑞 → 科瑞药业 / 科瑞医疗): ask back with these. */
  | { kind: 'ambiguous'; candidates: Enterprise[]; matched: string }
  /** The text names a company that is not in the directory: say so, never guess. */
  | { kind: 'unknown'; name: string }

export interface Understanding {
  intent: Intent
  lang: Lang
  company: CompanyMention
  /** A branch named directly (智芯二支部), or the company's branch. */
  branch: Branch | null
  /** A center named, or the area named (南坪, 空港, bonded zone), or the company's center. */
  center: Center | null
}

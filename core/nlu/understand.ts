import type { Directory } from '../directory/directory.js'
import type { Branch, Center } from '../model/records.js'
import type { CompanyIndex } from './company-index.js'
import { classifyNormalized } from './intent.js'
import { guessLang, normalizeKeepSpaces } from './normalize.js'
import type { Understanding } from './types.js'

/** Matching looks at the start of a message only: questions are short, and work stays bounded. */
export const MAX_UNDERSTAND_CHARS = 500

/**
 * Intent and entities of one message. The branch is the one named directly, else the
 * company's. The center follows from the branch, else (a company with no branch yet) from the
 * company's area, else from an area named; but an area named as a center (龙兴中心) or as
 * where the person is going (转到南坪) outranks the company's.
 */
export function understand(text: string, dir: Directory, index: CompanyIndex): Understanding {
  const raw = text.slice(0, MAX_UNDERSTAND_CHARS)
  const t = normalizeKeepSpaces(raw)
  const intent = classifyNormalized(t)
  const lang = guessLang(raw)
  const found = index.findNormalized(t)
  const company = found.mention
  const enterprise = company.kind === 'one' ? company.enterprise : null

  const named = index.branches.find(t, enterprise && found.span ? { enterprise, span: found.span } : null)
  const branch: Branch | null = named ?? (enterprise ? (dir.branchOfEnterprise(enterprise) ?? null) : null)
  const own = dir.center(branch?.center_id) ?? (enterprise ? (dir.centerOfEnterprise(enterprise) ?? null) : null)
  const center: Center | null = own
    ? (index.places.findExplicit(t, found.spans) ?? own)
    : index.places.find(t, found.spans)
  return { intent, lang, company, branch, center }
}

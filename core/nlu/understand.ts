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
 * company's; the center is the one or the area named, else the branch's, else (a company
 * with no branch yet) the center of the company's area.
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
  const area = index.places.find(t, found.spans)
  const center: Center | null =
    area ?? dir.center(branch?.center_id) ?? (enterprise ? (dir.centerOfEnterprise(enterprise) ?? null) : null)
  return { intent, lang, company, branch, center }
}

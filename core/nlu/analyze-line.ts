import { z } from 'zod'
import { Directory } from '../directory/directory.js'
import { readDirectoryFolder } from '../directory/import.js'
import { assess } from '../safety/assess.js'
import { CompanyIndex } from './company-index.js'
import { understand } from './understand.js'

/** The `analyze` contract of DESIGN.md: one input line → one output object, in order. */
const InputLine = z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string() })

export interface Analyzer {
  directory: Directory
  index: CompanyIndex
}

export async function loadAnalyzer(folder: string): Promise<Analyzer> {
  const directory = new Directory(await readDirectoryFolder(folder))
  return { directory, index: CompanyIndex.build(directory) }
}

export function analyzeLine(a: Analyzer, line: string): Record<string, unknown> {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return { id: null, error: 'invalid JSON' }
  }
  const input = InputLine.safeParse(json)
  if (!input.success) return { id: null, error: 'expected {"id", "text"}' }
  const { id, text } = input.data
  const u = understand(text, a.directory, a.index)
  const enterprise = u.company.kind === 'one' ? u.company.enterprise : null
  return {
    id,
    intent: u.intent,
    enterprise_id: enterprise?.id ?? null,
    branch_id: u.branch?.id ?? null,
    center_id: u.center?.id ?? null,
    distress: assess(text),
  }
}

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { z } from 'zod/v4'
import { ImportError, type ImportProblem } from '../errors.js'
import { Branch, Center, Enterprise, Person, Shift, type DirectoryData } from '../model/records.js'

// The folder format of the reference directory (its README): one CSV per record kind.
const FILES = {
  centers: { file: 'centers.csv', schema: Center },
  branches: { file: 'branches.csv', schema: Branch },
  enterprises: { file: 'enterprises.csv', schema: Enterprise },
  people: { file: 'people.csv', schema: Person },
  shifts: { file: 'oncall.csv', schema: Shift },
} as const

type Kind = keyof typeof FILES
interface Located<T> {
  row: T
  line: number
}

/**
 * Reads and validates a directory folder. Collects every problem (file:line) and throws one
 * ImportError listing them all; returns data only when the whole folder is valid.
 */
export async function readDirectoryFolder(folder: string): Promise<DirectoryData> {
  const problems: ImportProblem[] = []
  let unreadable = false
  const parsed = {} as { [K in Kind]: Located<z.infer<(typeof FILES)[K]['schema']>>[] }
  for (const kind of Object.keys(FILES) as Kind[]) {
    const { file, schema } = FILES[kind]
    let content: string
    try {
      content = await readFile(join(folder, file), 'utf8')
    } catch {
      problems.push({ file, line: 0, message: `cannot read ${join(folder, file)}` })
      ;(parsed as Record<Kind, unknown[]>)[kind] = []
      continue
    }
    const before = problems.length
    ;(parsed as Record<Kind, unknown[]>)[kind] = parseCsv(file, content, schema, problems)
    if (problems.length > before && problems.at(-1)!.message.startsWith('unreadable')) unreadable = true
  }
  // References into a file that could not be read at all would only repeat that one problem.
  if (!unreadable) checkReferences(parsed, problems)
  if (problems.length > 0) throw new ImportError(problems)
  return {
    centers: parsed.centers.map((x) => x.row),
    branches: parsed.branches.map((x) => x.row),
    enterprises: parsed.enterprises.map((x) => x.row),
    people: parsed.people.map((x) => x.row),
    shifts: parsed.shifts.map((x) => x.row),
  }
}

function parseCsv<S extends z.ZodType>(file: string, content: string, schema: S, problems: ImportProblem[]): Located<z.infer<S>>[] {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(content, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (err) {
    // A broken quote makes the rest of the file unreadable: report where it started.
    const e = err as { lines?: number; code?: string; message?: string }
    problems.push({ file, line: e.lines ?? 0, message: `unreadable CSV (${e.code ?? 'parse error'})` })
    return []
  }
  const header = records[0]?.record.map((h) => h.trim())
  if (!header) {
    problems.push({ file, line: 1, message: 'empty file: a header row is required' })
    return []
  }
  const shape = (schema as unknown as z.ZodObject).shape as Record<string, unknown>
  const missing = Object.keys(shape).filter((k) => !header.includes(k))
  if (missing.length > 0) {
    problems.push({ file, line: 1, message: `header lacks column(s): ${missing.join(', ')}` })
    return []
  }
  const out: Located<z.infer<S>>[] = []
  for (const { record, info } of records.slice(1)) {
    const line = info.lines
    if (record.length !== header.length) {
      problems.push({ file, line, message: `expected ${header.length} columns, found ${record.length}` })
      continue
    }
    const obj: Record<string, string> = {}
    header.forEach((h, i) => (obj[h] = record[i] ?? ''))
    const result = schema.safeParse(obj)
    if (result.success) out.push({ row: result.data, line })
    else {
      for (const issue of result.error.issues) {
        problems.push({ file, line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` })
      }
    }
  }
  return out
}

function checkReferences(
  d: {
    centers: Located<Center>[]
    branches: Located<Branch>[]
    enterprises: Located<Enterprise>[]
    people: Located<Person>[]
    shifts: Located<Shift>[]
  },
  problems: ImportProblem[],
): void {
  const ids = (file: string, rows: Located<{ id: string }>[]): Set<string> => {
    const seen = new Map<string, number>()
    for (const { row, line } of rows) {
      const first = seen.get(row.id)
      if (first !== undefined) problems.push({ file, line, message: `duplicate id ${row.id} (first on line ${first})` })
      else seen.set(row.id, line)
    }
    return new Set(seen.keys())
  }
  const centers = ids('centers.csv', d.centers)
  const branches = ids('branches.csv', d.branches)
  const enterprises = ids('enterprises.csv', d.enterprises)
  const people = ids('people.csv', d.people)
  const ref = (file: string, line: number, column: string, value: string | null, known: Set<string>, what: string) => {
    if (value !== null && !known.has(value)) problems.push({ file, line, message: `${column}: no ${what} has id ${value}` })
  }
  for (const { row, line } of d.branches) ref('branches.csv', line, 'center_id', row.center_id, centers, 'center')
  for (const { row, line } of d.enterprises) ref('enterprises.csv', line, 'branch_id', row.branch_id, branches, 'branch')
  const seenPlatform = new Map<string, number>()
  for (const { row, line } of d.people) {
    ref('people.csv', line, 'enterprise_id', row.enterprise_id, enterprises, 'enterprise')
    ref('people.csv', line, 'branch_id', row.branch_id, branches, 'branch')
    ref('people.csv', line, 'center_id', row.center_id, centers, 'center')
    if ((row.role === 'counselor' || row.role === 'admin') && !row.center_id) {
      problems.push({ file: 'people.csv', line, message: `center_id: a ${row.role} needs a center` })
    }
    if (row.role === 'secretary' && !row.branch_id) {
      problems.push({ file: 'people.csv', line, message: 'branch_id: a secretary needs a branch' })
    }
    for (const key of [row.telegram_id && `telegram ${row.telegram_id}`, row.slack_id && `slack ${row.slack_id}`]) {
      if (!key) continue
      const first = seenPlatform.get(key)
      if (first !== undefined) problems.push({ file: 'people.csv', line, message: `${key} is already used on line ${first}` })
      else seenPlatform.set(key, line)
    }
  }
  for (const { row, line } of d.shifts) {
    ref('oncall.csv', line, 'center_id', row.center_id, centers, 'center')
    ref('oncall.csv', line, 'person_id', row.person_id, people, 'person')
  }
  if (d.centers.length === 0) problems.push({ file: 'centers.csv', line: 1, message: 'at least one center is required' })
}

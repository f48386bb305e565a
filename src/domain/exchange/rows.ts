import { reviewTables, rowTables, tables } from './tables'

type Problem = { path: string; message: string }

/**
 * No list inside a record (reviewers, checklist, calculator figures, a scale's items) comes near this.
 * A crafted file with millions of wrong entries in one list would otherwise make millions of
 * validation messages and exhaust the browser's memory; the tables themselves are bounded by file size.
 */
const MAX_LIST_ENTRIES = 10_000

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first list, other than a table of rows, with more entries than any file of ours has. */
export function oversizedList(file: unknown): Problem | null {
  return findOversized(file, [], false)
}

// Recursive: parseSafeJson has already refused nesting deeper than 64 levels. The path is built
// only for the answer, so a table of millions of rows costs no strings.
function findOversized(value: unknown, path: (string | number)[], isTable: boolean): Problem | null {
  const visit = (child: unknown, key: string | number, childIsTable: boolean) => {
    if (typeof child !== 'object' || child === null) return null
    path.push(key)
    const found = findOversized(child, path, childIsTable)
    path.pop()
    return found
  }
  if (Array.isArray(value)) {
    if (!isTable && value.length > MAX_LIST_ENTRIES) {
      return {
        path: path.join('.') || '(file)',
        message: `This list has ${value.length} entries; no list in a file of this app has more than ${MAX_LIST_ENTRIES}`,
      }
    }
    for (let i = 0; i < value.length; i++) {
      const found = visit(value[i], i, false)
      if (found) return found
    }
  } else if (isRecord(value)) {
    const inData = path.length === 1 && path[0] === 'data'
    for (const key of Object.keys(value)) {
      const found = visit(value[key], key, inData)
      if (found) return found
    }
  }
  return null
}

/**
 * Each row of each table checked on its own, stopping once more than `limit` problems are found, so a
 * file with a million wrong rows costs no more than one with a few. Lists the problems found so far.
 */
export function rowProblems(file: Record<string, unknown>, limit: number): Problem[] {
  const data = file.data
  if (!isRecord(data)) return []
  const problems: Problem[] = []
  for (const table of file.kind === 'backup' ? rowTables : reviewTables) {
    const rows = data[table]
    if (!Array.isArray(rows)) continue
    for (let i = 0; i < rows.length; i++) {
      const result = tables[table].schema.safeParse(rows[i])
      if (result.success) continue
      for (const issue of result.error.issues) {
        problems.push({ path: ['data', table, i, ...issue.path].map(String).join('.'), message: issue.message })
      }
      if (problems.length > limit) return problems
    }
  }
  return problems
}

import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { expectedItems } from './guide'
import { roleLabel, roleWords, stakeholderRoles, type StakeholderRole } from './roles'
import type { SessionNote } from './session-note'
import type { VisitSession } from './session'

/**
 * One column of the items × roles grid: everyone of one role the reviewers met (whatever the kind of
 * session), or the records or documents they read. `sessions` and `people` count the whole plan's sessions
 * in the column, held or not.
 */
export interface RoleColumn {
  key: string
  /** The column heading: "Team leader", "Records". */
  label: string
  /** Null for records and documents, which have no people. */
  role: StakeholderRole | null
  /** Who the column is, in a sentence: "a team leader", "the records". */
  who: string
  sessions: number
  people: number
}

/** One item × column: sessions with a note tagged to the item (and the people in them), and sessions planned for it with no such note yet. */
export interface RoleCell {
  column: string
  sessions: number
  people: number
  planned: number
}

export interface RoleCoverageRow {
  item: Pick<ScaleItem, 'id' | 'number' | 'title'>
  cells: RoleCell[]
}

/** An item the scale says these columns should inform, from sessions already held, with no tagged note from any of them. */
export interface RoleGap {
  item: Pick<ScaleItem, 'id' | 'number' | 'title'>
  columns: RoleColumn[]
}

export interface RoleCoverage {
  columns: RoleColumn[]
  rows: RoleCoverageRow[]
  gaps: RoleGap[]
}

type Locale = string

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`

// Sessions without a role read records or documents; each of those is a column of its own.
function columnOf(session: VisitSession, locale: Locale): Omit<RoleColumn, 'sessions' | 'people'> {
  if (session.kind === 'record-review' || session.role === null) {
    return session.kind === 'document-review'
      ? { key: 'documents', label: 'Documents', role: null, who: 'the documents' }
      : { key: 'records', label: 'Records', role: null, who: 'the records' }
  }
  const { role } = session
  const other = session.otherRoleLabel.trim()
  if (role === 'other' && other !== '') {
    const label = other.charAt(0).toUpperCase() + other.slice(1)
    return { key: `other:${other.toLocaleLowerCase('en-GB')}`, label, role, who: withArticle(other) }
  }
  return { key: role, label: roleLabel(role, locale), role, who: withArticle(roleWords(role, locale)[0]) }
}

const columnRank = (column: Pick<RoleColumn, 'key' | 'role'>) =>
  column.role === null
    ? stakeholderRoles.length + (column.key === 'records' ? 1 : 2)
    : stakeholderRoles.indexOf(column.role)

/**
 * Items × roles for a review: for each item, which roles have spoken to it (by sessions whose notes are
 * tagged to it, counting each session and its people once however many notes it has), which sessions
 * were planned for it and have no tagged note yet, and the gaps: items a role should inform (the scale's
 * expected items for that role's sessions already held, a session being held once it has any note) with
 * nothing tagged from anyone in that role. Columns and rows keep the plan's roles and the scale's order.
 */
export function roleCoverage(
  scale: Pick<ScaleFile, 'items' | 'locale'>,
  sessions: readonly VisitSession[],
  notes: readonly SessionNote[],
): RoleCoverage {
  const columnKey = new Map<string, string>()
  const columnsByKey = new Map<string, RoleColumn>()
  for (const session of sessions) {
    const base = columnOf(session, scale.locale)
    const column = columnsByKey.get(base.key) ?? { ...base, sessions: 0, people: 0 }
    column.sessions += 1
    column.people += session.people
    columnsByKey.set(base.key, column)
    columnKey.set(session.id, base.key)
  }
  const columns = [...columnsByKey.values()].sort(
    (a, b) => columnRank(a) - columnRank(b) || a.label.localeCompare(b.label, 'en-GB'),
  )

  const tagged = new Map<string, Set<string>>() // session id -> item ids its notes are tagged to
  const held = new Set<string>()
  for (const note of notes) {
    if (!columnKey.has(note.sessionId)) continue
    held.add(note.sessionId)
    const items = tagged.get(note.sessionId) ?? new Set<string>()
    for (const itemId of note.itemIds) items.add(itemId)
    tagged.set(note.sessionId, items)
  }

  const expected = new Map<string, Set<string>>() // column key -> items its held sessions should inform
  for (const session of sessions.filter((s) => held.has(s.id))) {
    const key = columnKey.get(session.id)!
    const items = expected.get(key) ?? new Set<string>()
    for (const item of expectedItems(scale, session.kind, session.role)) items.add(item.id)
    expected.set(key, items)
  }

  const rows: RoleCoverageRow[] = []
  const gaps: RoleGap[] = []
  for (const item of scale.items) {
    const cells = columns.map((column): RoleCell => {
      const mine = sessions.filter((s) => columnKey.get(s.id) === column.key)
      const spoke = mine.filter((s) => tagged.get(s.id)?.has(item.id))
      const planned = mine.filter((s) => s.itemIds.includes(item.id) && !spoke.includes(s))
      const people = spoke.reduce((sum, s) => sum + s.people, 0)
      return { column: column.key, sessions: spoke.length, people, planned: planned.length }
    })
    const brief = { id: item.id, number: item.number, title: item.title }
    rows.push({ item: brief, cells })
    const missing = columns.filter(
      (column, index) => expected.get(column.key)?.has(item.id) && cells[index]!.sessions === 0,
    )
    if (missing.length > 0) gaps.push({ item: brief, columns: missing })
  }
  return { columns, rows, gaps }
}

function listWith(words: readonly string[], joiner: string): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${joiner} ${words.at(-1)}`
}

/**
 * A gap in words: "Nobody has asked a care coordinator or clinician about item 5 (Zero exclusion) yet.",
 * "Nothing from the records is tagged to item 14 (Disclosure) yet."
 */
export function describeRoleGap(gap: RoleGap): string {
  const item = `item ${gap.item.number} (${gap.item.title})`
  const people = gap.columns.filter((c) => c.role !== null).map((c) => c.who)
  const things = gap.columns.filter((c) => c.role === null).map((c) => c.who)
  const asked = people.length > 0 ? `Nobody has asked ${listWith(people, 'or')} about ${item} yet` : ''
  if (things.length === 0) return `${asked}.`
  const read = `othing from ${listWith(things, 'or')} is tagged to`
  return asked ? `${asked}, and n${read} it.` : `N${read} ${item} yet.`
}

/** "2 sessions, 5 people", "1 session", "planned" or "": a cell of the grid in words. */
export function describeRoleCell(cell: RoleCell, column: Pick<RoleColumn, 'role'>): string {
  if (cell.sessions > 0) {
    const sessions = `${cell.sessions} ${cell.sessions === 1 ? 'session' : 'sessions'}`
    if (column.role === null) return sessions
    return `${sessions}, ${cell.people} ${cell.people === 1 ? 'person' : 'people'}`
  }
  return cell.planned > 0 ? 'planned' : ''
}

import { evidenceSourceLabels, type EvidenceEntry } from '#domain/review/evidence'
import { inPlanOrder, type VisitSession } from './session'
import type { SessionNote } from './session-note'
import { sessionLabel } from './session-guide'

/** "Interview with team leader": where an evidence entry came from and, for an interview, who by role. */
export function entryHeading(entry: Pick<EvidenceEntry, 'source' | 'intervieweeRole'>): string {
  const source = evidenceSourceLabels[entry.source]
  return entry.source === 'interview' && entry.intervieweeRole ? `${source} with ${entry.intervieweeRole}` : source
}

/** Notes about one item from one session of the visit, or added on the item from one source and role. */
export interface EvidenceGroup {
  key: string
  /** "Interview, Team leader, 2 March 2026" for a session; "Added on the item: Interview with team leader". */
  heading: string
  notes: { id: string; text: string }[]
}

type Row = { id: string; note: string; createdAt: string }
const oldestFirst = (a: Row, b: Row) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
const GONE = 'A session no longer in the plan'

/**
 * Every item's written evidence, grouped the way the pair remembers it: by session of the visit (in the plan's
 * order, the session's kind and role in its heading), then the entries added on the item itself, one group per
 * source and role. A note tagged to several items is in each of their lists; blank notes say nothing and are left
 * out. Keyed by item id; an item with nothing written has no key.
 */
export function evidenceByItem(
  entries: readonly EvidenceEntry[],
  notes: readonly SessionNote[],
  sessions: readonly VisitSession[],
  locale: string,
): Map<string, EvidenceGroup[]> {
  const order = new Map(inPlanOrder(sessions).map((session, index) => [session.id, { session, index }]))
  const groups = new Map<string, { rank: number; group: EvidenceGroup; rows: Row[] }>()
  const add = (itemId: string, key: string, rank: number, heading: string, row: Row) => {
    const id = `${itemId}\n${key}`
    const found = groups.get(id) ?? { rank, group: { key, heading, notes: [] }, rows: [] }
    found.rows.push(row)
    groups.set(id, found)
  }
  for (const note of notes) {
    if (note.note.trim() === '') continue
    const planned = order.get(note.sessionId)
    for (const itemId of note.itemIds) {
      if (planned) add(itemId, `session:${note.sessionId}`, planned.index, sessionLabel(planned.session, locale), note)
      else add(itemId, 'session:gone', order.size, GONE, note)
    }
  }
  // Entries come after every session, ranked by their first note so the groups keep one order.
  const byTime = [...entries].sort(oldestFirst)
  for (const entry of byTime) {
    if (entry.note.trim() === '') continue
    const heading = entryHeading(entry)
    add(entry.itemId, `entry:${heading}`, order.size + 1, `Added on the item: ${heading}`, entry)
  }
  const byItem = new Map<string, EvidenceGroup[]>()
  const sorted = [...groups.entries()].sort(([, a], [, b]) => a.rank - b.rank)
  for (const [id, { group, rows }] of sorted) {
    const itemId = id.slice(0, id.indexOf('\n'))
    group.notes = rows.sort(oldestFirst).map((row) => ({ id: row.id, text: row.note.trim() }))
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), group])
  }
  return byItem
}

import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { formatReportDate } from '#domain/text/dates'
import { expectedItems } from './guide'
import { roleLabel } from './roles'
import { sessionKindLabels, sessionKindSource, type SessionKind, type VisitSession } from './session'

export type GuideEntry = {
  item: ScaleItem
  /** The scale's prompts for the evidence this kind of session gives (interview, observation or records). */
  prompts: string[]
}

/**
 * What to ask or look for in one session, from the scale's own prompts: for each item the session is expected to
 * inform (its plan's items; when the plan names none, the items its kind and role usually inform), the prompts
 * for the evidence this kind of session gives (a record review also reads care plans, a document review the
 * service's figures). A feedback meeting gathers no evidence, so it lists the items'
 * prompts of every source.
 */
export function sessionGuide(
  scale: Pick<ScaleFile, 'items'>,
  session: Pick<VisitSession, 'kind' | 'role' | 'itemIds'>,
): GuideEntry[] {
  const wanted = new Set(session.itemIds)
  const items =
    session.itemIds.length > 0
      ? scale.items.filter((item) => wanted.has(item.id))
      : expectedItems(scale, session.kind, session.role)
  const sources = promptSources(session.kind)
  return items.map((item) => ({
    item,
    prompts: item.evidencePrompts
      .filter((prompt) => sources === null || sources.includes(prompt.source))
      .map((prompt) => prompt.prompt),
  }))
}

// Records include care and support plans (ISP); documents include the service's figures (MIS).
function promptSources(kind: SessionKind): readonly string[] | null {
  const source = sessionKindSource[kind]
  if (source === null) return null
  if (kind === 'record-review') return [source, 'ISP']
  if (kind === 'document-review') return [source, 'MIS']
  return [source]
}

/** Who a session is with, by role in the scale's words ("Team leader", "Housing officer"), or null for records. */
export function sessionWho(session: Pick<VisitSession, 'role' | 'otherRoleLabel'>, locale: string): string | null {
  if (session.role === null) return null
  if (session.role === 'other' && session.otherRoleLabel.trim() !== '') {
    const label = session.otherRoleLabel.trim()
    return label.charAt(0).toUpperCase() + label.slice(1)
  }
  return roleLabel(session.role, locale)
}

/** "Interview, Team leader, 2 March 2026": a session as a note taken in it is labelled on an item's workspace. */
export function sessionLabel(
  session: Pick<VisitSession, 'kind' | 'role' | 'otherRoleLabel' | 'date'>,
  locale: string,
): string {
  const who = sessionWho(session, locale)
  return [sessionKindLabels[session.kind], who, formatReportDate(session.date)].filter(Boolean).join(', ')
}

/** A note's tags with one more item, kept in the scale's order; an item already tagged is not added twice. */
export function withItemTag(
  itemIds: readonly string[],
  itemId: string,
  items: readonly Pick<ScaleItem, 'id'>[],
): string[] {
  const wanted = new Set([...itemIds, itemId])
  return items.filter((item) => wanted.has(item.id)).map((item) => item.id)
}

/**
 * Two kinds of record in one list, oldest first: an item's own evidence entries and the session notes tagged to
 * it. Equal times keep evidence first, then by id, so the order never changes between two renders.
 */
export function byTimeTaken<A extends { createdAt: string; id: string }, B extends { createdAt: string; id: string }>(
  entries: readonly A[],
  notes: readonly B[],
): ({ kind: 'entry'; row: A } | { kind: 'note'; row: B })[] {
  const all = [
    ...entries.map((row) => ({ kind: 'entry' as const, row })),
    ...notes.map((row) => ({ kind: 'note' as const, row })),
  ]
  return all.sort(
    (a, b) =>
      a.row.createdAt.localeCompare(b.row.createdAt) ||
      (a.kind === b.kind ? 0 : a.kind === 'entry' ? -1 : 1) ||
      a.row.id.localeCompare(b.row.id),
  )
}

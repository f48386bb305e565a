import {
  evidenceSourceLabels,
  evidenceSources,
  type EvidenceEntry,
  type RecordReviewRow,
} from '#domain/review/evidence'
import { roleWords, stakeholderRoles } from '#domain/visit/roles'
import { sessionKindLabels, type SessionKind, type VisitSession } from '#domain/visit/session'

const byCreation = (a: EvidenceEntry, b: EvidenceEntry) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

/**
 * The notes a reviewer chose for the report for one item, as "Interview (team leader): note".
 * The note is kept exactly as typed; the renderer prints it as literal text.
 */
export function describeEvidence(entries: readonly EvidenceEntry[], reviewId: string, itemId: string): string[] {
  return entries
    .filter((e) => e.reviewId === reviewId && e.itemId === itemId && e.includeInReport && e.note.trim() !== '')
    .sort(byCreation)
    .map((e) => {
      const role = e.source === 'interview' && e.intervieweeRole?.trim() ? ` (${e.intervieweeRole.trim()})` : ''
      return `${evidenceSourceLabels[e.source]}${role}: ${e.note}`
    })
}

/** Who the reviewers heard from or watched in one role: the sessions in words and the people in them. */
export interface MethodRole {
  /** "Team leader", "Employment specialists": the role, plural when more than one person. */
  role: string
  /** "1 interview", "1 group interview and 2 interviews". */
  sessions: string
  people: number
}

export interface MethodCounts {
  /** From the visit plan: interviews and group interviews by role, counting sessions and people, never notes. */
  interviews: MethodRole[]
  /** From the visit plan: observations by the role of the people watched. */
  observations: MethodRole[]
  /** The record-review rows: one per record sampled. */
  recordsSampled: number
  /** Document-review sessions in the visit plan. */
  documentReviews: number
  /**
   * Only for a review without a visit plan (one from before the plan, a self-assessment, a training exercise):
   * the kinds of evidence recorded and the interviewees' roles as typed, with no numbers, because notes are
   * not people.
   */
  evidenceKinds: string[]
  rolesNamed: string[]
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function countKinds(kinds: readonly SessionKind[]): string {
  const order: SessionKind[] = ['group-interview', 'interview', 'observation']
  return order
    .map((kind) => {
      const count = kinds.filter((k) => k === kind).length
      const label = sessionKindLabels[kind].toLocaleLowerCase('en-GB')
      return count === 0 ? '' : `${count} ${label}${count === 1 ? '' : 's'}`
    })
    .filter((part) => part !== '')
    .join(' and ')
}

/** Sessions grouped by who they were with (a role, or the reviewer's own label for "other"), in the roles' order. */
function byRole(sessions: readonly VisitSession[], locale: string): MethodRole[] {
  const groups = new Map<string, { rank: number; sessions: VisitSession[]; name: (many: boolean) => string }>()
  for (const session of sessions) {
    if (session.role === null) continue
    const role = session.role
    const other = role === 'other' ? session.otherRoleLabel.trim() : ''
    const key = other ? `other:${other.toLocaleLowerCase('en-GB')}` : role
    const group = groups.get(key) ?? {
      rank: stakeholderRoles.indexOf(role),
      sessions: [],
      name: (many: boolean) => capitalise(other || roleWords(role, locale)[many ? 1 : 0]),
    }
    group.sessions.push(session)
    groups.set(key, group)
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.name(false).localeCompare(b.name(false), 'en-GB'))
    .map((group) => {
      const people = group.sessions.reduce((sum, s) => sum + s.people, 0)
      return { role: group.name(people > 1), sessions: countKinds(group.sessions.map((s) => s.kind)), people }
    })
}

/**
 * What the review drew on. With a visit plan, it counts the sessions held with each role and the people in
 * them, the observations, the records sampled and the documents read: never notes, since one conversation
 * gives notes on many items. The plan is the one kept on the day (sessions added, sessions not held removed).
 * Without one it names the kinds of evidence and the roles recorded, and counts nothing but the records.
 */
export function methodOfReview(
  input: {
    evidence: readonly EvidenceEntry[]
    records: readonly RecordReviewRow[]
    sessions: readonly VisitSession[]
  },
  reviewId: string,
  locale: string,
): MethodCounts {
  const sessions = input.sessions.filter((s) => s.reviewId === reviewId)
  const recordsSampled = input.records.filter((r) => r.reviewId === reviewId).length
  if (sessions.length > 0) {
    return {
      interviews: byRole(
        sessions.filter((s) => s.kind === 'interview' || s.kind === 'group-interview'),
        locale,
      ),
      observations: byRole(
        sessions.filter((s) => s.kind === 'observation'),
        locale,
      ),
      recordsSampled,
      documentReviews: sessions.filter((s) => s.kind === 'document-review').length,
      evidenceKinds: [],
      rolesNamed: [],
    }
  }
  const own = input.evidence.filter((e) => e.reviewId === reviewId)
  const roles = new Map<string, string>()
  for (const e of own.filter((entry) => entry.source === 'interview').sort(byCreation)) {
    const role = e.intervieweeRole?.trim().replace(/\s+/g, ' ')
    // Roles that differ only in case or spacing are one role.
    if (role && !roles.has(role.toLocaleLowerCase('en-GB'))) roles.set(role.toLocaleLowerCase('en-GB'), role)
  }
  return {
    interviews: [],
    observations: [],
    recordsSampled,
    documentReviews: 0,
    evidenceKinds: evidenceSources
      .filter((source) => own.some((e) => e.source === source))
      .map((source) => evidenceSourceLabels[source]),
    rolesNamed: [...roles.values()].sort((a, b) => a.localeCompare(b, 'en-GB')),
  }
}

import {
  evidenceSourceLabels,
  evidenceSources,
  type EvidenceEntry,
  type RecordReviewRow,
} from '#domain/review/evidence'

export const ROLE_NOT_RECORDED = 'Role not recorded'

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

export interface MethodCounts {
  sources: { label: string; count: number }[]
  interviews: { role: string; count: number }[]
  recordsReviewed: number
}

/**
 * What the review drew on. Interviews are counted by role from interview notes (an interview can
 * give notes on several items, so the count is of notes); service users are never named, because
 * the evidence form records a role, not a name. Roles that differ only in case or spacing count together.
 */
export function methodOfReview(
  entries: readonly EvidenceEntry[],
  records: readonly RecordReviewRow[],
  reviewId: string,
): MethodCounts {
  const own = entries.filter((e) => e.reviewId === reviewId).sort(byCreation)
  const sources = evidenceSources
    .map((source) => ({
      label: evidenceSourceLabels[source],
      count: own.filter((e) => e.source === source).length,
    }))
    .filter((s) => s.count > 0)
  const roles = new Map<string, { role: string; count: number }>()
  for (const e of own.filter((entry) => entry.source === 'interview')) {
    const role = e.intervieweeRole?.trim().replace(/\s+/g, ' ') || ROLE_NOT_RECORDED
    const key = role.toLocaleLowerCase('en-GB')
    const seen = roles.get(key)
    if (seen) seen.count += 1
    else roles.set(key, { role, count: 1 })
  }
  const interviews = [...roles.values()].sort((a, b) => b.count - a.count || a.role.localeCompare(b.role, 'en-GB'))
  return { sources, interviews, recordsReviewed: records.filter((r) => r.reviewId === reviewId).length }
}

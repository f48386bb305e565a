import { evidenceSourceLabels, type EvidenceEntry } from '#domain/review/evidence'

export const ROLE_HINT = 'Roles, never names: e.g. team leader, employment specialist, clinician, service user.'

export function entryHeading(entry: Pick<EvidenceEntry, 'source' | 'intervieweeRole'>): string {
  const source = evidenceSourceLabels[entry.source]
  return entry.source === 'interview' && entry.intervieweeRole ? `${source} with ${entry.intervieweeRole}` : source
}

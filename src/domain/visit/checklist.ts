import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { recordSampleSize, requestedDocuments } from './data-request'
import { expectedItems } from './guide'
import { roleLabel, stakeholderRoles, type StakeholderRole } from './roles'

/** One step of a self-assessment's preparation: a document to gather or people to ask. */
export interface ChecklistEntry {
  /** Stable, as the tick is stored under it: `gather-caseload-list`, `ask-clinician`. */
  id: string
  kind: 'gather' | 'ask'
  label: string
  /** What the step is for: the items it informs, in words. */
  detail: string
  /** The numbers of the items to ask these people about (empty for a document). */
  itemNumbers: number[]
}

// The team leader gathers the data in a self-assessment, so they are not on their own list; "other" has no items.
const rolesToAsk = stakeholderRoles.filter(
  (role): role is Exclude<StakeholderRole, 'team-leader' | 'other'> => role !== 'team-leader' && role !== 'other',
)

/**
 * A self-assessment's plan: the team leader gathers the same documents and records as an independent
 * review's data request, and asks each kind of person about the items that person can speak to. No times and
 * no reviewers: the team leader does this at their own pace.
 */
export function gatheringChecklist(
  scale: Pick<ScaleFile, 'items'>,
  locale: string,
  specialistCount: number,
): ChecklistEntry[] {
  const documents = requestedDocuments.map((doc): ChecklistEntry => ({
    id: `gather-${doc.id}`,
    kind: 'gather',
    label: doc.what,
    detail: `For ${doc.why}.`,
    itemNumbers: [],
  }))
  const records: ChecklistEntry = {
    id: 'gather-record-sample',
    kind: 'gather',
    label:
      `A sample of ${plural(recordSampleSize(specialistCount), 'record')} drawn at random from the caseload list, ` +
      'at least 2 from each employment specialist’s caseload, about half of people looking for work and half of people in work',
    detail: 'For the items read from records.',
    itemNumbers: [],
  }
  const people = rolesToAsk.flatMap((role): ChecklistEntry[] => {
    const items = expectedItems(scale, 'interview', role)
    if (items.length === 0) return []
    const numbers = items.map((item) => item.number)
    return [
      {
        id: `ask-${role}`,
        kind: 'ask',
        label: roleLabel(role, locale),
        detail: `Ask about ${numbers.length === 1 ? 'item' : 'items'} ${numbers.join(', ')}.`,
        itemNumbers: numbers,
      },
    ]
  })
  return [...documents, records, ...people]
}

/** How many of the checklist's steps are ticked (ticks of steps no longer on the list are not counted). */
export function tickedCount(entries: readonly Pick<ChecklistEntry, 'id'>[], done: readonly string[]): number {
  const ticked = new Set(done)
  return entries.filter((entry) => ticked.has(entry.id)).length
}

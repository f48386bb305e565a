import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { sessionKindSource, type SessionKind } from './session'
import type { StakeholderRole } from './roles'

/**
 * Which items each role can speak to, by item id (the UK and US scales share their item ids). This is the
 * app's own reading of the items, not the manual's: a reviewer edits the items of any session, and a note
 * can be tagged to any item whatever the plan said.
 */
export const itemsByRole: Record<StakeholderRole, readonly string[]> = {
  'team-leader': [
    'caseload-size',
    'employment-services-staff',
    'vocational-generalists',
    'integration-team-assignment',
    'integration-team-contact',
    'vocational-unit',
    'employment-supervisor-role',
    'zero-exclusion',
    'agency-focus-on-competitive-employment',
    'job-development-frequency',
    'competitive-jobs',
    'community-based-services',
  ],
  'employment-specialist': [
    'vocational-generalists',
    'integration-team-contact',
    'employment-agency-collaboration',
    'zero-exclusion',
    'benefits-planning',
    'disclosure',
    'ongoing-work-based-assessment',
    'rapid-job-search',
    'individual-job-search',
    'job-development-frequency',
    'job-development-quality',
    'individual-follow-along-supports',
    'time-unlimited-follow-along',
    'community-based-services',
    'assertive-engagement-and-outreach',
  ],
  clinician: [
    'integration-team-assignment',
    'integration-team-contact',
    'zero-exclusion',
    'agency-focus-on-competitive-employment',
    'benefits-planning',
    'assertive-engagement-and-outreach',
  ],
  psychiatrist: [
    'integration-team-assignment',
    'integration-team-contact',
    'zero-exclusion',
    'agency-focus-on-competitive-employment',
  ],
  'senior-manager': ['employment-services-staff', 'agency-focus-on-competitive-employment', 'executive-team-support'],
  'service-user': [
    'zero-exclusion',
    'benefits-planning',
    'disclosure',
    'ongoing-work-based-assessment',
    'rapid-job-search',
    'individual-job-search',
    'individual-follow-along-supports',
    'time-unlimited-follow-along',
    'community-based-services',
  ],
  'family-carer': ['zero-exclusion', 'individual-job-search', 'individual-follow-along-supports'],
  'work-coach': ['employment-agency-collaboration', 'benefits-planning'],
  employer: ['job-development-quality', 'individual-follow-along-supports'],
  'peer-worker': ['zero-exclusion', 'agency-focus-on-competitive-employment', 'assertive-engagement-and-outreach'],
  other: [],
}

/** What reviewers see when they watch: a team meeting (clinicians), a specialist with employers. */
export const itemsObservedByRole: Partial<Record<StakeholderRole, readonly string[]>> = {
  clinician: [
    'integration-team-assignment',
    'integration-team-contact',
    'zero-exclusion',
    'assertive-engagement-and-outreach',
  ],
  'employment-specialist': ['job-development-frequency', 'job-development-quality', 'community-based-services'],
}

/** Items read from records and documents rather than from people. */
export const itemsByKind: Partial<Record<SessionKind, readonly string[]>> = {
  'record-review': [
    'integration-team-contact',
    'benefits-planning',
    'disclosure',
    'ongoing-work-based-assessment',
    'rapid-job-search',
    'individual-job-search',
    'individual-follow-along-supports',
    'time-unlimited-follow-along',
    'assertive-engagement-and-outreach',
  ],
  'document-review': [
    'caseload-size',
    'employment-services-staff',
    'employment-supervisor-role',
    'zero-exclusion',
    'executive-team-support',
    'job-development-frequency',
    'diversity-of-job-types',
    'diversity-of-employers',
    'competitive-jobs',
  ],
}

/**
 * The items a session is expected to inform: those its role speaks to (or shows, when observed; for
 * records and documents, those its kind holds), kept only where the scale lists the session's kind of evidence among the item's data sources
 * (an interview informs items with interview evidence). In the scale's order.
 */
export function expectedItems(
  scale: Pick<ScaleFile, 'items'>,
  kind: SessionKind,
  role: StakeholderRole | null,
): ScaleItem[] {
  const source = sessionKindSource[kind]
  if (source === null) return []
  const byRole =
    role === null ? [] : ((kind === 'observation' ? itemsObservedByRole[role] : undefined) ?? itemsByRole[role])
  const wanted = new Set(itemsByKind[kind] ?? byRole)
  return scale.items.filter((item) => wanted.has(item.id) && item.dataSources.includes(source))
}

/** The interview guide for a role: for each item it informs, the scale's own interview prompts. */
export function interviewGuide(scale: ScaleFile, role: StakeholderRole): { item: ScaleItem; prompts: string[] }[] {
  return expectedItems(scale, 'interview', role).map((item) => ({
    item,
    prompts: item.evidencePrompts.filter((prompt) => prompt.source === 'INT').map((prompt) => prompt.prompt),
  }))
}

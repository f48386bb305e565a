import type { EvidenceSource } from '#domain/review/evidence'

// Everything here is fictional: people, team, trust and places. Roles only, never a service user's name.

export const demoReviewers = [
  { id: 'demo-reviewer-priya', name: 'Priya Shah' },
  { id: 'demo-reviewer-tom', name: 'Tom Ellis' },
]

/** Notes a reviewer might have taken on the first day of the current visit. */
export const demoEvidence: { itemId: string; source: EvidenceSource; role?: string; note: string }[] = [
  {
    itemId: 'caseload-size',
    source: 'management-data',
    note: 'Caseload report for last month: 62 active service users across the three specialists (22, 22 and 18, each full time in post; 2.6 FTE funded, 3.0 FTE in post while a secondment runs). 41 job seeking, 21 in work with support.',
  },
  {
    itemId: 'caseload-size',
    source: 'interview',
    role: 'team leader',
    note: 'Team leader says caseloads are capped at 22 and a waiting list opens above that. Nobody has been on the waiting list since spring.',
  },
  {
    itemId: 'employment-services-staff',
    source: 'document',
    note: 'Job descriptions for all three specialists list employment support only. Rotas show no duty or care-coordination shifts.',
  },
  {
    itemId: 'employment-services-staff',
    source: 'interview',
    role: 'employment specialist',
    note: 'One specialist covers the duty phone about one afternoon a month when the team is short - roughly 2% of her hours.',
  },
  {
    itemId: 'integration-team-contact',
    source: 'observation',
    note: 'Observed the Tuesday clinical team meeting: both specialists present, employment discussed for 6 of the 14 people reviewed; a psychiatrist asked the specialist to meet a new referral.',
  },
  {
    itemId: 'disclosure',
    source: 'record-review',
    note: 'Disclosure conversations recorded in 7 of 10 sampled records; two show it discussed again after a job offer.',
  },
  {
    itemId: 'rapid-job-search',
    source: 'record-review',
    note: 'Sampled records (see the record review): first face-to-face employer contact between 9 and 44 days after joining.',
  },
  {
    itemId: 'job-development-frequency',
    source: 'document',
    note: 'Employer contact logs for the last 4 weeks: averages of 6, 5 and 4 face-to-face contacts a week. The supervisor signs the logs weekly.',
  },
]

/** Calculator values the reviewer has already entered (keys are the calculator's input names). */
export const demoCalculatorInputs: {
  itemId: string
  values: Record<string, number | boolean | number[] | string[]>
}[] = [
  { itemId: 'caseload-size', values: { specialistCaseloads: [22, 22, 18], specialistFtes: [1, 1, 1] } },
  { itemId: 'job-development-frequency', values: { perSpecialist: [6, 5, 4] } },
  {
    itemId: 'integration-team-contact',
    values: { elementsPresent: ['weekly-team-meetings', 'shared-decisions', 'employment-records', 'office-near-team'] },
  },
]

/** Sampled records, anonymous codes only. */
export const demoRecords = [
  { anonymousId: 'R-01', days: 9, jobType: 'Warehouse operative', employer: 'Northgate Logistics', competitive: true },
  { anonymousId: 'R-02', days: 21, jobType: 'Café assistant', employer: 'Bridge Street Café', competitive: true },
  { anonymousId: 'R-03', days: 44, jobType: 'Admin assistant', employer: 'Wensley Council', competitive: true },
  { anonymousId: 'R-04', days: 15, jobType: 'Retail assistant', employer: 'Market Hall Books', competitive: true },
  { anonymousId: 'R-05', days: 30, jobType: '', employer: '', competitive: null },
  { anonymousId: 'R-06', days: 12, jobType: 'Gardener', employer: 'Northgate Parks Trust', competitive: true },
] as const

/**
 * Earlier reviews of the demo team, oldest first, so the results page can compare and the team history has
 * a trend: Good, then a self-assessment, then Exemplary. Scores are in the UK scale's item order (1-25).
 */
export const demoFinalReviews = [
  {
    id: 'demo-northgate-review-2025',
    type: 'independent',
    daysAgo: 400,
    scores: [4, 5, 4, 4, 4, 3, 4, 5, 4, 4, 4, 4, 4, 4, 5, 4, 4, 4, 5, 5, 4, 4, 4, 4, 4],
  },
  {
    id: 'demo-northgate-self-assessment',
    type: 'self-assessment',
    daysAgo: 250,
    scores: [5, 5, 4, 4, 5, 3, 4, 5, 4, 5, 4, 4, 5, 4, 5, 4, 4, 4, 5, 5, 5, 4, 5, 4, 4],
  },
  {
    id: 'demo-northgate-review-spring',
    type: 'independent',
    daysAgo: 120,
    scores: [5, 5, 5, 5, 5, 4, 5, 5, 5, 5, 4, 5, 5, 4, 5, 5, 4, 5, 5, 5, 5, 4, 5, 4, 5],
  },
] as const

/** What the reviewers wrote for the report of the newest final review, so the demo's report reads as a real one. */
export const demoNarrative = {
  reviewId: 'demo-northgate-review-spring',
  executiveSummary:
    'Northgate’s IPS service meets the model closely and has improved since last year’s review. Employment ' +
    'specialists are part of the clinical team, people are referred whatever their history, and job search ' +
    'starts within weeks. The areas to keep working on are follow-along support and the range of employers.',
  serviceContext:
    'Four employment specialists (3.6 FTE) work within the community recovery team, with a combined caseload ' +
    'of about 80 people. The team leader supervises the specialists, who attend the weekly clinical meeting.',
  overallStrengths:
    'Zero exclusion is practised and written into the referral pathway; specialists meet employers face to face ' +
    'every week; benefits counselling is offered to everyone before they start work.',
} as const

/** Where the second reviewer first disagreed (item number → their score minus the agreed score). */
export const demoSecondReviewerDifferences: Readonly<Record<number, number>> = { 3: -1, 6: -1, 10: 1, 14: -1, 17: -1 }

/** Notes from the team leader interview on day one, each tagged to the items it speaks to. */
export const demoSessionNotes: { itemIds: string[]; note: string }[] = [
  {
    itemIds: ['caseload-size', 'employment-services-staff'],
    note: 'Three specialists, all doing IPS only; no other duties since the day-centre role was withdrawn last spring.',
  },
  {
    itemIds: ['integration-team-assignment', 'integration-team-contact'],
    note: 'Each specialist is linked to one community mental health team and attends its weekly meeting in person.',
  },
  {
    itemIds: ['zero-exclusion', 'agency-focus-on-competitive-employment'],
    note: 'Referral is open to anyone on the caseload who wants to work; a poster campaign in the waiting room. Psychiatrists still sometimes ask people to wait until they are "more stable".',
  },
]

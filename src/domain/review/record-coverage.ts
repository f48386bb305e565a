import { recordFigures, type PracticeCount } from './record-figures'
import { summariseRecords } from './record-review-inputs'

type Row = Parameters<typeof summariseRecords>[0][number]

const most = (...counts: PracticeCount[]) => Math.max(...counts.map((count) => count.of))

/**
 * For each item the record review informs (keyed by item id, the same items as `recordFigureWords`), how many
 * sampled records have something recorded for it. The coverage grid counts the record review for an item only
 * when this is above nought: a sample whose disclosure column is empty is no evidence about disclosure.
 */
export function recordsInformingEachItem(rows: readonly Row[], visitEnd: string | null): Record<string, number> {
  const s = summariseRecords(rows, visitEnd)
  const f = recordFigures(rows, visitEnd)
  return {
    'integration-team-contact': f.employmentNotes.of,
    'benefits-planning': most(f.benefitsCounselling, f.betterOffCalculation),
    disclosure: f.disclosure.of,
    'ongoing-work-based-assessment': most(f.careerProfile, f.profileUpdatedAfterJob),
    'rapid-job-search': s.days.length,
    'individual-job-search': f.jobSearchFollowsPreferences.of,
    'diversity-of-job-types': s.jobsWithType,
    'diversity-of-employers': s.jobsWithEmployer,
    'competitive-jobs': s.competitiveKnown,
    'individual-follow-along-supports': f.inWorkSupport.of,
    'time-unlimited-follow-along': most(f.support4Months, f.supportYear),
  }
}

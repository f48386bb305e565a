import type { RecordReviewRow } from './evidence'
import { daysToContactByRecord, recordFigures, type PracticeCount } from './record-figures'
import { mean, summariseRecords } from './record-review-inputs'
import { formatReportDate } from '#domain/text/dates'
import { plural } from '#domain/text/plural'

const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))
const share = (part: number, whole: number) => (whole === 0 ? '' : ` (${one((part * 100) / whole)}%)`)

/** "Disclosure discussed in 3 of 5 records where this is recorded (60%)." */
function practice(what: string, count: PracticeCount, among = 'records where this is recorded'): string {
  if (count.of === 0) return `${what}: nothing recorded yet.`
  return `${what} in ${count.shown} of ${count.of} ${among}${share(count.shown, count.of)}.`
}

/** How the days to first employer contact were found, so a reviewer can check the figure. */
function howDaysWereFound(d: ReturnType<typeof recordFigures>['daysToContact'], visitEnd: string): string {
  const parts = [
    d.byDates > 0 && `${d.byDates} from the two dates`,
    d.noContactYet > 0 &&
      `${d.noContactYet} with no contact yet, counted by days since entry to ${formatReportDate(visitEnd)}`,
    d.typed > 0 && `${d.typed} from a typed figure`,
  ].filter(Boolean)
  const missing = d.notRecorded > 0 ? ` ${plural(d.notRecorded, 'record')} without dates or a figure left out.` : ''
  return `${parts.join('; ')}.${missing}`
}

/**
 * Item 23's anchors are about how long face-to-face support lasts: under half or half or more of working
 * people seen for 4 months or more (anchors 2 and 3), monthly for a year or more on average (anchor 4). So its
 * figure is the share by support length; the number of support contacts is context only.
 */
function followAlongWords(f: ReturnType<typeof recordFigures>, meanContacts: number | null, contacts: number) {
  const four = f.support4Months
  const half =
    four.of === 0
      ? ''
      : four.shown * 2 >= four.of
        ? ' Half or more, as anchor 3 describes (under half is anchor 2).'
        : ' Under half, as anchor 2 describes (half or more is anchor 3).'
  return [
    `${practice('In-work support for 4 months or more', four, 'records where its length is known')}${half}`,
    `${practice('In-work support for a year or more', f.supportYear, 'records where its length is known')}${
      f.supportYear.of === 0
        ? ''
        : ' Anchor 4 also needs weekly contact in the first month and monthly contact or more for a year or more on average: check the files and interviews.'
    }`,
    ...(f.supportFromDates > 0
      ? [`${plural(f.supportFromDates, 'length')} worked out from the job start and last contact dates.`]
      : []),
    ...(meanContacts === null
      ? []
      : [
          `Context only, not what the anchors measure: mean ${one(meanContacts)} support contacts after starting work, over ${plural(contacts, 'record')}.`,
        ]),
  ]
}

/**
 * What the record review adds up to, in words, for each item it feeds (keyed by item id). Kept in the domain so
 * the record review page and the consensus cards say the same thing.
 */
export function recordFigureWords(rows: readonly RecordReviewRow[], visitEnd: string): Record<string, string[]> {
  const s = summariseRecords(rows, visitEnd)
  const f = recordFigures(rows, visitEnd)
  const meanDays = mean(s.days)
  const meanContacts = mean(s.supportContacts)
  return {
    'integration-team-contact': [practice('Employment notes in the clinical record', f.employmentNotes)],
    'benefits-planning': [
      practice('Benefits counselling offered', f.benefitsCounselling),
      practice('A better-off calculation offered', f.betterOffCalculation),
    ],
    disclosure: [practice('Disclosure discussed', f.disclosure)],
    'ongoing-work-based-assessment': [
      practice('A vocational profile', f.careerProfile),
      practice(
        'The profile updated after each job',
        f.profileUpdatedAfterJob,
        'records with a job where this is recorded',
      ),
    ],
    'rapid-job-search':
      meanDays === null
        ? ['No dates or days entered yet.']
        : [
            `Mean ${one(meanDays)} days from entry to first employer contact, over ${plural(s.days.length, 'record')}: ${howDaysWereFound(f.daysToContact, visitEnd)}`,
            daysToContactByRecord(rows, visitEnd),
          ],
    'individual-job-search': [
      practice('The job search plan follows the person’s preferences', f.jobSearchFollowsPreferences),
      'This counts records; the anchors count employer contacts, so enter those in the calculator from the job development logs.',
    ],
    'diversity-of-job-types': [
      `${plural(s.distinctJobTypes, 'different job type')} among ${plural(s.jobsWithType, 'job')}${share(s.distinctJobTypes, s.jobsWithType)}.`,
    ],
    'diversity-of-employers': [
      `${plural(s.distinctEmployers, 'different employer')} among ${plural(s.jobsWithEmployer, 'job')}${share(s.distinctEmployers, s.jobsWithEmployer)}.`,
    ],
    'competitive-jobs': [
      `${s.competitive} competitive of ${plural(s.competitiveKnown, 'job')} in the sample where this is known${share(s.competitive, s.competitiveKnown)}.`,
      'The sample gives the share only: the “fewer than 10 jobs held at present” rule counts every job held by people on the caseload now, from management data.',
    ],
    'individual-follow-along-supports': [
      practice('In-work support with a date of last contact', f.inWorkSupport, 'records with a job'),
    ],
    'time-unlimited-follow-along': followAlongWords(f, meanContacts, s.supportContacts.length),
  }
}

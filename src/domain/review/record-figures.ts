import { addMonths, daysBetween } from '#domain/text/dates'
import type { RecordReviewRow, SupportDuration } from './evidence'
import { formatReportDate } from '#domain/text/dates'

/** What the figures need of a row; the fields added with the full record review may be missing from older callers. */
export type RecordFiguresRow = Pick<RecordReviewRow, 'daysToFirstEmployerContact' | 'jobType' | 'employer'> &
  Partial<
    Pick<
      RecordReviewRow,
      | 'entryDate'
      | 'firstEmployerContactDate'
      | 'noEmployerContactYet'
      | 'careerProfile'
      | 'jobSearchFollowsPreferences'
      | 'benefitsCounsellingOffered'
      | 'betterOffCalculationOffered'
      | 'disclosureDiscussed'
      | 'employmentNotesInRecord'
      | 'jobStartDate'
      | 'lastSupportContactDate'
      | 'supportDuration'
    >
  >

/**
 * How a record's days to first employer contact were found: from its two dates; from its date of entry to
 * the visit's last day when there has been no contact yet (counted, not dropped: item 15 asks how long people
 * wait); or the figure a reviewer typed before records had dates.
 */
export type DaysBasis = 'dates' | 'no-contact-yet' | 'typed'

export interface DaysToContact {
  days: number
  basis: DaysBasis
}

/**
 * Days from entry to first face-to-face employer contact for one record, or null when the record does not
 * give them. `visitEnd` is the review's last day of the visit, the day "no contact yet" is counted to.
 */
export function daysToFirstContact(row: RecordFiguresRow, visitEnd: string | null): DaysToContact | null {
  const { entryDate, firstEmployerContactDate } = row
  if (entryDate && firstEmployerContactDate) {
    return { days: daysBetween(entryDate, firstEmployerContactDate), basis: 'dates' }
  }
  if (entryDate && row.noEmployerContactYet && visitEnd) {
    // Someone who joined after the visit ended has waited no days at the visit.
    return { days: Math.max(0, daysBetween(entryDate, visitEnd)), basis: 'no-contact-yet' }
  }
  if (row.daysToFirstEmployerContact !== null) return { days: row.daysToFirstEmployerContact, basis: 'typed' }
  return null
}

/**
 * Which records item 15's mean counts and how, record by record, so a reviewer can check it against the files:
 * "R-01: 10 days from the dates; R-02: 60 days with no contact yet (entry 1 May 2026 to 30 June 2026);
 * left out: R-04 (no dates or figure)". A record without a code is named by its place in the table.
 */
export function daysToContactByRecord(
  rows: readonly (RecordFiguresRow & { anonymousId?: string })[],
  visitEnd: string | null,
): string {
  const counted: string[] = []
  const left: string[] = []
  rows.forEach((row, i) => {
    const name = row.anonymousId?.trim() || `record ${i + 1}`
    const contact = daysToFirstContact(row, visitEnd)
    if (!contact) {
      const why =
        row.noEmployerContactYet && !row.entryDate ? 'no contact yet, but no date of entry' : 'no dates or figure'
      left.push(`${name} (${why})`)
    } else if (contact.basis === 'dates') counted.push(`${name}: ${contact.days} days from the two dates`)
    else if (contact.basis === 'typed') counted.push(`${name}: ${contact.days} days as typed`)
    else {
      const to = visitEnd ? formatReportDate(visitEnd) : 'the visit'
      counted.push(
        `${name}: ${contact.days} days with no contact yet (entry ${formatReportDate(row.entryDate ?? '')} to ${to})`,
      )
    }
  })
  const leftOut = left.length > 0 ? ` Left out: ${left.join('; ')}.` : ''
  return `${counted.length > 0 ? `${counted.join('; ')}.` : 'No record counted.'}${leftOut}`
}

export interface SupportLength {
  duration: SupportDuration
  /** Chosen by the reviewer, or worked out from the job's start and the last in-work support contact. */
  basis: 'recorded' | 'dates'
}

/** How long in-work support has gone on: the reviewer's choice, else from the dates, else null (unknown). */
export function supportLength(row: RecordFiguresRow): SupportLength | null {
  if (row.supportDuration) return { duration: row.supportDuration, basis: 'recorded' }
  const { jobStartDate: start, lastSupportContactDate: last } = row
  if (!start || !last) return null
  const duration =
    last >= addMonths(start, 12)
      ? 'a-year-or-more'
      : last >= addMonths(start, 4)
        ? '4-months-or-more'
        : 'under-4-months'
  return { duration, basis: 'dates' }
}

/** How many sampled records show a practice, of how many where it is recorded (unknowns are left out of both). */
export interface PracticeCount {
  shown: number
  of: number
}

function count<T>(values: readonly (T | null | undefined)[], shows: (value: T) => boolean): PracticeCount {
  const known = values.filter((value): value is T => value !== null && value !== undefined)
  return { shown: known.filter(shows).length, of: known.length }
}

const yes = (value: boolean) => value

const hasJob = (row: RecordFiguresRow) => Boolean(row.jobType.trim() || row.employer.trim() || row.jobStartDate)

export interface RecordFigures {
  records: number
  /** Item 15: one figure per record that gives one, with how it was found. */
  daysToContact: {
    days: number[]
    byDates: number
    noContactYet: number
    typed: number
    notRecorded: number
  }
  /** Item 5: employment notes in the clinical record. */
  employmentNotes: PracticeCount
  /** Item 12: benefits counselling offered, and a better-off calculation offered. */
  benefitsCounselling: PracticeCount
  betterOffCalculation: PracticeCount
  /** Item 13: disclosure discussed. */
  disclosure: PracticeCount
  /** Item 14: a vocational profile in place (or updated), and updated after each job among records with a job. */
  careerProfile: PracticeCount
  profileUpdatedAfterJob: PracticeCount
  /** Item 16: the job search plan follows the person's preferences. */
  jobSearchFollowsPreferences: PracticeCount
  /** Item 22: records with a job whose in-work support has a last contact date, of records with a job. */
  inWorkSupport: PracticeCount
  /** Item 23: support for 4 months or more, and for a year or more, of records where the length is known. */
  support4Months: PracticeCount
  supportYear: PracticeCount
  /** How many support lengths were worked out from the dates rather than chosen. */
  supportFromDates: number
}

/** The figures the sampled records give the items they feed; pure, with the visit's last day passed in. */
export function recordFigures(rows: readonly RecordFiguresRow[], visitEnd: string | null): RecordFigures {
  const contacts = rows.map((row) => daysToFirstContact(row, visitEnd))
  const withBasis = (basis: DaysBasis) => contacts.filter((c) => c?.basis === basis).length
  const lengths = rows.map(supportLength)
  const withJob = rows.filter(hasJob)
  // A yes/no practice: records showing it, of records where it is recorded.
  type YesNoField =
    | 'employmentNotesInRecord'
    | 'benefitsCounsellingOffered'
    | 'betterOffCalculationOffered'
    | 'disclosureDiscussed'
    | 'jobSearchFollowsPreferences'
  const shownIn = (field: YesNoField) =>
    count(
      rows.map((r) => r[field]),
      yes,
    )
  const durations = lengths.map((l) => l?.duration)
  return {
    records: rows.length,
    daysToContact: {
      days: contacts.flatMap((c) => (c ? [c.days] : [])),
      byDates: withBasis('dates'),
      noContactYet: withBasis('no-contact-yet'),
      typed: withBasis('typed'),
      notRecorded: contacts.filter((c) => c === null).length,
    },
    employmentNotes: shownIn('employmentNotesInRecord'),
    benefitsCounselling: shownIn('benefitsCounsellingOffered'),
    betterOffCalculation: shownIn('betterOffCalculationOffered'),
    disclosure: shownIn('disclosureDiscussed'),
    careerProfile: count(
      rows.map((r) => r.careerProfile),
      (profile) => profile !== 'none',
    ),
    profileUpdatedAfterJob: count(
      withJob.map((r) => r.careerProfile),
      (profile) => profile === 'updated-after-each-job',
    ),
    jobSearchFollowsPreferences: shownIn('jobSearchFollowsPreferences'),
    inWorkSupport: { shown: withJob.filter((r) => Boolean(r.lastSupportContactDate)).length, of: withJob.length },
    support4Months: count(durations, (d) => d !== 'under-4-months'),
    supportYear: count(durations, (d) => d === 'a-year-or-more'),
    supportFromDates: lengths.filter((l) => l?.basis === 'dates').length,
  }
}

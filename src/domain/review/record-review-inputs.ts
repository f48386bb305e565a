import type { CalculatorInputs as CalculatorValues } from '#domain/calculators/inputs'
import type { RecordReviewRow } from './evidence'
import type { ScaleItem } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { formatReportDate } from '#domain/text/dates'
import { daysToContactByRecord, daysToFirstContact, type RecordFiguresRow } from './record-figures'

type Row = RecordFiguresRow &
  Pick<RecordReviewRow, 'competitive' | 'supportContactsAfterStart'> &
  Partial<Pick<RecordReviewRow, 'anonymousId'>>

/** The figures the record-review table gives the items it feeds. */
export interface RecordReviewSummary {
  records: number
  /** Days from entry to first employer contact, one per record that has the figure (see record-figures.ts). */
  days: number[]
  /** How many of `days` are "no contact yet", counted from entry to the visit's last day. */
  noContactYet: number
  jobsWithType: number
  distinctJobTypes: number
  jobsWithEmployer: number
  distinctEmployers: number
  /** Records whose job is known to be competitive, and records where competitive is known (yes or no). */
  competitive: number
  competitiveKnown: number
  /** Support contacts after starting work, one per record that has the figure. */
  supportContacts: number[]
}

// "Care Assistant " and "care  assistant" are the same job type; spelling variants are the reviewer's call.
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB')

function distinct(values: readonly string[]): { count: number; distinct: number } {
  const present = values.map(normalise).filter(Boolean)
  return { count: present.length, distinct: new Set(present).size }
}

/** `visitEnd` is the review's last day of the visit: records with no employer contact yet are counted to it. */
export function summariseRecords(rows: readonly Row[], visitEnd: string | null = null): RecordReviewSummary {
  const contacts = rows.flatMap((row) => daysToFirstContact(row, visitEnd) ?? [])
  const types = distinct(rows.map((row) => row.jobType))
  const employers = distinct(rows.map((row) => row.employer))
  const known = rows.filter((row) => row.competitive !== null)
  return {
    records: rows.length,
    days: contacts.map((c) => c.days),
    noContactYet: contacts.filter((c) => c.basis === 'no-contact-yet').length,
    jobsWithType: types.count,
    distinctJobTypes: types.distinct,
    jobsWithEmployer: employers.count,
    distinctEmployers: employers.distinct,
    competitive: known.filter((row) => row.competitive === true).length,
    competitiveKnown: known.length,
    supportContacts: rows.flatMap((row) =>
      row.supportContactsAfterStart === null ? [] : [row.supportContactsAfterStart],
    ),
  }
}

export interface RecordReviewFill {
  /** Calculator values to merge into the item's inputs; other inputs (e.g. tracking) are left alone. */
  values: CalculatorValues
  /** How many records the values come from. */
  records: number
  /** What was counted, for the reviewer to check. */
  explanation: string
}

/** Items whose calculator the table can fill, by the stable item id and the calculator it must have. */
export const recordReviewItems = {
  'rapid-job-search': 'day-bands',
  'diversity-of-job-types': 'percentage-bands',
  'diversity-of-employers': 'percentage-bands',
  'competitive-jobs': 'percentage-bands',
} as const

/**
 * Calculator values for the item from the sampled records, or null if the table does not feed it or has
 * nothing yet. `visitEnd` (the review's last day of the visit) lets records with no employer contact yet count.
 */
export function inputsFromRecords(
  item: Pick<ScaleItem, 'id' | 'calculator'>,
  rows: readonly Row[],
  visitEnd: string | null = null,
): RecordReviewFill | null {
  const kind = (recordReviewItems as Record<string, string>)[item.id]
  if (!kind || item.calculator?.kind !== kind) return null
  if (item.calculator.kind === 'percentage-bands' && item.calculator.combine !== 'overall') return null
  const s = summariseRecords(rows, visitEnd)
  switch (item.id) {
    case 'rapid-job-search':
      if (s.days.length === 0) return null
      return {
        values: { daysPerRecord: s.days },
        records: s.days.length,
        explanation:
          `Days to first employer contact from ${plural(s.days.length, 'record')}` +
          (s.noContactYet > 0 && visitEnd
            ? `, of which ${s.noContactYet} no contact yet, counted by days since entry to the last day of the visit (${formatReportDate(visitEnd)}).`
            : '.') +
          ` ${daysToContactByRecord(rows, visitEnd)}`,
      }
    case 'diversity-of-job-types':
      if (s.jobsWithType === 0) return null
      return {
        values: { numerator: s.distinctJobTypes, denominator: s.jobsWithType },
        records: s.jobsWithType,
        explanation: `${plural(s.distinctJobTypes, 'different job type')} among ${plural(s.jobsWithType, 'job')}.`,
      }
    case 'diversity-of-employers':
      if (s.jobsWithEmployer === 0) return null
      return {
        values: { numerator: s.distinctEmployers, denominator: s.jobsWithEmployer },
        records: s.jobsWithEmployer,
        explanation: `${plural(s.distinctEmployers, 'different employer')} among ${plural(s.jobsWithEmployer, 'job')}.`,
      }
    case 'competitive-jobs':
      // Records where nobody knows whether the job is competitive are left out rather than counted as "no".
      if (s.competitiveKnown === 0) return null
      // The sample gives the share only: the fewer-than-10 rule counts every job held on the caseload (management data).
      return {
        values: { numerator: s.competitive, denominatorCounted: s.competitiveKnown },
        records: s.competitiveKnown,
        explanation:
          `${s.competitive} competitive of ${plural(s.competitiveKnown, 'job')} in the sample where this is known: this gives the share only. ` +
          'The “fewer than 10 jobs” rule counts every job held by people on the caseload now: enter that number from management data.',
      }
    default:
      return null
  }
}

/** The mean of some figures, or null when there are none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  return values.reduce((total, v) => total + v, 0) / values.length
}

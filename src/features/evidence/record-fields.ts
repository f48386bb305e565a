import {
  careerProfileLabels,
  careerProfiles,
  supportDurationLabels,
  supportDurations,
  type RecordReviewRow,
} from '#domain/review/evidence'
import type { RecordReviewRowPatch } from '../../storage/evidence-repo'

/** How a field is edited: each kind has one control and one way to turn its text into a stored value. */
export type RecordFieldKind = 'code' | 'text' | 'count' | 'date' | 'tick' | 'yes-no' | 'choice'

interface FieldSpec {
  kind: RecordFieldKind
  label: string
  /** Said under the label on a card, and in the table's column header. */
  hint?: string
  /** For a choice: the stored values and their labels, after "Unknown". */
  options?: readonly (readonly [string, string])[]
}

const yesNo = { kind: 'yes-no' } as const

export const recordFieldSpecs = {
  anonymousId: { kind: 'code', label: 'Anonymous code' },
  entryDate: { kind: 'date', label: 'Date of entry to the service' },
  firstEmployerContactDate: { kind: 'date', label: 'First face-to-face employer contact' },
  noEmployerContactYet: { kind: 'tick', label: 'No employer contact yet' },
  daysToFirstEmployerContact: {
    kind: 'count',
    label: 'Days from entry to first employer contact',
    hint: 'Only if the record gives no dates',
  },
  careerProfile: {
    kind: 'choice',
    label: 'Vocational profile',
    options: careerProfiles.map((value) => [value, careerProfileLabels[value]] as const),
  },
  jobSearchFollowsPreferences: { ...yesNo, label: 'Job search plan follows their preferences' },
  benefitsCounsellingOffered: { ...yesNo, label: 'Benefits counselling offered' },
  betterOffCalculationOffered: { ...yesNo, label: 'Better-off calculation offered' },
  disclosureDiscussed: { ...yesNo, label: 'Disclosure discussed' },
  employmentNotesInRecord: { ...yesNo, label: 'Employment notes in the clinical record' },
  jobType: { kind: 'text', label: 'Job type' },
  employer: { kind: 'text', label: 'Employer' },
  competitive: { ...yesNo, label: 'Competitive job' },
  jobStartDate: { kind: 'date', label: 'Job start date' },
  lastSupportContactDate: { kind: 'date', label: 'Last in-work support contact' },
  supportDuration: {
    kind: 'choice',
    label: 'In-work support has lasted',
    options: supportDurations.map((value) => [value, supportDurationLabels[value]] as const),
  },
  supportContactsAfterStart: { kind: 'count', label: 'Support contacts after starting work' },
} as const satisfies Record<string, FieldSpec>

export type RecordField = keyof typeof recordFieldSpecs

/** The record, then its dates, practices, job and in-work support: the order of a card and of the table's columns. */
export const recordFieldGroups = [
  {
    id: 'dates',
    label: 'Dates',
    fields: ['entryDate', 'firstEmployerContactDate', 'noEmployerContactYet', 'daysToFirstEmployerContact'],
  },
  {
    id: 'practices',
    label: 'Practices',
    fields: [
      'careerProfile',
      'jobSearchFollowsPreferences',
      'benefitsCounsellingOffered',
      'betterOffCalculationOffered',
      'disclosureDiscussed',
      'employmentNotesInRecord',
    ],
  },
  { id: 'job', label: 'Job held', fields: ['jobType', 'employer', 'competitive', 'jobStartDate'] },
  {
    id: 'support',
    label: 'In-work support',
    fields: ['lastSupportContactDate', 'supportDuration', 'supportContactsAfterStart'],
  },
] as const satisfies readonly { id: string; label: string; fields: readonly RecordField[] }[]

export const recordFields: readonly RecordField[] = [
  'anonymousId',
  ...recordFieldGroups.flatMap((group) => group.fields),
]

export const recordFieldLabels = Object.fromEntries(
  Object.entries(recordFieldSpecs).map(([field, spec]) => [field, spec.label]),
) as Record<RecordField, string>

export const isRecordField = (field: string): field is RecordField => Object.hasOwn(recordFieldSpecs, field)

const yesNoText = (value: boolean | null) => (value === true ? 'yes' : value === false ? 'no' : '')

/** The text a field shows for a stored row. */
export function recordFieldText(row: RecordReviewRow, field: RecordField): string {
  const value = row[field]
  if (typeof value === 'boolean')
    return recordFieldSpecs[field].kind === 'tick' ? (value ? 'yes' : '') : yesNoText(value)
  return value === null ? '' : String(value)
}

/** The patch for one field from what was typed; the repository's schema rejects impossible values with a message. */
export function recordFieldPatch(field: RecordField, text: string): RecordReviewRowPatch {
  const trimmed = text.trim()
  switch (recordFieldSpecs[field].kind) {
    case 'yes-no':
      return { [field]: trimmed === 'yes' ? true : trimmed === 'no' ? false : null }
    case 'tick':
      return { [field]: trimmed === 'yes' }
    case 'count':
      // NaN for anything that is not a number, so the schema's "whole number" message is shown.
      return { [field]: trimmed === '' ? null : /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN }
    case 'date':
    case 'choice':
      return { [field]: trimmed === '' ? null : trimmed }
    default:
      return { [field]: text }
  }
}

/** The next free code in the "R-01", "R-02" series, so a reviewer never has to invent one (or type a name). */
export function nextRecordCode(rows: readonly Pick<RecordReviewRow, 'anonymousId'>[]): string {
  const numbers = rows.map((row) => /^R-(\d+)$/i.exec(row.anonymousId)?.[1]).map(Number)
  const next = Math.max(0, ...numbers.filter(Number.isFinite)) + 1
  return `R-${String(next).padStart(2, '0')}`
}

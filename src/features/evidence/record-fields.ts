import type { RecordReviewRow } from '#domain/review/evidence'
import type { RecordReviewRowPatch } from '../../storage/evidence-repo'

export const recordFields = [
  'anonymousId',
  'daysToFirstEmployerContact',
  'jobType',
  'employer',
  'competitive',
  'supportContactsAfterStart',
] as const
export type RecordField = (typeof recordFields)[number]

export const recordFieldLabels: Record<RecordField, string> = {
  anonymousId: 'Anonymous code',
  daysToFirstEmployerContact: 'Days from entry to first employer contact',
  jobType: 'Job type',
  employer: 'Employer',
  competitive: 'Competitive job',
  supportContactsAfterStart: 'Support contacts after starting work',
}

export const isRecordField = (field: string): field is RecordField =>
  (recordFields as readonly string[]).includes(field)

/** The text a field shows for a stored row. */
export function recordFieldText(row: RecordReviewRow, field: RecordField): string {
  const value = row[field]
  if (field === 'competitive') return value === true ? 'yes' : value === false ? 'no' : ''
  return value === null ? '' : String(value)
}

/** The patch for one field from what was typed; the repository's schema rejects impossible values with a message. */
export function recordFieldPatch(field: RecordField, text: string): RecordReviewRowPatch {
  switch (field) {
    case 'competitive':
      return { competitive: text === 'yes' ? true : text === 'no' ? false : null }
    case 'daysToFirstEmployerContact':
    case 'supportContactsAfterStart': {
      const trimmed = text.trim()
      // NaN for anything that is not a number, so the schema's "whole number" message is shown.
      return { [field]: trimmed === '' ? null : /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN }
    }
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

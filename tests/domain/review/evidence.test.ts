import { describe, expect, it } from 'vitest'
import {
  CalculatorInputsSchema,
  EvidenceEntryInputSchema,
  RecordReviewRowInputSchema,
  type RecordReviewRowInput,
} from '#domain/review/evidence'

const row: RecordReviewRowInput = {
  reviewId: 'r1',
  anonymousId: 'R-07',
  daysToFirstEmployerContact: 14,
  jobType: 'Warehouse operative',
  employer: 'Depot Ltd',
  competitive: true,
  supportContactsAfterStart: 3,
}

describe('RecordReviewRowInputSchema', () => {
  it.each(['R-07', 'r7', '2024-017', 'ES1-03'])('accepts the anonymous code %s', (anonymousId) => {
    expect(RecordReviewRowInputSchema.safeParse({ ...row, anonymousId }).success).toBe(true)
  })

  it.each(['Alice', 'Jane Smith', "O'Brien", '', 'R-0123456789012345678'])('refuses %j as an id', (anonymousId) => {
    const result = RecordReviewRowInputSchema.safeParse({ ...row, anonymousId })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/anonymous code such as "R-07"/)
  })

  // zod/mini has no wording of its own ("Invalid input"), so this checks the English messages are switched on.
  it('explains in words a limit that has no message of its own', () => {
    const result = RecordReviewRowInputSchema.safeParse({ ...row, jobType: 'x'.repeat(201) })
    expect(result.error?.issues[0]?.message).toBe('Too big: expected string to have <=200 characters')
  })

  it('allows unknown values as null', () => {
    const unknowns = { daysToFirstEmployerContact: null, competitive: null, supportContactsAfterStart: null }
    expect(RecordReviewRowInputSchema.safeParse({ ...row, ...unknowns }).success).toBe(true)
  })

  it.each([
    ['negative days', { daysToFirstEmployerContact: -1 }, /cannot be negative/],
    ['fractional days', { daysToFirstEmployerContact: 1.5 }, /whole number/],
    ['negative contacts', { supportContactsAfterStart: -2 }, /cannot be negative/],
  ])('refuses %s', (_label, change, message) => {
    const result = RecordReviewRowInputSchema.safeParse({ ...row, ...change })
    expect(result.error?.issues[0]?.message).toMatch(message)
  })
})

describe('EvidenceEntryInputSchema', () => {
  const entry = { reviewId: 'r1', itemId: 'caseload-size', source: 'interview', note: 'Said 20' }

  it('takes the interviewee’s role as optional', () => {
    expect(EvidenceEntryInputSchema.safeParse(entry).success).toBe(true)
    expect(EvidenceEntryInputSchema.parse({ ...entry, intervieweeRole: ' team leader ' }).intervieweeRole).toBe(
      'team leader',
    )
  })

  it('refuses an unknown source', () => {
    expect(EvidenceEntryInputSchema.safeParse({ ...entry, source: 'rumour' }).error?.issues[0]?.message).toMatch(
      /where the evidence came from/,
    )
  })
})

describe('CalculatorInputsSchema', () => {
  const base = { reviewId: 'r1', itemId: 'i', updatedAt: '2026-01-01T00:00:00.000Z' }

  it('holds numbers, yes/no answers and lists', () => {
    const values = { clients: 81, fte: 3.6, hasPlan: true, perSpecialist: [20, 25], ticked: ['a', 'b'] }
    expect(CalculatorInputsSchema.parse({ ...base, values }).values).toEqual(values)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'eighty'])('refuses %s', (value) => {
    expect(CalculatorInputsSchema.safeParse({ ...base, values: { clients: value } }).success).toBe(false)
  })
})

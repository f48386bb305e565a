import { describe, expect, it } from 'vitest'
import {
  ReviewInputSchema,
  reviewStatuses,
  reviewStatusLabels,
  reviewTypeLabels,
  reviewTypes,
  type ReviewInput,
} from '#domain/review/review'

const valid: ReviewInput = {
  teamId: 't1',
  type: 'independent',
  scaleId: 'ips-fidelity-uk',
  scaleVersion: '1.0.0',
  visitStart: '2026-03-02',
  visitEnd: '2026-03-03',
  reviewers: [{ id: 'a', name: 'Reviewer A' }],
}

function firstMessage(input: unknown): string | undefined {
  const result = ReviewInputSchema.safeParse(input)
  return result.success ? undefined : result.error.issues[0]?.message
}

describe('ReviewInputSchema', () => {
  it('accepts a one-day visit and a two-day visit with two reviewers', () => {
    expect(ReviewInputSchema.safeParse({ ...valid, visitEnd: valid.visitStart }).success).toBe(true)
    expect(
      ReviewInputSchema.safeParse({ ...valid, reviewers: [...valid.reviewers, { id: 'b', name: 'B' }] }).success,
    ).toBe(true)
  })

  it('rejects an end date before the start date, at the end date', () => {
    const result = ReviewInputSchema.safeParse({ ...valid, visitStart: '2026-03-03', visitEnd: '2026-03-02' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({
      path: ['visitEnd'],
      message: expect.stringMatching(/cannot be before/),
    })
  })

  it.each([
    ['independent', 'The last day of the visit cannot be before the first'],
    ['self-assessment', 'The last day of the assessment cannot be before the first'],
    ['training', 'The exercise is on one day'],
  ] as const)('says why dates out of order are refused in a %s’s own words', (type, message) => {
    expect(firstMessage({ ...valid, type, visitStart: '2026-03-03', visitEnd: '2026-03-02' })).toBe(message)
  })

  it.each([
    ['no reviewers', { reviewers: [] }, /at least one reviewer/],
    [
      'three reviewers',
      { reviewers: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() })) },
      /one or two reviewers/,
    ],
    [
      'the same reviewer twice',
      {
        reviewers: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'A' },
        ],
      },
      /listed twice/,
    ],
    ['a reviewer without a name', { reviewers: [{ id: 'a', name: ' ' }] }, /reviewer’s name/],
    ['a date that is not a date', { visitStart: '2026-02-30' }, /first day of the visit/],
    ['no scale version', { scaleVersion: '' }, /scale version/],
  ])('rejects %s', (_label, change, message) => {
    expect(firstMessage({ ...valid, ...change })).toMatch(message)
  })

  it('labels every type and status for people', () => {
    expect(Object.keys(reviewTypeLabels)).toEqual([...reviewTypes])
    expect(Object.keys(reviewStatusLabels)).toEqual([...reviewStatuses])
    expect(reviewTypeLabels.independent).toBe('Independent fidelity review')
  })
})

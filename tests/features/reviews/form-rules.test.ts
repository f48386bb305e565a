import { describe, expect, it } from 'vitest'
import {
  parseScaleKey,
  ReviewFormSchema,
  toReviewers,
  type ReviewFormInput,
} from '../../../src/features/reviews/review-form-schema'

const valid: ReviewFormInput = {
  type: 'independent',
  scale: 'ips-uk@1.0.0',
  visitStart: '2026-03-02',
  visitEnd: '2026-03-03',
  firstReviewer: 'Reviewer A',
  secondReviewer: '',
}

function messageAt(input: ReviewFormInput, field: string): string | undefined {
  const result = ReviewFormSchema.safeParse(input)
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message
}

describe('review form rules', () => {
  it.each([
    ['a one-day visit', { visitEnd: '2026-03-02' }, 'visitEnd', undefined],
    [
      'an end before the start',
      { visitEnd: '2026-03-01' },
      'visitEnd',
      'The last day of the visit cannot be before the first',
    ],
    ['no start date', { visitStart: '' }, 'visitStart', 'Enter the first day of the visit'],
    ['no reviewer', { firstReviewer: '  ' }, 'firstReviewer', 'Enter the reviewer’s name'],
    ['no scale', { scale: '' }, 'scale', 'Choose a scale version'],
  ] as const)('%s', (_, change, field, message) => {
    expect(messageAt({ ...valid, ...change }, field)).toBe(message)
  })

  it('splits the scale choice into the pinned id and version', () => {
    expect(parseScaleKey('ips-uk@1.10.0')).toEqual({ scaleId: 'ips-uk', scaleVersion: '1.10.0' })
  })

  it('keeps each reviewer’s id when a name is corrected, and gives a new reviewer a new id', () => {
    const values = ReviewFormSchema.parse({ ...valid, firstReviewer: 'Reviewer Alpha', secondReviewer: 'Sam' })
    expect(toReviewers(values, [{ id: 'a', name: 'Reviewer A' }], () => 'new')).toEqual([
      { id: 'a', name: 'Reviewer Alpha' },
      { id: 'new', name: 'Sam' },
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { FollowUpSchema, followUpProblem, followUpsInOrder } from '#domain/review/follow-up'
import { ReviewSchema } from '#domain/review/review'

describe('followUpProblem', () => {
  const final = { status: 'final', type: 'independent', visitStart: '2026-03-02' }
  it.each([
    ['2026-03-01', final, 'The follow-up is dated before the visit: choose a date on or after the visit'],
    ['2026-03-02', final, null],
    ['2027-03-03', final, null],
    [
      '2027-03-03',
      { ...final, status: 'consensus' },
      'Finalise the review first: a follow-up checks the agreed action plan.',
    ],
    ['2027-03-03', { ...final, type: 'training' }, 'A training exercise has no action plan to follow up.'],
  ])('a follow-up dated %s of %o: %s', (date, review, expected) => {
    expect(followUpProblem(date, review)).toBe(expected)
  })
})

describe('FollowUpSchema', () => {
  const valid = { id: 'f1', date: '2027-03-03', by: 'Sam Reviewer', note: 'Met the team leader.' }
  it.each([
    [{ ...valid }, true],
    [{ ...valid, by: '  ' }, false],
    [{ ...valid, note: 'x'.repeat(2000) }, true],
    [{ ...valid, note: 'x'.repeat(2001) }, false],
    [{ ...valid, date: '3 March 2027' }, false],
  ])('%#: valid is %s', (input, ok) => {
    expect(FollowUpSchema.safeParse(input).success).toBe(ok)
  })
})

describe('a review written before follow-ups existed', () => {
  it('reads with no follow-ups', () => {
    const review = ReviewSchema.parse({
      id: 'review-1',
      teamId: 'team-1',
      type: 'independent',
      scaleId: 'ips-uk',
      scaleVersion: '1.0.0',
      visitStart: '2026-03-02',
      visitEnd: '2026-03-03',
      reviewers: [{ id: 'a', name: 'A' }],
      status: 'final',
      createdAt: '2026-03-02T09:30:00.000Z',
      updatedAt: '2026-03-02T09:30:00.000Z',
      finalisedAt: '2026-03-02T09:30:00.000Z',
      reopenings: [],
    })
    expect(review.followUps).toEqual([])
  })
})

describe('followUpsInOrder', () => {
  it('orders by date, keeping the recorded order on the same day', () => {
    const f = (id: string, date: string) => ({ id, date, by: 'A', note: '' })
    const ordered = followUpsInOrder([f('c', '2027-06-01'), f('a', '2027-03-03'), f('b', '2027-03-03')])
    expect(ordered.map((x) => x.id)).toEqual(['a', 'b', 'c'])
  })
})

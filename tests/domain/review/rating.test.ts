import { describe, expect, it } from 'vitest'
import { ConsensusSchema, RatingSchema } from '#domain/review/rating'

const rating = {
  reviewId: 'r1',
  itemId: 'i',
  reviewerId: 'a',
  score: 3,
  rationale: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

describe('RatingSchema', () => {
  it.each([1, 5, null])('accepts score %s', (score) => {
    expect(RatingSchema.safeParse({ ...rating, score }).success).toBe(true)
  })

  it.each([0, 6, 2.5, '3'])('refuses score %j', (score) => {
    expect(RatingSchema.safeParse({ ...rating, score }).success).toBe(false)
  })

  it('applies the same score rule to consensus', () => {
    const consensus = { reviewId: 'r1', itemId: 'i', rationale: '', updatedAt: rating.updatedAt }
    expect(ConsensusSchema.safeParse({ ...consensus, score: 4 }).success).toBe(true)
    expect(ConsensusSchema.safeParse({ ...consensus, score: 7 }).success).toBe(false)
  })
})

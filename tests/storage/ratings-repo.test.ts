import { describe, expect, it } from 'vitest'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { reviewRules } from '#domain/scoring/review-rules'
import { getDatabase } from '../../src/storage/database'
import { createTeamAndReview, later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('ratingsRepo', () => {
  it('keeps both reviewers’ ratings of the same item', async () => {
    const { review } = await createTeamAndReview()
    const item = { reviewId: review.id, itemId: 'caseload-size' }
    await ratingsRepo.saveRating({ ...item, reviewerId: 'reviewer-a', score: 4, rationale: 'A' }, now)
    await ratingsRepo.saveRating({ ...item, reviewerId: 'reviewer-b', score: 3, rationale: 'B' }, now)
    await ratingsRepo.saveRating({ ...item, reviewerId: 'reviewer-a', score: 5, rationale: 'A again' }, later)
    const ratings = await ratingsRepo.listRatings(review.id)
    expect(ratings.map(({ reviewerId, score }) => ({ reviewerId, score }))).toEqual([
      { reviewerId: 'reviewer-a', score: 5 },
      { reviewerId: 'reviewer-b', score: 3 },
    ])
  })

  it('allows a not-yet-rated item and refuses scores outside 1 to 5', async () => {
    const { review } = await createTeamAndReview()
    const base = { reviewId: review.id, itemId: 'i', reviewerId: 'reviewer-a', rationale: '' }
    expect((await ratingsRepo.saveRating({ ...base, score: null }, now)).score).toBeNull()
    for (const score of [0, 6, 2.5]) {
      await expect(ratingsRepo.saveRating({ ...base, score })).rejects.toMatchObject({ code: 'invalid' })
    }
  })

  it('refuses a rating from someone who is not a reviewer on the review', async () => {
    const { review } = await createTeamAndReview()
    const rating = { reviewId: review.id, itemId: 'i', reviewerId: 'stranger', score: 3, rationale: '' }
    await expect(ratingsRepo.saveRating(rating)).rejects.toMatchObject({ code: 'invalid' })
    await expect(ratingsRepo.saveRating({ ...rating, reviewId: 'gone' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses consensus until both reviewers have finished rating, naming the rule', async () => {
    const { review } = await createTeamAndReview()
    const agreed = { reviewId: review.id, itemId: 'i', score: 3, rationale: 'agreed' }
    await expect(ratingsRepo.saveConsensus(agreed, now)).rejects.toMatchObject({
      code: 'invalid',
      message: reviewRules['consensus-after-finishing'],
    })
    await getDatabase().reviews.update(review.id, { ratingsFinishedBy: ['reviewer-a'] })
    await expect(ratingsRepo.saveConsensus(agreed, now)).rejects.toMatchObject({ code: 'invalid' })
    expect(await ratingsRepo.listConsensus(review.id)).toEqual([])
  })

  it('refuses consensus on a one-reviewer review', async () => {
    const { review } = await createTeamAndReview({ reviewers: [{ id: 'reviewer-a', name: 'Reviewer A' }] })
    await getDatabase().reviews.update(review.id, { ratingsFinishedBy: ['reviewer-a'] })
    await expect(
      ratingsRepo.saveConsensus({ reviewId: review.id, itemId: 'i', score: 3, rationale: '' }, now),
    ).rejects.toMatchObject({ code: 'invalid', message: reviewRules['consensus-needs-two-reviewers'] })
  })

  it('saves one consensus per item once both reviewers have finished', async () => {
    const { review } = await createTeamAndReview()
    // Finished marks written directly: finishing itself (a full set of ratings) is tested in reviews-repo.
    await getDatabase().reviews.update(review.id, { ratingsFinishedBy: ['reviewer-a', 'reviewer-b'] })
    await ratingsRepo.saveConsensus({ reviewId: review.id, itemId: 'i', score: 3, rationale: 'first' }, now)
    const agreed = await ratingsRepo.saveConsensus(
      { reviewId: review.id, itemId: 'i', score: 4, rationale: 'agreed' },
      later,
    )
    expect(await ratingsRepo.listConsensus(review.id)).toEqual([agreed])
  })
  it('fills the other half of a new consensus from the proposal, never over a stored one', async () => {
    const { review } = await createTeamAndReview()
    await getDatabase().reviews.update(review.id, { ratingsFinishedBy: ['reviewer-a', 'reviewer-b'] })
    const key = { reviewId: review.id, itemId: 'i' }
    await ratingsRepo.updateConsensus(key, { rationale: 'edited' }, now, { score: 4, rationale: 'proposed' })
    expect(await ratingsRepo.listConsensus(review.id)).toMatchObject([{ score: 4, rationale: 'edited' }])
    await ratingsRepo.updateConsensus(key, { score: 2 }, later, { score: 4, rationale: 'proposed' })
    expect(await ratingsRepo.listConsensus(review.id)).toMatchObject([{ score: 2, rationale: 'edited' }])
  })

  it('accepts several proposals in one write, keeping any consensus stored meanwhile', async () => {
    const { review } = await createTeamAndReview()
    await getDatabase().reviews.update(review.id, { ratingsFinishedBy: ['reviewer-a', 'reviewer-b'] })
    await ratingsRepo.saveConsensus({ reviewId: review.id, itemId: 'b', score: 2, rationale: 'ours' }, now)
    const stored = await ratingsRepo.acceptProposals(
      review.id,
      [
        { itemId: 'a', score: 4, rationale: 'A and B' },
        { itemId: 'b', score: 5, rationale: 'proposed' },
        { itemId: 'c', score: 3, rationale: '' },
      ],
      later,
    )
    expect(stored.map((c) => c.itemId)).toEqual(['a', 'c'])
    const all = await ratingsRepo.listConsensus(review.id)
    expect(all.map(({ itemId, score, rationale }) => [itemId, score, rationale])).toEqual([
      ['a', 4, 'A and B'],
      ['b', 2, 'ours'],
      ['c', 3, ''],
    ])
  })

  it('accepts no proposal at all when one is invalid or the review is final', async () => {
    const { review } = await createTeamAndReview()
    await getDatabase().reviews.update(review.id, { ratingsFinishedBy: ['reviewer-a', 'reviewer-b'] })
    const good = { itemId: 'a', score: 4, rationale: '' }
    await expect(
      ratingsRepo.acceptProposals(review.id, [good, { itemId: 'b', score: 7, rationale: '' }]),
    ).rejects.toMatchObject({ code: 'invalid' })
    await getDatabase().reviews.update(review.id, { status: 'final' })
    await expect(ratingsRepo.acceptProposals(review.id, [good])).rejects.toMatchObject({ code: 'invalid' })
    expect(await ratingsRepo.listConsensus(review.id)).toEqual([])
  })
})

import { expect, it } from 'vitest'
import { practiceCases } from '#domain/practice/catalogue'
import { reviewRules } from '#domain/scoring/review-rules'
import { findScale } from '#domain/scale/catalogue'
import { getDatabase } from '../../src/storage/database'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { startTrainingExercise } from '../../src/storage/training-repo'
import { later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const uk = findScale('ips-uk', '1.0.0')!

it('finalises a training exercise only while the practice case it names is one this app has', async () => {
  const reviewId = await startTrainingExercise(practiceCases[0]!, 'Kim', now)
  const { reviewers } = await reviewsRepo.get(reviewId)
  for (const item of uk.items) {
    await ratingsRepo.saveRating({
      reviewId,
      itemId: item.id,
      reviewerId: reviewers[0]!.id,
      score: 3,
      rationale: 'Seen',
    })
  }
  // As an older version of the app, or an edited row, could have left it.
  await getDatabase().reviews.update(reviewId, { practiceCase: { caseId: 'gone', caseVersion: '1.0.0' } })
  await expect(reviewsRepo.finalise(reviewId, uk, later)).rejects.toMatchObject({
    code: 'invalid',
    message: expect.stringContaining(`Not finalised: ${reviewRules['training-case']}`),
  })
  expect((await reviewsRepo.get(reviewId)).status).not.toBe('final')

  const ref = { caseId: practiceCases[0]!.id, caseVersion: practiceCases[0]!.version }
  await getDatabase().reviews.update(reviewId, { practiceCase: ref })
  expect(await reviewsRepo.finalise(reviewId, uk, later)).toMatchObject({ status: 'final' })
})

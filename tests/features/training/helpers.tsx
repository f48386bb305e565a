import { useParams, type RouteObject } from 'react-router'
import { routePatterns } from '../../../src/app/paths'
import { practiceCases } from '#domain/practice/catalogue'
import type { PracticeCase } from '#domain/practice/case'
import { findScale } from '#domain/scale/catalogue'
import { TrainingRoute } from '../../../src/routes/training'
import { TrainingPresentRoute } from '../../../src/routes/training-present'
import { TrainingComparisonRoute } from '../../../src/routes/training-comparison'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { startTrainingExercise } from '../../../src/storage/training-repo'
import { now } from '../../storage/fresh-database'
import { stub } from '../../render-route'

/** A shipped practice case, so the screens are tested on the cases trainees really get. */
export const shippedCase: PracticeCase = practiceCases[0]!
export const caseScale = findScale(shippedCase.scaleId, shippedCase.scaleVersion)!

export function referenceOf(itemId: string): number {
  return shippedCase.items.find((item) => item.itemId === itemId)!.reference.score
}

function ReviewStub() {
  const { reviewId } = useParams()
  return <h1>Review {reviewId}</h1>
}

/** The training screens at their real addresses; the screens they link to are stubs. */
export const trainingRoutes: RouteObject[] = [
  { path: routePatterns.training, element: <TrainingRoute /> },
  { path: routePatterns.trainingPresent, element: <TrainingPresentRoute /> },
  { path: routePatterns.trainingComparison, element: <TrainingComparisonRoute /> },
  { path: routePatterns.review, element: <ReviewStub /> },
  { path: routePatterns.reviewRate, element: stub('Rating screen') },
]

/** A trainee's exercise on the shipped case, rated with `score(itemId)` (null leaves the item unrated). */
export async function ratedExercise(score: (itemId: string) => number | null, name = 'Ada Trainee') {
  const reviewId = await startTrainingExercise(shippedCase, name, now)
  const review = await reviewsRepo.get(reviewId)
  const traineeId = review.reviewers[0]!.id
  for (const item of caseScale.items) {
    const value = score(item.id)
    if (value !== null) {
      await ratingsRepo.saveRating({ reviewId, itemId: item.id, reviewerId: traineeId, score: value, rationale: '' })
    }
  }
  return { reviewId, traineeId }
}

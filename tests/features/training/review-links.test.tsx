import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { TrainingReviewLinks } from '../../../src/features/training/training-review-links'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { createTeamAndReview, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { caseScale, ratedExercise, referenceOf, shippedCase } from './helpers'

useFreshDatabase()
afterEach(() => cleanup())

const show = (review: Parameters<typeof TrainingReviewLinks>[0]['review']) =>
  renderRoute([{ path: '/', element: <TrainingReviewLinks review={review} /> }])

describe('the training links on an exercise’s review page', () => {
  it('tells the story of the case and holds the comparison back until the trainee has finished', async () => {
    const user = userEvent.setup()
    const { reviewId } = await ratedExercise(referenceOf)
    show(await reviewsRepo.get(reviewId))
    await user.click(screen.getByText(`The case: ${shippedCase.title}`))
    expect(screen.getByText(shippedCase.narrative[0]!)).toBeVisible()
    expect(screen.queryByRole('link', { name: 'Compare with the reference' })).not.toBeInTheDocument()
    expect(screen.getByText(/The calculators start empty: enter the figures you find/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'finish rating' })).toHaveAttribute(
      'href',
      paths.trainingComparison(reviewId),
    )
  })

  it('links to the comparison once the trainee has finished rating', async () => {
    const { reviewId, traineeId } = await ratedExercise(referenceOf)
    const review = await reviewsRepo.finishRating(
      reviewId,
      traineeId,
      caseScale.items.map((item) => item.id),
    )
    show(review)
    expect(screen.getByRole('link', { name: 'Compare with the reference' })).toHaveAttribute(
      'href',
      paths.trainingComparison(reviewId),
    )
  })

  it('shows nothing on a review that is not a training exercise', async () => {
    const { review } = await createTeamAndReview()
    const { container } = show(review)
    expect(container).toBeEmptyDOMElement()
  })
})

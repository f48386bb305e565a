import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { findScale } from '#domain/scale/catalogue'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { now, useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { rateItems, ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
afterEach(() => cleanup())

const uk = findScale('ips-uk', '1.0.0')!

describe('the evidence workspace and ratings', () => {
  it('does not reveal which items one of two reviewers has rated', async () => {
    const review = await ukReview()
    await ratingsRepo.saveRating({
      reviewId: review.id,
      itemId: 'caseload-size',
      reviewerId: 'reviewer-a',
      score: 4,
      rationale: '',
    })
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    const navigator = await screen.findByRole('navigation', { name: /items/i })
    expect(within(navigator).queryByText(/^Rated$/)).not.toBeInTheDocument()
  })

  it('locks a final review: every evidence control is read-only and the page says why', async () => {
    const review = await ukReview({ reviewers: [{ id: 'solo', name: 'Solo Reviewer' }] })
    await rateItems(review.id, 'solo', () => 4, 'Seen in records.')
    await reviewsRepo.finalise(review.id, uk, now)
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    expect(await screen.findByText(/This review is final, so its evidence is read-only/)).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Add evidence' })).toBeDisabled()
    expect(screen.getByLabelText('Source of the new evidence')).toBeDisabled()
  })
})

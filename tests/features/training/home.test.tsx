import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { practiceCases } from '#domain/practice/catalogue'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { caseScale, ratedExercise, referenceOf, shippedCase, trainingRoutes } from './helpers'
import { renderRoute } from '../../render-route'

useFreshDatabase()
afterEach(() => cleanup())

const caseCard = async () => screen.findByRole('article', { name: shippedCase.title })

describe('the training screen', () => {
  it('lists every shipped practice case with its summary, without giving away the reference band', async () => {
    renderRoute(trainingRoutes, paths.training())
    expect(await screen.findByRole('heading', { level: 1, name: 'Training' })).toBeInTheDocument()
    for (const practiceCase of practiceCases) {
      const card = screen.getByRole('article', { name: practiceCase.title })
      expect(card).toHaveTextContent(practiceCase.summary)
      // The summary is the case author's words; nothing the screen adds names the band.
      const added = card.textContent!.replace(practiceCase.summary, '')
      for (const band of caseScale.bands) expect(added).not.toContain(band.label)
      expect(added).not.toMatch(/reference/i)
    }
  })

  it('starts an exercise with the trainee’s name and opens it', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(trainingRoutes, paths.training())
    const card = await caseCard()
    await user.type(within(card).getByLabelText('Trainee name (optional)'), 'Ada Trainee')
    await user.click(within(card).getByRole('button', { name: 'Start a training exercise' }))
    const heading = await screen.findByRole('heading', { name: /^Review / })
    const reviewId = router.state.location.pathname.split('/')[2]!
    expect(heading).toHaveTextContent(reviewId)
    const review = await reviewsRepo.get(reviewId)
    expect(review).toMatchObject({ type: 'training', practiceCase: { caseId: shippedCase.id } })
    expect(review.reviewers[0]?.name).toBe('Ada Trainee')
  })

  it('offers to present the case from its first item', async () => {
    renderRoute(trainingRoutes, paths.training())
    const card = await caseCard()
    expect(within(card).getByRole('link', { name: 'Present' })).toHaveAttribute(
      'href',
      paths.trainingPresent(shippedCase.id, caseScale.items[0]!.id),
    )
  })

  it('lists this device’s exercises with their progress, and the comparison once finished', async () => {
    const unfinished = await ratedExercise((itemId) => (itemId === 'caseload-size' ? 3 : null), 'Ben')
    const finished = await ratedExercise(referenceOf, 'Cleo')
    await reviewsRepo.finishRating(
      finished.reviewId,
      finished.traineeId,
      caseScale.items.map((item) => item.id),
    )
    renderRoute(trainingRoutes, paths.training())
    const list = await screen.findByText(/^Ben, started/)
    const ben = list.closest('li')!
    expect(ben).toHaveTextContent('1 of 25 items rated.')
    expect(within(ben).queryByRole('link', { name: /Compare with the reference/ })).not.toBeInTheDocument()
    expect(within(ben).getByRole('link', { name: shippedCase.title })).toHaveAttribute(
      'href',
      paths.review(unfinished.reviewId),
    )
    const cleo = screen.getByText(/^Cleo, started/).closest('li')!
    expect(cleo).toHaveTextContent('Finished rating.')
    expect(within(cleo).getByRole('link', { name: /Compare with the reference/ })).toHaveAttribute(
      'href',
      paths.trainingComparison(finished.reviewId),
    )
  })

  it('says when there are no exercises yet, and links to the class summary', async () => {
    renderRoute(trainingRoutes, paths.training())
    expect(await screen.findByText(/No training exercises on this device yet/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Class summary' })).toHaveAttribute('href', paths.trainingClass())
  })
})

import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { teamsReviewsRoutes } from '../teams-reviews-routes'

useFreshDatabase()
afterEach(() => cleanup())

const uk = { scaleId: 'ips-uk', scaleVersion: '1.0.0' }

async function reviewOf(overrides: Parameters<typeof reviewInput>[1]) {
  const team = await teamsRepo.create(teamInput(), now)
  const review = await reviewsRepo.create(reviewInput(team.id, { ...uk, ...overrides }), now)
  return { team, review }
}

describe('the review form in each type’s words', () => {
  it('changes its labels as the type changes: an assessor alone, a trainee on one date', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    renderRoute(teamsReviewsRoutes, paths.newReview(team.id))
    const type = await screen.findByLabelText('Type of review')
    expect(screen.getByRole('group', { name: 'Visit dates' })).toBeInTheDocument()
    await userEvent.type(screen.getByLabelText("Second reviewer's name (optional)"), 'Priya Shah')

    await userEvent.selectOptions(type, 'Self-assessment')
    expect(screen.getByRole('group', { name: 'Assessment dates' })).toBeInTheDocument()
    expect(screen.getByLabelText('First day of the assessment')).toBeInTheDocument()
    expect(screen.getByLabelText('Last day of the assessment')).toBeInTheDocument()
    expect(screen.getByLabelText("Assessor's name")).toBeInTheDocument()
    expect(screen.queryByLabelText(/Second reviewer/)).not.toBeInTheDocument()
    expect(screen.queryByText(/First day of the visit|reviewer/i)).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'A self-assessment has one assessor, so Priya Shah will be taken off this review when you save.',
    )

    await userEvent.selectOptions(type, 'Training exercise')
    expect(screen.getByLabelText('Date of the exercise')).toBeInTheDocument()
    expect(screen.queryByLabelText(/Last day/)).not.toBeInTheDocument()
    expect(screen.getByLabelText("Trainee's name")).toBeInTheDocument()

    await userEvent.selectOptions(type, 'Self-assessment')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    expect(screen.getByLabelText('First day of the assessment')).toHaveAccessibleDescription(
      'Enter the first day of the assessment',
    )
    expect(screen.getByLabelText("Assessor's name")).toHaveAccessibleDescription('Enter the assessor’s name')
    fireEvent.change(screen.getByLabelText('First day of the assessment'), { target: { value: '2026-03-02' } })
    fireEvent.change(screen.getByLabelText('Last day of the assessment'), { target: { value: '2026-03-06' } })
    await userEvent.type(screen.getByLabelText("Assessor's name"), 'Sam Lee')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))

    await screen.findByRole('heading', { level: 1, name: 'Self-assessment: Riverside Recovery Team' })
    const [stored] = await reviewsRepo.listForTeam(team.id)
    expect(stored).toMatchObject({
      type: 'self-assessment',
      visitStart: '2026-03-02',
      visitEnd: '2026-03-06',
      reviewers: [{ name: 'Sam Lee' }],
    })
  })

  it('stores a training exercise on the one date it is given', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    renderRoute(teamsReviewsRoutes, paths.newReview(team.id))
    await userEvent.selectOptions(await screen.findByLabelText('Type of review'), 'Training exercise')
    fireEvent.change(screen.getByLabelText('Date of the exercise'), { target: { value: '2026-05-12' } })
    await userEvent.type(screen.getByLabelText("Trainee's name"), 'Jo Bloggs')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    await screen.findByRole('heading', { level: 1, name: 'Training exercise: Riverside Recovery Team' })
    const [stored] = await reviewsRepo.listForTeam(team.id)
    expect(stored).toMatchObject({
      visitStart: '2026-05-12',
      visitEnd: '2026-05-12',
      reviewers: [{ name: 'Jo Bloggs' }],
    })
  })
})

describe('the review page in each type’s words', () => {
  it('shows a self-assessment’s assessment and assessor, with no consensus to move to', async () => {
    const { review } = await reviewOf({ type: 'self-assessment', reviewers: [{ id: 'a', name: 'Sam Lee' }] })
    renderRoute(teamsReviewsRoutes, paths.review(review.id))
    await screen.findByRole('heading', { level: 1, name: 'Self-assessment: Riverside Recovery Team' })
    expect(screen.getByText('Assessment')).toBeInTheDocument()
    expect(screen.getByText('Assessor')).toBeInTheDocument()
    expect(screen.queryByText('Visit')).not.toBeInTheDocument()
    const status = screen.getByLabelText('Move the review to')
    expect(within(status).queryByRole('option', { name: 'Consensus' })).not.toBeInTheDocument()
    expect(within(status).getByRole('option', { name: 'Scoring' })).toBeInTheDocument()
  })

  it('gives a training exercise no consensus and no personal data to delete', async () => {
    const { review } = await reviewOf({
      type: 'training',
      visitEnd: '2026-03-02',
      reviewers: [{ id: 't', name: 'Jo Bloggs' }],
    })
    renderRoute(teamsReviewsRoutes, paths.review(review.id))
    await screen.findByRole('heading', { level: 1, name: 'Training exercise: Riverside Recovery Team' })
    expect(screen.getByText('Exercise date')).toBeInTheDocument()
    expect(screen.getByText('Trainee')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Export review' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete personal data' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Consensus' })).not.toBeInTheDocument()
    const status = screen.getByLabelText('Move the review to')
    expect(within(status).queryByRole('option', { name: 'Consensus' })).not.toBeInTheDocument()
  })

  it('shows an independent review with two reviewers its consensus link and its delete button', async () => {
    const { review } = await reviewOf({})
    renderRoute(teamsReviewsRoutes, paths.review(review.id))
    expect(await screen.findByRole('link', { name: 'Consensus' })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Delete personal data' })).toBeInTheDocument()
    expect(screen.getByText('Visit')).toBeInTheDocument()
    expect(screen.getByText('Reviewers')).toBeInTheDocument()
  })
})

import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths, routePatterns } from '../../../src/app/paths'
import { ReviewActionPlanRoute } from '../../../src/routes/review-action-plan'
import { actionPlanRepo } from '../../../src/storage/action-plan-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { rateItems, ukReview } from '../uk-review'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
// A busy machine can take over a second for the first live queries; the default wait is 1 s.
const slow = { timeout: 10_000 }

/** One reviewer; item 1 at 2, item 2 at 3, item 3 at 4, item 4 at 1, every other item not scored yet. */
async function scoredReview() {
  const review = await ukReview({ reviewers: [{ id: 'reviewer-a', name: 'Alex Morgan' }] })
  const scores: Record<number, number> = { 1: 2, 2: 3, 3: 4, 4: 1 }
  await rateItems(review.id, 'reviewer-a', (item) => scores[item.number] ?? null)
  return review
}

function renderPlan(reviewId: string) {
  renderRoute(
    [{ path: routePatterns.reviewActionPlan, element: <ReviewActionPlanRoute /> }],
    paths.reviewActionPlan(reviewId),
  )
}

const itemHeadings = () =>
  screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/\s+/g, ' ').trim())

describe('action plan editor', () => {
  it('lists the items at or below the threshold, lowest first, and follows a change of threshold', async () => {
    const review = await scoredReview()
    renderPlan(review.id)
    expect(await screen.findByRole('heading', { name: 'Items scored 3 or below' }, slow)).toBeInTheDocument()
    expect(itemHeadings()).toEqual([
      '4. Integration of employment support with mental health treatment: team assignment (score 1)',
      '1. Caseload size (score 2)',
      '2. Employment services staff (score 3)',
    ])
    const notScored = within(screen.getByRole('region', { name: 'Not scored yet' })).getAllByRole('listitem')
    expect(notScored).toHaveLength(21)
    expect(notScored[0]).toHaveTextContent('5. Integration of employment support with mental health treatment')
    expect(notScored[0]).toHaveTextContent('not scored yet')

    const user = userEvent.setup()
    await user.selectOptions(screen.getByLabelText('Write actions for items scored at or below'), '1')
    expect(await screen.findByRole('heading', { name: 'Items scored 1 or below' }, slow)).toBeInTheDocument()
    expect(itemHeadings()).toEqual([
      '4. Integration of employment support with mental health treatment: team assignment (score 1)',
    ])
    expect((await reviewsRepo.get(review.id)).actionPlanThreshold).toBe(1)
  })

  it('adds a recommendation with the default target date, and saves what is typed', async () => {
    const review = await scoredReview()
    renderPlan(review.id)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Add a recommendation for item 1' }, slow))
    const card = await screen.findByRole('article', { name: 'Item 1, recommendation 1' }, slow)
    // 6 weeks (the default setting) after the last day of the visit, 3 March 2026, as the review is not final.
    expect(within(card).getByLabelText('Target date')).toHaveValue('2026-04-14')
    expect(screen.getByText(/New actions are due 6 weeks after the last day of the visit/)).toBeInTheDocument()

    await user.type(within(card).getByLabelText('Recommendation'), 'Reduce caseloads to 20 or fewer')
    await user.type(within(card).getByLabelText('Owner'), 'Team leader')
    await user.tab()
    await waitFor(
      async () =>
        expect(await actionPlanRepo.listForReview(review.id)).toEqual([
          expect.objectContaining({
            itemId: 'caseload-size',
            recommendation: 'Reduce caseloads to 20 or fewer',
            owner: 'Team leader',
            targetDate: '2026-04-14',
          }),
        ]),
      slow,
    )
  })

  it('gives a new action the action plan’s due date when the review page set one', async () => {
    const review = await scoredReview()
    await reviewsRepo.setKeyDate(review.id, 'actionPlanDueDate', '2026-05-01')
    renderPlan(review.id)
    await userEvent.click(await screen.findByRole('button', { name: 'Add a recommendation for item 1' }, slow))
    const card = await screen.findByRole('article', { name: 'Item 1, recommendation 1' }, slow)
    expect(within(card).getByLabelText('Target date')).toHaveValue('2026-05-01')
    expect(screen.getByText(/New actions are due on the action plan’s due date/)).toHaveTextContent(/1 May 2026/)
  })

  it('refuses a target date before the visit with a clear message, and keeps the stored date', async () => {
    const review = await scoredReview()
    const entry = await actionPlanRepo.create(review.id, 'caseload-size', { targetDate: '2026-04-14' })
    renderPlan(review.id)
    const card = await screen.findByRole('article', { name: 'Item 1, recommendation 1' }, slow)
    fireEvent.change(within(card).getByLabelText('Target date'), { target: { value: '2026-02-01' } })
    expect(await within(card).findByRole('alert', undefined, slow)).toHaveTextContent(
      'The target date is before the visit',
    )
    expect((await actionPlanRepo.get(entry.id)).targetDate).toBe('2026-04-14')

    fireEvent.change(within(card).getByLabelText('Target date'), { target: { value: '2026-05-01' } })
    await waitFor(async () => expect((await actionPlanRepo.get(entry.id)).targetDate).toBe('2026-05-01'), slow)
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument()
  })
})

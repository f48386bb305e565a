import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { paths } from '../../../src/app/paths'
import { TeamActionsDue } from '../../../src/features/results/team-actions-due'
import { actionPlanRepo } from '../../../src/storage/action-plan-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { now, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute, stub } from '../../render-route'
import { rateItems, ukReview } from '../uk-review'

useFreshDatabase()
afterEach(() => cleanup())
const slow = { timeout: 5000 }
const uk = findScale('ips-uk', '1.0.0')!

/** A final review (report date 2 March 2026: review points 2 June and 2 September) with items 1 and 2 scored 2. */
async function finalReview() {
  const review = await ukReview({ reviewers: [{ id: 'reviewer-a', name: 'Alex Morgan' }] })
  await rateItems(review.id, 'reviewer-a', (item) => (item.number <= 2 ? 2 : 4))
  await reviewsRepo.finishRating(
    review.id,
    'reviewer-a',
    uk.items.map((i) => i.id),
    now,
  )
  return reviewsRepo.finalise(review.id, uk, now)
}

function renderList(teamId: string, today: string) {
  return renderRoute(
    [
      { path: '/', element: <TeamActionsDue teamId={teamId} today={today} /> },
      { path: '/reviews/:reviewId/action-plan', element: stub('Action plan') },
    ],
    '/',
  )
}

describe('actions due and overdue on the team page', () => {
  it('lists the open actions due within 30 days or overdue, overdue first, each linked to its action plan', async () => {
    const review = await finalReview()
    await actionPlanRepo.create(review.id, 'caseload-size', {
      recommendation: 'Reduce caseloads',
      action: 'Move 10 clients to the new specialist',
      owner: 'Team leader',
    })
    await actionPlanRepo.create(review.id, 'employment-services-staff', {
      recommendation: 'Recruit a specialist',
      targetDate: '2026-04-01', // passed by 20 May: overdue
    })
    const done = await actionPlanRepo.create(review.id, 'caseload-size', { recommendation: 'Done already' })
    await actionPlanRepo.addStatusUpdate(done.id, { date: '2026-04-01', status: 'done', note: '' })

    const { router } = renderList(review.teamId, '2026-05-20')
    const table = await screen.findByRole('table', { name: /Open actions with a review point/ }, slow)
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Recruit a specialist',
      'Move 10 clients to the new specialist',
    ])
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('2. Employment services staff')
    expect(rows[0]).toHaveTextContent('Not started, overdue')
    expect(rows[1]).toHaveTextContent('Team leader')
    expect(rows[1]).toHaveTextContent('2 June 2026')
    expect(rows[1]).toHaveTextContent('Not started, due')

    await userEvent.setup().click(within(rows[1]!).getByRole('link', { name: 'Review of 2 March 2026' }))
    expect(router.state.location.pathname).toBe(paths.reviewActionPlan(review.id))
  })

  it('says nothing is due when no open action is near its review point', async () => {
    const review = await finalReview()
    await actionPlanRepo.create(review.id, 'caseload-size', { recommendation: 'Reduce caseloads' })
    renderList(review.teamId, '2026-04-01')
    expect(await screen.findByText(/Nothing is due: no open action has a review point/, undefined, slow)).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('says when the team has no final review yet', async () => {
    const review = await ukReview()
    renderList(review.teamId, '2026-04-01')
    expect(
      await screen.findByText(
        'Actions are followed here once a review is final and its plan written.',
        undefined,
        slow,
      ),
    ).toBeVisible()
  })
})

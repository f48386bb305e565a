import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { paths, routePatterns } from '../../../src/app/paths'
import { TeamHistoryRoute } from '../../../src/routes/team-history'
import { actionPlanRepo } from '../../../src/storage/action-plan-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute, stub } from '../../render-route'
import { rateItems } from '../uk-review'

useFreshDatabase()
afterEach(() => cleanup())
const slow = { timeout: 5000 }
const uk = findScale('ips-uk', '1.0.0')!
const solo = { scaleId: 'ips-uk', scaleVersion: '1.0.0', reviewers: [{ id: 'reviewer-a', name: 'Alex Morgan' }] }

describe('follow-ups in the team history', () => {
  it('shows each follow-up as its own dated line with where the actions stood that day', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const review = await reviewsRepo.create(reviewInput(team.id, solo), now)
    await rateItems(review.id, 'reviewer-a', (item) => (item.number <= 3 ? 2 : 4))
    await reviewsRepo.finalise(review.id, uk, now)
    const ids = []
    for (const itemId of ['caseload-size', 'caseload-size', 'employment-services-staff']) {
      ids.push((await actionPlanRepo.create(review.id, itemId, { recommendation: 'Do better' })).id)
    }
    await actionPlanRepo.addStatusUpdate(ids[0]!, { date: '2026-05-01', status: 'done', note: '' })
    await actionPlanRepo.addStatusUpdate(ids[1]!, { date: '2026-05-01', status: 'on-track', note: '' })
    await actionPlanRepo.addStatusUpdate(ids[2]!, { date: '2026-07-01', status: 'done', note: '' }) // after the follow-up
    await reviewsRepo.addFollowUp(review.id, { date: '2026-06-03', by: 'Sam Reviewer', note: 'Caseloads are down.' })

    renderRoute(
      [
        { path: routePatterns.teamHistory, element: <TeamHistoryRoute /> },
        { path: routePatterns.reviewActionPlan, element: stub('Action plan') },
      ],
      paths.teamHistory(team.id),
    )
    const section = await screen.findByRole('region', { name: 'Action plan follow-ups' }, slow)
    const line = within(section).getByRole('listitem')
    expect(
      within(line).getByRole('link', { name: 'Action plan follow-up, 3 June 2026: 1 done, 1 on track, 1 not started' }),
    ).toHaveAttribute('href', paths.reviewActionPlan(review.id))
    expect(line).toHaveTextContent('by Sam Reviewer')
    expect(line).toHaveTextContent('Caseloads are down.')
  })

  it('has no follow-up section while nothing was followed up', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const review = await reviewsRepo.create(reviewInput(team.id, solo), now)
    await rateItems(review.id, 'reviewer-a', () => 4)
    await reviewsRepo.finalise(review.id, uk, now)
    renderRoute([{ path: routePatterns.teamHistory, element: <TeamHistoryRoute /> }], paths.teamHistory(team.id))
    expect(await screen.findByRole('table', { name: 'Totals by review' }, slow)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Action plan follow-ups' })).not.toBeInTheDocument()
  })
})

import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { paths, routePatterns } from '../../../src/app/paths'
import type { ReviewInput } from '#domain/review/review'
import { findScale } from '#domain/scale/catalogue'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { NetworkRoute } from '../../../src/routes/network'
import { now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { rateItems } from '../uk-review'

useFreshDatabase()
afterEach(() => cleanup())

const uk = findScale('ips-uk', '1.0.0')!
const solo = { scaleId: 'ips-uk', scaleVersion: '1.0.0', reviewers: [{ id: 'reviewer-a', name: 'Alex Morgan' }] }
const routes = [{ path: routePatterns.network, element: <NetworkRoute /> }]

async function finalReview(teamId: string, score: (n: number) => number, overrides: Partial<ReviewInput> = {}) {
  const review = await reviewsRepo.create(reviewInput(teamId, { ...solo, ...overrides }), now)
  await rateItems(review.id, 'reviewer-a', (item) => score(item.number))
  await reviewsRepo.finalise(review.id, uk, now)
  return review
}

describe('the network route', () => {
  it('reads each team’s latest final independent review, never a self-assessment or training exercise', async () => {
    const northgate = await teamsRepo.create(teamInput({ name: 'Northgate CRT' }), now)
    await finalReview(northgate.id, () => 3, { visitStart: '2025-03-04', visitEnd: '2025-03-05' })
    await finalReview(northgate.id, (n) => (n === 5 ? 2 : 4))
    await finalReview(northgate.id, () => 5, {
      type: 'self-assessment',
      visitStart: '2026-06-01',
      visitEnd: '2026-06-01',
    })
    await finalReview(northgate.id, () => 1, { type: 'training', visitStart: '2026-07-01', visitEnd: '2026-07-01' })
    const eastfield = await teamsRepo.create(teamInput({ name: 'Eastfield EIP' }), now)
    await finalReview(eastfield.id, () => 5)
    await teamsRepo.create(teamInput({ name: 'Southmoor Team' }), now)
    renderRoute(routes, paths.network())

    const table = await screen.findByRole('table', { name: /Scores by team and item/ })
    const row = within(table).getByRole('row', { name: /^Northgate CRT/ })
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(cells.slice(3, 6)).toEqual(['4', '2', '4'])
    expect(cells.slice(-2)).toEqual(['98', 'Fair fidelity'])
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2)
    expect(screen.getByText(/^\d+ teams? shown/)).toHaveTextContent('3 teams shown, 2 with a final independent review.')
    // The 2025 review counts in the trend, though it is not Northgate's latest.
    const trend = screen.getByRole('table', { name: /Mean total per year/ })
    expect(within(within(trend).getByRole('row', { name: /^2025/ })).getAllByRole('cell')[0]).toHaveTextContent('75')
    expect(within(within(trend).getByRole('row', { name: /^2026/ })).getAllByRole('cell')[0]).toHaveTextContent(
      String((98 + 125) / 2),
    )
  })

  it('shows the empty state when no team has a final independent review', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await finalReview(team.id, () => 4, { type: 'self-assessment' })
    renderRoute(routes, paths.network())
    expect(await screen.findByText(/No team has a final independent review yet/)).toBeInTheDocument()
  })
})

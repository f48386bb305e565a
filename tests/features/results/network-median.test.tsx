import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { paths, routePatterns } from '../../../src/app/paths'
import type { ReviewInput } from '#domain/review/review'
import { findScale } from '#domain/scale/catalogue'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { ReviewResultsRoute } from '../../../src/routes/review-results'
import { now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute, stub } from '../../render-route'
import { rateItems } from '../uk-review'

useFreshDatabase()
afterEach(() => cleanup())

const uk = findScale('ips-uk', '1.0.0')!
const solo = { scaleId: 'ips-uk', scaleVersion: '1.0.0', reviewers: [{ id: 'reviewer-a', name: 'Alex Morgan' }] }
const routes = [
  { path: routePatterns.reviewResults, element: <ReviewResultsRoute /> },
  { path: routePatterns.review, element: stub('Review') },
]

/** A team with one finalised one-reviewer review scored by item number. */
async function teamWithReview(name: string, byNumber: (n: number) => number, overrides: Partial<ReviewInput> = {}) {
  const team = await teamsRepo.create(teamInput({ name }), now)
  const review = await reviewsRepo.create(reviewInput(team.id, { ...solo, ...overrides }), now)
  await rateItems(review.id, 'reviewer-a', (item) => byNumber(item.number))
  await reviewsRepo.finalise(review.id, uk, now)
  return { team, review }
}

// Northgate at 2 on item 5 and 3 on items 17 and 24; Eastfield all 4; Westbrook all 5: every median is 4.
const northgateScores = (n: number) => (n === 5 ? 2 : n === 17 || n === 24 ? 3 : 4)

describe('the network median on a team’s results', () => {
  it('names the items below the network median and shows the median beside each score', async () => {
    const { review } = await teamWithReview('Northgate CRT', northgateScores)
    await teamWithReview('Eastfield EIP', () => 4)
    await teamWithReview('Westbrook CMHT', () => 5)
    renderRoute(routes, paths.reviewResults(review.id))

    expect(await screen.findByText('Below the network median on items 5, 17, 24.')).toBeInTheDocument()
    expect(screen.getByText(/over the latest final independent review of 3 teams/)).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Item scores' })
    expect(within(table).getByRole('columnheader', { name: 'Network median' })).toBeInTheDocument()
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    expect(cells(/^5\. /)).toEqual(['2', '4'])
    expect(cells(/^1\. /)).toEqual(['4', '4'])
  })

  it('says so when the team is at or above the median on every item', async () => {
    await teamWithReview('Northgate CRT', northgateScores)
    const { review } = await teamWithReview('Westbrook CMHT', () => 5)
    renderRoute(routes, paths.reviewResults(review.id))
    expect(await screen.findByText('At or above the network median on every item.')).toBeInTheDocument()
  })

  it('shows nothing of the network for a training exercise', async () => {
    const { team } = await teamWithReview('Eastfield EIP', () => 4)
    await teamWithReview('Northgate CRT', northgateScores)
    const training = await reviewsRepo.create(
      reviewInput(team.id, { ...solo, type: 'training', visitStart: '2026-04-01', visitEnd: '2026-04-01' }),
      now,
    )
    await rateItems(training.id, 'reviewer-a', () => 1)
    await reviewsRepo.finalise(training.id, uk, now)
    renderRoute(routes, paths.reviewResults(training.id))
    await expectNoNetwork()
  })

  it('shows nothing of the network when no other team has a final independent review', async () => {
    const { review } = await teamWithReview('Northgate CRT', northgateScores)
    // Neither a review not yet final nor an archived team's review counts.
    const other = await teamsRepo.create(teamInput({ name: 'Eastfield EIP' }), now)
    const draft = await reviewsRepo.create(reviewInput(other.id, solo), now)
    await rateItems(draft.id, 'reviewer-a', () => 5)
    const { team: archived } = await teamWithReview('Westbrook CMHT', () => 5)
    await teamsRepo.archive(archived.id, now)
    renderRoute(routes, paths.reviewResults(review.id))
    await expectNoNetwork()
  })
})

/** The results are shown, and once the network has had time to be read, nothing of it. */
async function expectNoNetwork() {
  expect(await screen.findByRole('table', { name: 'Item scores' })).toBeInTheDocument()
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
  expect(screen.queryByRole('columnheader', { name: 'Network median' })).not.toBeInTheDocument()
  expect(screen.queryByText(/network median/)).not.toBeInTheDocument()
}

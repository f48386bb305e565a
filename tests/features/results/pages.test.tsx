import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { paths, routePatterns } from '../../../src/app/paths'
import type { ReviewInput } from '#domain/review/review'
import { findScale } from '#domain/scale/catalogue'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { loadDemoTeam } from '../../../src/storage/demo'
import { formatDate } from '../../../src/ui/format'
import { ReviewResultsRoute } from '../../../src/routes/review-results'
import { TeamHistoryRoute } from '../../../src/routes/team-history'
import { TeamRoute } from '../../../src/routes/team'
import { now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute, stub } from '../../render-route'
import { rateItems } from '../uk-review'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())

const uk = findScale('ips-uk', '1.0.0')!
const solo = { scaleId: 'ips-uk', scaleVersion: '1.0.0', reviewers: [{ id: 'reviewer-a', name: 'Alex Morgan' }] }

const resultsRoutes = [
  { path: routePatterns.team, element: <TeamRoute /> },
  { path: routePatterns.reviewResults, element: <ReviewResultsRoute /> },
  { path: routePatterns.teamHistory, element: <TeamHistoryRoute /> },
  { path: routePatterns.review, element: stub('Review') },
]

/** A one-reviewer review with the given scores by item number (unlisted items unrated), finalised when complete. */
async function scoredReview(teamId: string, overrides: Partial<ReviewInput>, byNumber: (n: number) => number | null) {
  const review = await reviewsRepo.create(reviewInput(teamId, { ...solo, ...overrides }), now)
  await rateItems(review.id, 'reviewer-a', (item) => byNumber(item.number))
  if (uk.items.every((item) => byNumber(item.number) !== null)) await reviewsRepo.finalise(review.id, uk, now)
  return review
}

describe('results page', () => {
  it('shows a provisional total with "n of 25 rated" and no band while items are unrated', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const review = await scoredReview(team.id, {}, (n) => (n <= 20 ? 5 : null))
    renderRoute(resultsRoutes, paths.reviewResults(review.id))

    expect(await screen.findByText(/Provisional: 20 of 25 rated/)).toBeInTheDocument()
    expect(screen.getByText(/Provisional total/)).toHaveTextContent('Provisional total 100 from the rated items')
    // 100 would be Good on a complete review: a provisional total must never be shown with a band.
    expect(screen.queryByText(/fidelity, \d+-\d+/)).not.toBeInTheDocument()
    expect(screen.getByText('This review is not final yet: scores may still change.')).toBeInTheDocument()
    const sections = within(screen.getByRole('list', { name: 'Section subtotals' })).getAllByRole('listitem')
    expect(sections.map((li) => li.textContent)).toEqual([
      'Staffing 15 of 15',
      'Organisation 40 of 40',
      'Services 45 of 70 (9 of 14 items rated)',
    ])

    const table = screen.getByRole('table', { name: 'Item scores' })
    const row21 = within(table).getByRole('row', { name: /^21\./ })
    expect(within(row21).getByRole('cell')).toHaveTextContent('Not rated')
    expect(within(table).queryByRole('columnheader', { name: 'Previous' })).not.toBeInTheDocument()
  })

  it('shows total, band and range, sections, chart, strengths and priorities for a complete review', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    // Items 1-3 at 5, 4 at 2, the rest at 4: 15 + 2 + 21 × 4 = 101.
    const review = await scoredReview(team.id, {}, (n) => (n <= 3 ? 5 : n === 4 ? 2 : 4))
    renderRoute(resultsRoutes, paths.reviewResults(review.id))

    expect(await screen.findByText('Good fidelity, 100-114')).toBeInTheDocument()
    expect(screen.getByText(/^Total/)).toHaveTextContent('Total 101 of 125')
    expect(screen.queryByText(/Provisional/)).not.toBeInTheDocument()
    const sections = within(screen.getByRole('list', { name: 'Section subtotals' })).getAllByRole('listitem')
    expect(sections.map((li) => li.textContent)).toEqual([
      'Staffing 15 of 15',
      'Organisation 30 of 40',
      'Services 56 of 70',
    ])
    expect(screen.getByRole('img', { name: /Item scores/ })).toBeInTheDocument()

    const strengths = screen.getByRole('region', { name: 'Strengths' })
    expect(
      within(strengths)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1. Caseload size', '2. Employment services staff', '3. Vocational generalists'])
    const priorities = screen.getByRole('region', { name: 'Priorities' })
    expect(within(priorities).getAllByRole('listitem')).toHaveLength(1)
    expect(within(priorities).getByRole('listitem')).toHaveTextContent(/^4\. .*: scored 2$/)
    expect(screen.queryByRole('heading', { name: 'Since the previous review' })).not.toBeInTheDocument()
  })

  it('compares with the team’s previous final review: previous score, change per item and band change', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await scoredReview(team.id, { visitStart: '2025-03-04', visitEnd: '2025-03-05' }, () => 4) // 100, Good
    // A later training exercise never counts as the previous review.
    await scoredReview(team.id, { type: 'training', visitStart: '2025-09-01', visitEnd: '2025-09-01' }, () => 1)
    const current = await scoredReview(team.id, {}, (n) => (n === 2 ? 3 : n === 3 ? 4 : 5)) // 23 × 5 + 3 + 4 = 122
    renderRoute(resultsRoutes, paths.reviewResults(current.id))

    expect(await screen.findByText('Exemplary fidelity, 115-125')).toBeInTheDocument()
    const comparison = await screen.findByRole('region', { name: 'Since the previous review' })
    expect(
      within(comparison).getByRole('link', { name: 'independent fidelity review of 4 March 2025' }),
    ).toBeInTheDocument()
    expect(await within(comparison).findByText('from Good fidelity to Exemplary fidelity')).toBeInTheDocument()
    expect(comparison).toHaveTextContent('Total: from 100 to 122 (+22)')

    const table = screen.getByRole('table', { name: 'Item scores' })
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    expect(cells(/^1\. Caseload size/)).toEqual(['5', '4', '+1'])
    expect(cells(/^2\. Employment services staff/)).toEqual(['3', '4', '-1'])
    expect(cells(/^3\. Vocational generalists/)).toEqual(['4', '4', '0'])
  })
})

describe('like-for-like comparison on the results page', () => {
  it('compares an independent review with the previous independent review and shows a self-assessment beside it', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await scoredReview(team.id, { visitStart: '2025-03-04', visitEnd: '2025-03-05' }, (n) => (n <= 4 ? 5 : 4)) // 104
    await scoredReview(team.id, { type: 'self-assessment', visitStart: '2025-09-10', visitEnd: '2025-09-10' }, (n) =>
      n <= 10 ? 5 : 4,
    ) // 110
    const current = await scoredReview(team.id, {}, (n) => (n <= 19 ? 5 : 4)) // 119
    renderRoute(resultsRoutes, paths.reviewResults(current.id))

    const comparison = await screen.findByRole('region', { name: 'Since the previous review' })
    expect(
      within(comparison).getByRole('link', { name: 'independent fidelity review of 4 March 2025' }),
    ).toBeInTheDocument()
    expect(await within(comparison).findByText(/^Total:/)).toHaveTextContent('Total: from 104 to 119 (+15)')
    const beside = within(comparison).getByRole('list', { name: 'Other reviews, not compared' })
    expect(await within(beside).findByText(/: 110$/)).toBeInTheDocument()
    expect(beside).toHaveTextContent('Self-assessment of 10 September 2025: 110')
    expect(comparison).not.toHaveTextContent('+9')
    const table = screen.getByRole('table', { name: 'Item scores' })
    const cells = within(within(table).getByRole('row', { name: /^5\. / }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    // Against the independent review's 4, not the self-assessment's 5.
    expect(cells).toEqual(['5', '4', '+1'])
  })

  it('compares a self-assessment with the previous self-assessment, with the independent review beside it', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await scoredReview(team.id, { type: 'self-assessment', visitStart: '2024-09-10', visitEnd: '2024-09-10' }, () => 4)
    await scoredReview(team.id, { visitStart: '2025-03-04', visitEnd: '2025-03-05' }, (n) => (n <= 4 ? 5 : 4)) // 104
    const current = await scoredReview(team.id, { type: 'self-assessment' }, (n) => (n <= 10 ? 5 : 4)) // 110
    renderRoute(resultsRoutes, paths.reviewResults(current.id))

    const comparison = await screen.findByRole('region', { name: 'Since the previous review' })
    expect(within(comparison).getByRole('link', { name: 'self-assessment of 10 September 2024' })).toBeInTheDocument()
    expect(await within(comparison).findByText(/^Total:/)).toHaveTextContent('Total: from 100 to 110 (+10)')
    const beside = within(comparison).getByRole('list', { name: 'Other reviews, not compared' })
    expect(await within(beside).findByText(/: 104$/)).toHaveTextContent(
      'Independent fidelity review of 4 March 2025: 104',
    )
  })

  it('shows the demo’s latest final review +15 against the independent review before it, not +9', async () => {
    const reviews = await reviewsRepo.listForTeam(await loadDemoTeam(now))
    const byId = new Map(reviews.map((review) => [review.id, review]))
    const earlier = byId.get('demo-northgate-review-2025')!
    const self = byId.get('demo-northgate-self-assessment')!
    renderRoute(resultsRoutes, paths.reviewResults('demo-northgate-review-spring'))

    const comparison = await screen.findByRole('region', { name: 'Since the previous review' })
    expect(
      within(comparison).getByRole('link', {
        name: `independent fidelity review of ${formatDate(earlier.visitStart)}`,
      }),
    ).toBeInTheDocument()
    expect(await within(comparison).findByText(/^Total:/)).toHaveTextContent('Total: from 104 to 119 (+15)')
    expect(await within(comparison).findByText(/: 110$/)).toHaveTextContent(
      `Self-assessment of ${formatDate(self.visitStart)}: 110`,
    )
  })

  it('says there is no earlier independent review when only a self-assessment came before', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await scoredReview(team.id, { type: 'self-assessment', visitStart: '2025-09-10', visitEnd: '2025-09-10' }, () => 4)
    const current = await scoredReview(team.id, {}, () => 5)
    renderRoute(resultsRoutes, paths.reviewResults(current.id))

    const comparison = await screen.findByRole('region', { name: 'Since the previous review' })
    expect(comparison).toHaveTextContent('There is no earlier final independent review of this team to compare with.')
    expect(await within(comparison).findByText(/: 100$/)).toHaveTextContent('Self-assessment of 10 September 2025: 100')
    expect(comparison).not.toHaveTextContent(/Total: from/)
    expect(
      within(screen.getByRole('table', { name: 'Item scores' })).queryByRole('columnheader', { name: 'Previous' }),
    ).toBeNull()
  })
})

describe('team page and team history', () => {
  it('shows each review’s score in the list and links to the history', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await scoredReview(team.id, { visitStart: '2025-03-04', visitEnd: '2025-03-05' }, () => 4)
    await scoredReview(team.id, {}, (n) => (n <= 7 ? 3 : null))
    renderRoute(resultsRoutes, paths.team(team.id))

    expect(await screen.findByRole('link', { name: '100 of 125, Good fidelity' })).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: '7 of 25 rated (provisional)' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Team history/ })).toHaveAttribute('href', paths.teamHistory(team.id))
  })

  it('charts the final reviews oldest first, telling self-assessments from independent reviews in text', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await scoredReview(team.id, { visitStart: '2026-03-02', visitEnd: '2026-03-03' }, () => 5) // 125
    await scoredReview(team.id, { type: 'self-assessment', visitStart: '2025-09-10', visitEnd: '2025-09-10' }, (n) =>
      n <= 5 ? 5 : 4,
    ) // 105
    await scoredReview(team.id, { visitStart: '2025-03-04', visitEnd: '2025-03-05' }, (n) => (n <= 10 ? 3 : 4)) // 90
    await scoredReview(team.id, { type: 'training', visitStart: '2025-06-01', visitEnd: '2025-06-01' }, () => 1)
    await scoredReview(team.id, { visitStart: '2026-06-01', visitEnd: '2026-06-01' }, (n) => (n === 1 ? 2 : null))
    renderRoute(resultsRoutes, paths.teamHistory(team.id))

    const table = await screen.findByRole('table', { name: 'Totals by review' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    // The change column compares like with like: 125 against 90, never against the self-assessment's 105.
    expect(rows).toEqual([
      ['4 March 2025', 'Independent review', '90', 'Fair fidelity (74-99)', 'First independent review'],
      ['10 September 2025', 'Self-assessment', '105', 'Good fidelity (100-114)', 'First self-assessment'],
      ['2 March 2026', 'Independent review', '125', 'Exemplary fidelity (115-125)', '+35 since 4 March 2025'],
    ])
    const chart = screen.getByRole('img', { name: /Total score over time/ })
    expect(chart).toHaveAccessibleName(/90 \(Independent review\), 105 \(Self-assessment\), 125 \(Independent review\)/)
    for (const band of ['Fair fidelity (74+)', 'Good fidelity (100+)', 'Exemplary fidelity (115+)']) {
      expect(within(chart).getByText(band)).toBeInTheDocument()
    }
    const key = screen.getByRole('list', { name: 'Key' })
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Independent review', 'Self-assessment', 'Where a band starts'])
  })
})

import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { finaliseReview, useFreshDatabase } from '../../storage/fresh-database'
import { itemIds, rateAll, ratingRoutes, ukScale } from '../rating-helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Twenty-five cards with their evidence: typing on two shared cores is slow in jsdom.
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => cleanup())
afterEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

// Reviewer B differs from A's 4 on item 3 by 3 points, item 10 by 2 and item 7 by 1.
const bScores: Record<number, number> = { 3: 1, 10: 2, 7: 5 }

async function bothFinished() {
  const review = await ukReview()
  await rateAll(review.id, 'reviewer-a', () => 4)
  await rateAll(review.id, 'reviewer-b', (item) => bScores[item.number] ?? 4)
  await reviewsRepo.finishRating(review.id, 'reviewer-a', itemIds)
  return review
}

async function consensusStarted() {
  const review = await bothFinished()
  await reviewsRepo.finishRating(review.id, 'reviewer-b', itemIds)
  return reviewsRepo.startConsensus(review.id, {
    itemsCompared: 25,
    exactCount: 22,
    exactPercent: 88,
    withinOneCount: 23,
    withinOnePercent: 92,
    weightedKappa: 0.5,
    computedAt: new Date().toISOString(),
  })
}

describe('the consensus screen', () => {
  it('stays locked, showing no ratings, until both reviewers have finished', async () => {
    const review = await bothFinished()
    renderRoute(ratingRoutes, paths.reviewConsensus(review.id))
    expect(
      await screen.findByRole('heading', { name: 'Consensus opens when both reviewers have finished rating' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Reviewer A: finished rating/)).toBeInTheDocument()
    expect(screen.getByText(/Reviewer B: still rating/)).toBeInTheDocument()
    expect(screen.queryByText(/reviewer-b on item/)).not.toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })

  it('records the agreement with the review and lists items largest disagreement first, both ratings side by side', async () => {
    const user = userEvent.setup()
    const review = await bothFinished()
    await reviewsRepo.finishRating(review.id, 'reviewer-b', itemIds)
    renderRoute(ratingRoutes, paths.reviewConsensus(review.id))
    await user.click(await screen.findByRole('button', { name: 'Start consensus' }))

    const figures = await screen.findByRole('region', { name: 'Agreement between the reviewers' })
    expect(figures).toHaveTextContent('Exact agreement88% (22 of 25 items)')
    expect(figures).toHaveTextContent('Within one point92% (23 of 25 items)')
    const stored = (await reviewsRepo.get(review.id)).agreement
    expect(stored).toMatchObject({ itemsCompared: 25, exactCount: 22, withinOneCount: 23 })
    expect(figures).toHaveTextContent(`Weighted kappa${stored?.weightedKappa?.toFixed(2)}`)

    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    const title = (n: number) => `${n}. ${ukScale.items.find((item) => item.number === n)?.title}`
    expect(headings.slice(0, 4)).toEqual([title(3), title(10), title(7), title(1)])

    const first = screen.getByRole('listitem', { name: title(3) })
    expect(within(first).getByText('Scores differ by 3 points')).toBeInTheDocument()
    expect(within(first).getByText('reviewer-a on item 3')).toBeInTheDocument()
    expect(within(first).getByText('reviewer-b on item 3')).toBeInTheDocument()
    expect(within(first).getByRole('group', { name: 'Agreed score for item 3' })).toBeInTheDocument()
  })

  it('refuses to finalise while items lack an agreed score or rationale, listing them, then finalises and locks', async () => {
    const user = userEvent.setup()
    const review = await consensusStarted()
    for (const itemId of itemIds.filter((id) => id !== 'caseload-size')) {
      await ratingsRepo.saveConsensus({ reviewId: review.id, itemId, score: 4, rationale: 'Agreed' })
    }
    renderRoute(ratingRoutes, paths.reviewConsensus(review.id))
    // The problems show once the ratings have loaded; only then is the button live.
    const missing = await screen.findByText('Before the review can be final:')
    // What is missing shortens as rationales save on blur, so it comes after every item's controls and after the
    // button, which therefore never moves under the pointer when a save lands.
    const items = screen.getAllByRole('listitem', { name: /^\d+\. / })
    for (const control of [items[items.length - 1]!, screen.getByRole('button', { name: 'Finalise the review' })]) {
      expect(control.compareDocumentPosition(missing) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    }
    await user.click(screen.getByRole('button', { name: 'Finalise the review' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The review cannot be finalised yet:Item 1 has no consensus score yet.',
    )
    expect((await reviewsRepo.get(review.id)).status).toBe('consensus')

    const item = screen.getByRole('listitem', { name: '1. Caseload size' })
    // Both gave 4, so 4 and both rationales are proposed; the pair settles on 3 and writes its own reason.
    await user.click(within(item).getByRole('radio', { name: /^3: / }))
    await user.clear(within(item).getByLabelText('Consensus rationale for item 1'))
    await user.type(within(item).getByLabelText('Consensus rationale for item 1'), 'Agreed on 22 per specialist')
    await waitFor(
      async () =>
        expect((await ratingsRepo.listConsensus(review.id)).find((c) => c.itemId === 'caseload-size')).toMatchObject({
          score: 3,
          rationale: 'Agreed on 22 per specialist',
        }),
      { timeout: 10_000 },
    )
    await waitFor(() => expect(screen.getByText('Every item has a score and a rationale.')).toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Finalise the review' }))

    expect(await screen.findByRole('heading', { name: 'This review is final' })).toBeInTheDocument()
    const final = await reviewsRepo.get(review.id)
    expect(final.status).toBe('final')
    expect(final.finalisedAt).not.toBeNull()
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
  })

  it('reopens a final review only when told who and why, and records when and by whom', async () => {
    const user = userEvent.setup()
    const review = await consensusStarted()
    await finaliseReview(review.id)
    renderRoute(ratingRoutes, paths.reviewConsensus(review.id))
    await user.click(await screen.findByRole('button', { name: 'Reopen the review…' }))
    await user.click(screen.getByRole('button', { name: 'Reopen the review' }))
    expect(await screen.findByText('Say who is reopening the review')).toBeInTheDocument()
    expect(screen.getByText('Say why the review is being reopened')).toBeInTheDocument()
    expect((await reviewsRepo.get(review.id)).status).toBe('final')

    const before = new Date().toISOString()
    await user.type(screen.getByLabelText('Who is reopening the review?'), 'Alex Morgan')
    await user.type(screen.getByLabelText('Why is it being reopened?'), 'The team sent missing caseload data')
    await user.click(screen.getByRole('button', { name: 'Reopen the review' }))

    await waitFor(async () => expect((await reviewsRepo.get(review.id)).status).toBe('consensus'))
    const [reopening] = (await reviewsRepo.get(review.id)).reopenings
    expect(reopening).toMatchObject({ by: 'Alex Morgan', reason: 'The team sent missing caseload data' })
    expect(reopening!.reopenedAt >= before).toBe(true)
    expect(await screen.findByRole('heading', { name: 'Finalise the review' })).toBeInTheDocument()
  })

  it('with one reviewer, says no consensus is needed and points to the results', async () => {
    const review = await ukReview({ reviewers: [{ id: 'solo', name: 'Sol Reviewer' }] })
    renderRoute(ratingRoutes, paths.reviewConsensus(review.id))
    expect(await screen.findByText(/Sol Reviewer’s ratings are the review’s scores/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See the results' })).toHaveAttribute(
      'href',
      paths.reviewResults(review.id),
    )
  })

  it('says a training exercise has no consensus', async () => {
    const review = await ukReview({ type: 'training', reviewers: [{ id: 't', name: 'Jo Bloggs' }] })
    renderRoute(ratingRoutes, paths.reviewConsensus(review.id))
    expect(await screen.findByText(/A training exercise has no consensus/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See the results' })).toBeInTheDocument()
  })
})

import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { draftJournal } from '../../../src/storage/draft-journal'
import { StorageError } from '../../../src/storage/storage-error'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { itemIds, rateAll, rateAs, ratingRoutes } from '../rating-helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
afterEach(() => cleanup())
afterEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

const scoresOf = async (reviewId: string) =>
  (await ratingsRepo.listRatings(reviewId)).map(({ reviewerId, itemId, score, rationale }) => ({
    reviewerId,
    itemId,
    score,
    rationale,
  }))

describe('the rating screen', () => {
  it('says why a score was not saved in a line kept for it, so the rationale below never moves', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    await user.click(await screen.findByRole('button', { name: 'I am Reviewer A' }))
    const group = await screen.findByRole('group', { name: 'Reviewer A’s rating for item 1' })
    // The line is there, empty, before anything fails: the message fills it rather than pushing the field down.
    const line = group.nextElementSibling
    expect(line).toHaveClass('choice-save-error')
    expect(line).toBeEmptyDOMElement()
    expect(line?.nextElementSibling).toContainElement(screen.getByLabelText('Rationale'))

    const refuse = vi.spyOn(ratingsRepo, 'updateRating').mockRejectedValueOnce(new StorageError('quota-exceeded'))
    await user.click(within(group).getByRole('radio', { name: /^3: / }))
    await waitFor(() => expect(line).toHaveTextContent(/^Score not saved/))
    expect(within(group).getByRole('radio', { name: 'Not yet rated' })).toBeChecked()
    refuse.mockRestore()
  })

  it('asks who is rating, and keeps both reviewers’ ratings of the same item apart', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    expect(await screen.findByRole('heading', { name: 'Who is rating?' })).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'I am Reviewer A' }))
    expect(screen.getByText('Rating as:')).toHaveTextContent('Rating as: Reviewer A')
    const groupA = await screen.findByRole('group', { name: 'Reviewer A’s rating for item 1' })
    await user.keyboard('4')
    expect(within(groupA).getByRole('radio', { name: /^4: / })).toBeChecked()
    await user.type(screen.getByLabelText('Rationale'), 'Twenty-two per specialist')
    await waitFor(
      async () =>
        expect(await scoresOf(review.id)).toEqual([
          { reviewerId: 'reviewer-a', itemId: 'caseload-size', score: 4, rationale: 'Twenty-two per specialist' },
        ]),
      { timeout: 10_000 },
    )

    await user.click(screen.getByRole('button', { name: 'Switch reviewer' }))
    await user.click(await screen.findByRole('button', { name: 'I am Reviewer B' }))
    const group = await screen.findByRole('group', { name: 'Reviewer B’s rating for item 1' })
    expect(within(group).getByRole('radio', { name: 'Not yet rated' })).toBeChecked()
    expect(screen.getByLabelText('Rationale')).toHaveValue('')
    await user.click(within(group).getByRole('radio', { name: /^2: / }))
    await user.type(screen.getByLabelText('Rationale'), 'Caseloads are higher')
    await waitFor(
      async () =>
        expect(await scoresOf(review.id)).toEqual([
          { reviewerId: 'reviewer-a', itemId: 'caseload-size', score: 4, rationale: 'Twenty-two per specialist' },
          { reviewerId: 'reviewer-b', itemId: 'caseload-size', score: 2, rationale: 'Caseloads are higher' },
        ]),
      { timeout: 10_000 },
    )
  })

  it('never shows the other reviewer’s score or rationale while they are still rating', async () => {
    const review = await ukReview()
    await ratingsRepo.saveRating({
      reviewId: review.id,
      itemId: 'caseload-size',
      reviewerId: 'reviewer-b',
      score: 5,
      rationale: 'B’s private reasons',
    })
    rateAs(review.id, 'reviewer-a')
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    const group = await screen.findByRole('group', { name: 'Reviewer A’s rating for item 1' })
    expect(within(group).getByRole('radio', { name: 'Not yet rated' })).toBeChecked()
    expect(screen.queryByText(/B’s private reasons/)).not.toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/Rated 5/)
    expect(screen.getByText(/Reviewer B has not finished rating yet/)).toBeInTheDocument()
  })

  it('shows the running total as provisional with "n of 25 rated" until every item is rated', async () => {
    const review = await ukReview({ reviewers: [{ id: 'solo', name: 'Sol Reviewer' }] })
    for (const itemId of itemIds.slice(0, 3)) {
      await ratingsRepo.saveRating({ reviewId: review.id, itemId, reviewerId: 'solo', score: 4, rationale: 'ok' })
    }
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    const nav = await screen.findByRole('navigation', { name: 'Items to rate' })
    await waitFor(() => expect(within(nav).getByRole('status')).toHaveTextContent('3 of 25 rated'))
    expect(within(nav).getByRole('status')).toHaveTextContent('Provisional total: 12 so far')
    expect(within(nav).getByRole('status')).not.toHaveTextContent(/fidelity/)
    expect(within(nav).getAllByText('Not yet rated')).toHaveLength(22)

    await rateAll(review.id, 'solo', () => 4)
    await waitFor(() => expect(within(nav).getByRole('status')).toHaveTextContent('25 of 25 rated'))
    expect(within(nav).getByRole('status')).toHaveTextContent('Total of these ratings: 100 of 125 (Good fidelity)')
  })

  it('moves to the next and previous item with the arrow keys', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    rateAs(review.id, 'reviewer-a')
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    await screen.findByRole('heading', { level: 1, name: 'Rate 1. Caseload size' })
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByRole('heading', { level: 1, name: /^Rate 2\. / })).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Rate 1. Caseload size' })).toBeInTheDocument()
  })

  it('lets a reviewer finish only when every item is rated, locks their ratings, and lets them reopen', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    rateAs(review.id, 'reviewer-a')
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    await user.click(await screen.findByRole('button', { name: 'I have finished rating' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Rate every item first: 25 of 25 still to rate.')
    expect((await reviewsRepo.get(review.id)).ratingsFinishedBy).toEqual([])

    await rateAll(review.id, 'reviewer-a', () => 3)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('25 of 25 rated'))
    await user.click(screen.getByRole('button', { name: 'I have finished rating' }))
    expect(await screen.findByText(/You have finished rating; your ratings are locked/)).toBeInTheDocument()
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
    expect(screen.getByLabelText('Rationale')).toHaveAttribute('readonly')
    expect((await reviewsRepo.get(review.id)).ratingsFinishedBy).toEqual(['reviewer-a'])

    await user.click(screen.getByRole('button', { name: 'Reopen my ratings' }))
    await waitFor(() => expect(screen.getByRole('radio', { name: /^3: / })).toBeEnabled())
    expect((await reviewsRepo.get(review.id)).ratingsFinishedBy).toEqual([])
  })

  it('with one reviewer, finalises from the rating screen once every item has a rationale, then is read-only', async () => {
    const user = userEvent.setup()
    const review = await ukReview({ reviewers: [{ id: 'solo', name: 'Sol Reviewer' }] })
    await rateAll(
      review.id,
      'solo',
      () => 4,
      (item) => (item.number === 2 ? '' : 'Seen in records'),
    )
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    // The problems show once the ratings have loaded; only then is the button live.
    await screen.findByText('Before the review can be final:')
    await user.click(screen.getByRole('button', { name: 'Finalise the review' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Item 2 has a score but no rationale.')
    // Not final: still scoring, the stage the ratings moved it to.
    expect((await reviewsRepo.get(review.id)).status).toBe('scoring')

    await ratingsRepo.updateRating(
      { reviewId: review.id, itemId: itemIds[1]!, reviewerId: 'solo' },
      { rationale: 'Seen' },
    )
    await waitFor(() => expect(screen.getByText('Every item has a score and a rationale.')).toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Finalise the review' }))
    expect(await screen.findByRole('heading', { name: 'This review is final' })).toBeInTheDocument()
    expect(screen.getByText('This review is final, so its ratings are read-only.')).toBeInTheDocument()
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
    await user.keyboard('2')
    expect(screen.getByRole('radio', { name: /^4: / })).toBeChecked()
    expect((await ratingsRepo.listRatings(review.id)).find((r) => r.itemId === 'caseload-size')?.score).toBe(4)
  })

  it('keeps what is still missing below the item and its navigation, so a rationale saving on blur moves no control', async () => {
    const user = userEvent.setup()
    const review = await ukReview({ reviewers: [{ id: 'solo', name: 'Sol Reviewer' }] })
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    const group = await screen.findByRole('group', { name: 'Sol Reviewer’s rating for item 1' })
    await user.click(within(group).getByRole('radio', { name: /^4: / }))
    const missing = await screen.findByText('Item 1 has a score but no rationale.')
    const follows = (earlier: Element, later: Element) =>
      expect(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    const next = screen.getByRole('link', { name: /^2\. .* →$/ })
    const rationale = screen.getByLabelText('Rationale')
    // The list changes as saves land: everything a reviewer presses while it changes comes before it.
    follows(next, missing)
    follows(rationale, missing)
    follows(group, missing)
    follows(screen.getByRole('button', { name: 'Finalise the review' }), missing)

    await user.type(rationale, 'Twenty-two per specialist')
    await user.click(next)
    expect(await screen.findByRole('heading', { name: /^Rate 2\. / })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText('Item 1 has a score but no rationale.')).not.toBeInTheDocument())
  })

  it('saves a rationale left unsaved by a closed tab, for any item, when the rating screen opens', async () => {
    const review = await ukReview()
    const key = { reviewId: review.id, record: 'rating/reviewer-b/disclosure', field: 'rationale' }
    draftJournal.write(key, 'Typed just before the tab closed', '')
    rateAs(review.id, 'reviewer-a')
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    await waitFor(async () =>
      expect(await scoresOf(review.id)).toEqual([
        { reviewerId: 'reviewer-b', itemId: 'disclosure', score: null, rationale: 'Typed just before the tab closed' },
      ]),
    )
    await waitFor(() => expect(draftJournal.read(key)).toBeNull())
    expect(screen.queryByText(/Typed just before/)).not.toBeInTheDocument()
  })
})

// Rates 25 items through storage before rendering, so it needs more than the default 5 s on a busy CI machine.
describe('a trainee on the rating screen', () => {
  it('finishes rating there, which locks the ratings and leads to the comparison with the reference', async () => {
    const user = userEvent.setup()
    const review = await ukReview({ type: 'training', reviewers: [{ id: 'trainee', name: 'Ada Trainee' }] })
    await rateAll(review.id, 'trainee', () => 4)
    renderRoute(ratingRoutes, paths.reviewRate(review.id, 'caseload-size'))
    expect(await screen.findByText(/compared with the\s+reference scores/)).toBeInTheDocument()
    // The screen can show before its ratings have loaded; finishing then would rightly say items are unrated.
    await screen.findByText(/^25 of 25 rated/, {}, { timeout: 8000 })
    await user.click(screen.getByRole('button', { name: 'I have finished rating' }))
    const link = await screen.findByRole('link', { name: 'Compare with the reference' }, { timeout: 8000 })
    expect(link).toHaveAttribute('href', paths.trainingComparison(review.id))
    expect((await reviewsRepo.get(review.id))?.ratingsFinishedBy).toEqual(['trainee'])
  }, 15_000)
})

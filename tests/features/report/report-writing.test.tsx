import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths, routePatterns } from '../../../src/app/paths'
import { findScale } from '#domain/scale/catalogue'
import { ReviewReportRoute } from '../../../src/routes/review-report'
import { actionPlanRepo } from '../../../src/storage/action-plan-repo'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { reportNarrativeRepo } from '../../../src/storage/report-narrative-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { now, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { rateItems, ukReview } from '../uk-review'

useFreshDatabase()
afterEach(() => cleanup())

const uk = findScale('ips-uk', '1.0.0')!
const itemId = (number: number) => uk.items[number - 1]!.id

/** A final review: items 1-4 scored 2, item 5 scored 5, the rest 4; items 1-4 have recommendations written. */
async function reviewWithRecommendations() {
  const review = await ukReview({ reviewers: [{ id: 'reviewer-a', name: 'Zoë Ó Briain' }] }, { name: 'Northgate CRT' })
  await rateItems(review.id, 'reviewer-a', (item) => (item.number <= 4 ? 2 : item.number === 5 ? 5 : 4))
  for (const number of [1, 2, 3, 4]) {
    await actionPlanRepo.create(review.id, itemId(number), { recommendation: `Recommendation for item ${number}` }, now)
  }
  return reviewsRepo.finalise(review.id, uk, now)
}

function renderReport(reviewId: string) {
  renderRoute([{ path: routePatterns.reviewReport, element: <ReviewReportRoute /> }], paths.reviewReport(reviewId))
}

describe('writing the report', () => {
  it('saves the executive summary as it is typed', async () => {
    const review = await reviewWithRecommendations()
    const user = userEvent.setup()
    renderReport(review.id)
    await user.type(await screen.findByLabelText('Executive summary'), 'A strong service')
    await waitFor(async () =>
      expect((await reportNarrativeRepo.getNarrative(review.id))?.executiveSummary).toBe('A strong service'),
    )
  })

  it('offers the service context from the review’s figures, not stored until it is edited', async () => {
    const review = await reviewWithRecommendations()
    await evidenceRepo.saveCalculatorInputs(
      review.id,
      itemId(1),
      { specialistCaseloads: [20, 20], specialistFtes: [1, 1] },
      now,
    )
    const user = userEvent.setup()
    renderReport(review.id)
    const field = await screen.findByLabelText('Service context')
    await waitFor(() =>
      expect(field).toHaveValue(
        '2 employment specialists (2 FTE) support an active caseload of 40 people, 20 per FTE.',
      ),
    )
    expect(screen.getByText('Filled in from the review; edit it to keep your own words')).toBeInTheDocument()
    expect(await reportNarrativeRepo.getNarrative(review.id)).toBeNull()
    await user.type(field, ' Referrals: 31.')
    await waitFor(async () =>
      expect((await reportNarrativeRepo.getNarrative(review.id))?.serviceContext).toMatch(
        /20 per FTE\. Referrals: 31\.$/,
      ),
    )
  })

  it('picks the top recommendations, at most 5, and puts them in order with the keyboard', async () => {
    const review = await reviewWithRecommendations()
    const user = userEvent.setup()
    renderReport(review.id)
    const group = await screen.findByRole('group', { name: 'Top recommendations' })
    expect(within(group).getByText(/Pick 3 to 5 of the items’ recommendations/)).toBeInTheDocument()
    await user.click(within(group).getByRole('checkbox', { name: new RegExp(`^Item 2\\. `) }))
    await user.click(within(group).getByRole('checkbox', { name: new RegExp(`^Item 4\\. `) }))
    await waitFor(async () =>
      expect((await reportNarrativeRepo.getNarrative(review.id))?.topRecommendations).toEqual([itemId(2), itemId(4)]),
    )
    expect(within(group).getByText(/\(2 picked\)/)).toBeInTheDocument()
    within(group).getByRole('button', { name: 'Move item 4 up' }).focus()
    await user.keyboard('{Enter}')
    await waitFor(async () =>
      expect((await reportNarrativeRepo.getNarrative(review.id))?.topRecommendations).toEqual([itemId(4), itemId(2)]),
    )
    expect(within(group).getByRole('button', { name: 'Move item 4 up' })).toBeDisabled()
  })

  it('lets the reviewers choose an item’s finding and says what the report will show', async () => {
    const review = await reviewWithRecommendations()
    const user = userEvent.setup()
    renderReport(review.id)
    await user.click(await screen.findByText('Findings item by item'))
    const select = screen.getByRole('combobox', { name: 'Finding for item 6' })
    expect(select).toHaveDisplayValue('As the score gives: Nothing singled out')
    await user.selectOptions(select, 'Recommendation')
    // Item 6 has no recommendation written, so it cannot print as one.
    expect(await screen.findByText(/No recommendation is written for this item in the action plan/)).toBeInTheDocument()
    await user.type(screen.getByLabelText('Item 6 finding in your words'), 'Joint work is patchy')
    await waitFor(async () =>
      expect(await reportNarrativeRepo.listFindings(review.id)).toEqual([
        expect.objectContaining({ itemId: itemId(6), kind: 'recommendation', text: 'Joint work is patchy' }),
      ]),
    )
  })
})

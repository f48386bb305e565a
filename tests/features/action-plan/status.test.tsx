import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { paths, routePatterns } from '../../../src/app/paths'
import { ReviewActionPlanRoute } from '../../../src/routes/review-action-plan'
import { actionPlanRepo } from '../../../src/storage/action-plan-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { StorageError } from '../../../src/storage/storage-error'
import { now, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { rateItems, ukReview } from '../uk-review'

useFreshDatabase()
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})
const slow = { timeout: 10_000 }
const uk = findScale('ips-uk', '1.0.0')!

/** One reviewer, item 1 scored 2 and the rest 4, with one recommendation on item 1; final when asked. */
async function planWithOneAction({ final = false } = {}) {
  const review = await ukReview({ reviewers: [{ id: 'reviewer-a', name: 'Alex Morgan' }] })
  await rateItems(review.id, 'reviewer-a', (item) => (item.number === 1 ? 2 : final ? 4 : null))
  if (final) {
    await reviewsRepo.finishRating(
      review.id,
      'reviewer-a',
      uk.items.map((i) => i.id),
      now,
    )
    await reviewsRepo.finalise(review.id, uk, now)
  }
  const entry = await actionPlanRepo.create(review.id, 'caseload-size', {
    recommendation: 'Reduce caseloads',
    targetDate: '2026-04-14',
  })
  return { review, entry }
}

function renderPlan(reviewId: string) {
  renderRoute(
    [{ path: routePatterns.reviewActionPlan, element: <ReviewActionPlanRoute /> }],
    paths.reviewActionPlan(reviewId),
  )
}

const statusForm = async () =>
  screen.findByRole('group', { name: 'Update the status of item 1, recommendation 1' }, slow)

describe('the status of an action', () => {
  it('saves a dated update with a note and lists it under the form, newest first', async () => {
    const { review, entry } = await planWithOneAction()
    renderPlan(review.id)
    const user = userEvent.setup()
    const form = await statusForm()
    const card = screen.getByRole('article', { name: 'Item 1, recommendation 1' })
    expect(within(card).getByText('Status:')).toHaveTextContent('Status: Not started')
    const choices = within(form).getByRole('radiogroup', { name: 'New status' })
    expect(within(choices).getByRole('radio', { name: 'Not started' })).toBeChecked()

    await user.click(within(choices).getByRole('radio', { name: 'On track' }))
    fireEvent.change(within(form).getByLabelText('Date of the update'), { target: { value: '2026-05-01' } })
    await user.type(within(form).getByLabelText('By (optional)'), 'Team leader')
    await user.type(within(form).getByLabelText('Note'), 'First meeting booked')
    await user.click(within(form).getByRole('button', { name: 'Save status update' }))

    expect(await within(form).findByText('Saved the update of 1 May 2026', undefined, slow)).toBeInTheDocument()
    expect((await actionPlanRepo.get(entry.id)).statusUpdates).toEqual([
      { date: '2026-05-01', status: 'on-track', note: 'First meeting booked', by: 'Team leader' },
    ])
    expect(within(form).getByLabelText('Note')).toHaveValue('')
    expect(within(card).getByText('Status:')).toHaveTextContent('Status: On track')

    await user.click(within(choices).getByRole('radio', { name: 'Done' }))
    fireEvent.change(within(form).getByLabelText('Date of the update'), { target: { value: '2026-06-01' } })
    await user.click(within(form).getByRole('button', { name: 'Save status update' }))
    const history = await within(card).findByRole('region', { name: 'Status history of item 1, recommendation 1' })
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2), slow)
    const lines = within(history)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    // The name stays for the next update: one person often gives several in a row.
    expect(lines).toEqual([
      '1 June 2026: Done (Team leader)',
      '1 May 2026: On track (Team leader). First meeting booked',
    ])
  })

  it('refuses an update dated before the visit with a message, and saves nothing', async () => {
    const { review, entry } = await planWithOneAction()
    renderPlan(review.id)
    const form = await statusForm()
    fireEvent.change(within(form).getByLabelText('Date of the update'), { target: { value: '2026-02-01' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save status update' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The update is dated before the visit: choose a date on or after the visit',
    )
    expect(within(form).getByLabelText('Date of the update')).toHaveAttribute('aria-invalid', 'true')
    expect((await actionPlanRepo.get(entry.id)).statusUpdates).toEqual([])
  })

  it('shows a failed save and keeps the note, which is still there after the screen is left and opened again', async () => {
    const { review } = await planWithOneAction()
    vi.spyOn(actionPlanRepo, 'addStatusUpdate').mockRejectedValue(new StorageError('quota-exceeded'))
    renderPlan(review.id)
    const user = userEvent.setup()
    let form = await statusForm()
    await user.type(within(form).getByLabelText('Note'), 'Waiting for the Jobcentre')
    await user.click(within(form).getByRole('button', { name: 'Save status update' }))
    expect(await within(form).findByRole('alert', undefined, slow)).toHaveTextContent(
      /The status update was not saved: .+ What you typed is kept\./,
    )
    expect(within(form).getByLabelText('Note')).toHaveValue('Waiting for the Jobcentre')

    cleanup()
    renderPlan(review.id)
    form = await statusForm()
    expect(within(form).getByLabelText('Note')).toHaveValue('Waiting for the Jobcentre')
  })

  it('moves the review point to 6 months after the report', async () => {
    const { review, entry } = await planWithOneAction()
    renderPlan(review.id)
    const user = userEvent.setup()
    await statusForm()
    const card = screen.getByRole('article', { name: 'Item 1, recommendation 1' })
    const point = within(card).getByLabelText('Review point')
    expect(point).toHaveValue('3')
    // Not final: counted from the last day of the visit, 3 March 2026.
    expect(within(card).getByText(/3 June 2026/)).toBeInTheDocument()
    await user.selectOptions(point, '6')
    await waitFor(async () => expect((await actionPlanRepo.get(entry.id)).reviewPointMonths).toBe(6), slow)
    expect(await within(card).findByText(/3 September 2026/, undefined, slow)).toBeInTheDocument()
  })
})

describe('follow-ups', () => {
  it('records a follow-up of a final review and lists it with where the actions stood that day', async () => {
    const { review, entry } = await planWithOneAction({ final: true })
    await actionPlanRepo.addStatusUpdate(entry.id, { date: '2026-05-01', status: 'done', note: '' })
    await actionPlanRepo.create(review.id, 'caseload-size', { recommendation: 'Second one' })
    renderPlan(review.id)
    const user = userEvent.setup()
    const form = await screen.findByRole('group', { name: 'Record a follow-up' }, slow)

    fireEvent.change(within(form).getByLabelText('Date of the follow-up'), { target: { value: '2026-03-01' } })
    await user.type(within(form).getByLabelText('Who did it'), 'Alex Morgan')
    await user.click(within(form).getByRole('button', { name: 'Record the follow-up' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The follow-up is dated before the visit: choose a date on or after the visit',
    )

    fireEvent.change(within(form).getByLabelText('Date of the follow-up'), { target: { value: '2026-06-03' } })
    await user.type(within(form).getByLabelText('What was found'), 'Caseloads are down to 20.')
    await user.click(within(form).getByRole('button', { name: 'Record the follow-up' }))
    const section = screen.getByRole('region', { name: 'Follow-ups' })
    expect(
      await within(section).findByText('Action plan follow-up, 3 June 2026: 1 done, 1 not started', undefined, slow),
    ).toBeInTheDocument()
    expect(within(section).getByText('Caseloads are down to 20.')).toBeInTheDocument()
    expect((await reviewsRepo.get(review.id)).followUps).toEqual([
      { id: expect.any(String), date: '2026-06-03', by: 'Alex Morgan', note: 'Caseloads are down to 20.' },
    ])
  })

  it('asks for a final review before a follow-up', async () => {
    const { review } = await planWithOneAction()
    renderPlan(review.id)
    const section = await screen.findByRole('region', { name: 'Follow-ups' }, slow)
    expect(within(section).queryByRole('group', { name: 'Record a follow-up' })).not.toBeInTheDocument()
    expect(within(section).getByText(/A follow-up is recorded once the review is final/)).toBeInTheDocument()
  })
})

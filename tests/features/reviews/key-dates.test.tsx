import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { KeyDatesPanel } from '../../../src/features/reviews/key-dates-panel'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { settingsRepo } from '../../../src/storage/settings-repo'
import { createTeamAndReview, useFreshDatabase } from '../../storage/fresh-database'
import { useReview } from '../../../src/storage/live-reviews'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
const slow = { timeout: 10_000 }

/** The panel as the review page shows it: following the stored review. */
function LivePanel({ id, today }: { id: string; today: string }) {
  const review = useReview(id)
  return review ? <KeyDatesPanel review={review} today={today} /> : null
}

// The visit is 2-3 March 2026: report due 31 March, action plan 14 April, next review 3 March 2027 by default.
describe('the key dates panel', () => {
  it('shows each date with where it stands in words, and the default figures', async () => {
    const { review } = await createTeamAndReview()
    render(<LivePanel id={review.id} today="2026-04-01" />)
    const report = await screen.findByLabelText('Report due', undefined, slow)
    expect(report).toHaveValue('2026-03-31')
    expect(report).toHaveAccessibleDescription('Overdue: it was due on 31 March 2026 (the default)')
    expect(screen.getByLabelText('Action plan due')).toHaveValue('2026-04-14')
    expect(screen.getByLabelText('Action plan due')).toHaveAccessibleDescription('Due soon (the default)')
    expect(screen.getByLabelText('Next review')).toHaveAccessibleDescription('Not due yet (the default)')
    expect(screen.getByText(/4 weeks for the report, 6 for the action plan, 12 months/)).toBeInTheDocument()
  })

  it('saves a date as it is chosen, and resets it to the default', async () => {
    const { review } = await createTeamAndReview()
    render(<LivePanel id={review.id} today="2026-04-01" />)
    fireEvent.change(await screen.findByLabelText('Next review', undefined, slow), { target: { value: '2027-06-01' } })
    await waitFor(async () => expect((await reviewsRepo.get(review.id)).nextReviewDate).toBe('2027-06-01'))
    expect(await screen.findByText(/the default is 3 March 2027/)).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Reset next review to the default' }))
    await waitFor(async () => expect((await reviewsRepo.get(review.id)).nextReviewDate).toBeNull())
    expect(screen.getByLabelText('Next review')).toHaveValue('2027-03-03')
  })

  it('refuses a date out of order beside the field, storing nothing', async () => {
    const { review } = await createTeamAndReview()
    render(<LivePanel id={review.id} today="2026-04-01" />)
    const report = await screen.findByLabelText('Report due', undefined, slow)
    fireEvent.change(report, { target: { value: '2026-03-01' } })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The report is due before the first day of the visit: choose a date on or after it',
    )
    expect(report).toHaveAttribute('aria-invalid', 'true')
    expect((await reviewsRepo.get(review.id)).reportDueDate).toBeNull()
  })

  it('counts from the figures in the settings', async () => {
    await settingsRepo.update({ reportWeeks: 2, nextReviewMonths: 6 })
    const { review } = await createTeamAndReview()
    render(<LivePanel id={review.id} today="2026-03-05" />)
    expect(await screen.findByLabelText('Report due', undefined, slow)).toHaveValue('2026-03-17')
    expect(screen.getByLabelText('Next review')).toHaveValue('2026-09-03')
  })

  it('shows nothing for a training exercise', async () => {
    const { review } = await createTeamAndReview({
      type: 'training',
      visitEnd: '2026-03-02',
      reviewers: [{ id: 'reviewer-a', name: 'Trainee' }],
    })
    const { container } = render(<KeyDatesPanel review={review} today="2026-04-01" />)
    expect(container).toBeEmptyDOMElement()
  })
})

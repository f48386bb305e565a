import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ReviewDeadlinesForm } from '../../../src/features/settings/review-deadlines-form'
import { settingsRepo } from '../../../src/storage/settings-repo'
import { useFreshDatabase } from '../../storage/fresh-database'

useFreshDatabase()
afterEach(() => cleanup())
const slow = { timeout: 10_000 }

async function retype(label: string, value: string) {
  const field = screen.getByLabelText(label)
  await userEvent.clear(field)
  if (value) await userEvent.type(field, value)
}

describe('Review deadlines in Settings', () => {
  it('shows the review programme’s figures and saves new ones', async () => {
    render(<ReviewDeadlinesForm />)
    expect(await screen.findByLabelText('Report due, weeks after the visit', undefined, slow)).toHaveValue(4)
    expect(screen.getByLabelText('Action plan due, weeks after the visit')).toHaveValue(6)
    expect(screen.getByLabelText('Next review, months after the visit')).toHaveValue(12)

    await retype('Report due, weeks after the visit', '3')
    await retype('Next review, months after the visit', '18')
    await userEvent.click(screen.getByRole('button', { name: 'Save deadlines' }))
    expect(await screen.findByText(/^Saved: reviews/)).toHaveAttribute('role', 'status')
    expect(await settingsRepo.get()).toMatchObject({ reportWeeks: 3, actionPlanWeeks: 6, nextReviewMonths: 18 })
  })

  it.each([
    ['Report due, weeks after the visit', '0', 'Allow at least one week'],
    ['Action plan due, weeks after the visit', '53', 'Allow at most 52 weeks'],
    ['Next review, months after the visit', '2.5', 'Enter a whole number of months'],
    ['Next review, months after the visit', '61', 'Allow at most 60 months'],
    ['Report due, weeks after the visit', '', 'Enter a whole number of weeks'],
  ])('refuses %s of "%s" with "%s", saving nothing', async (label, value, message) => {
    render(<ReviewDeadlinesForm />)
    await screen.findByLabelText(label, undefined, slow)
    await retype(label, value)
    await userEvent.click(screen.getByRole('button', { name: 'Save deadlines' }))
    await waitFor(() =>
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription(expect.stringContaining(message)),
    )
    expect(await settingsRepo.get()).toMatchObject({ reportWeeks: 4, actionPlanWeeks: 6, nextReviewMonths: 12 })
  })
})

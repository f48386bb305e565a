import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { recordNotRecorded } from '#domain/review/evidence'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'
import { useWindowWidth } from './window-width'

useFreshDatabase()
const setWidth = useWindowWidth()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
afterEach(() => localStorage.clear())

describe('the record-review table (1024 px and wider)', () => {
  it('adds records with anonymous codes whose cells save as they are typed, and sums them up', async () => {
    setWidth(1366)
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.recordReview(review.id))
    expect(await screen.findByText(/never a service user’s name/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Add a record' }))
    expect(await screen.findByLabelText('Date of entry to the service, record 1')).toHaveFocus()
    const days = screen.getByLabelText('Days from entry to first employer contact, record 1')
    expect(screen.getByLabelText('Anonymous code, record 1')).toHaveValue('R-01')
    await user.type(days, '12')
    await user.type(screen.getByLabelText('Job type, record 1'), 'Barista')
    await user.type(screen.getByLabelText('Employer, record 1'), 'Corner café')
    await user.selectOptions(screen.getByLabelText('Competitive job, record 1'), 'yes')

    await user.click(screen.getByRole('button', { name: 'Add a record' }))
    expect(await screen.findByLabelText('Anonymous code, record 2')).toHaveValue('R-02')
    // Each record's controls belong to a form of its own, so the browser's autofill never scans the whole table.
    const formOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).form
    expect(formOf('Job type, record 1')).not.toBeNull()
    expect(formOf('Employer, record 1')).toBe(formOf('Job type, record 1'))
    expect(formOf('Competitive job, record 1')).toBe(formOf('Job type, record 1'))
    expect(formOf('Job type, record 2')).not.toBe(formOf('Job type, record 1'))
    expect(formOf('Job type, record 1')!.elements.length).toBeLessThan(30)

    await waitFor(async () => {
      const [first] = await evidenceRepo.listRecordReviewRows(review.id)
      expect(first).toMatchObject({
        anonymousId: 'R-01',
        daysToFirstEmployerContact: 12,
        jobType: 'Barista',
        employer: 'Corner café',
        competitive: true,
      })
    })
    const summary = screen.getByRole('region', { name: 'What the records show' })
    expect(
      within(summary).getByText(/Mean 12 days from entry to first employer contact, over 1 record/),
    ).toBeInTheDocument()
    expect(
      within(summary).getByText(/1 competitive of 1 job in the sample where this is known \(100%\)/),
    ).toBeInTheDocument()
  })

  it('refuses a name as the code and a negative count, keeping the text on screen with the reason', async () => {
    setWidth(1024)
    const user = userEvent.setup()
    const review = await ukReview()
    await evidenceRepo.addRecordReviewRow({
      reviewId: review.id,
      anonymousId: 'R-01',
      ...recordNotRecorded,
    })
    renderRoute(evidenceRoutes, paths.recordReview(review.id))
    const code = await screen.findByLabelText('Anonymous code, record 1')
    await user.clear(code)
    await user.type(code, 'Smith')
    await user.tab()
    expect(await screen.findByText(/never a name/, { selector: '.field-error' })).toBeInTheDocument()
    expect(code).toHaveValue('Smith')
    expect(code).toHaveAttribute('aria-invalid', 'true')

    const contacts = screen.getByLabelText('Support contacts after starting work, record 1')
    await user.type(contacts, '-3')
    await user.tab()
    expect(await screen.findByText(/cannot be negative/)).toBeInTheDocument()
    const [stored] = await evidenceRepo.listRecordReviewRows(review.id)
    expect(stored).toMatchObject({ anonymousId: 'R-01', supportContactsAfterStart: null })
    expect(within(screen.getByRole('table')).getByText('Not saved')).toBeInTheDocument()
  })

  it('asks before deleting a record', async () => {
    setWidth(1366)
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.recordReview(review.id))
    await user.click(await screen.findByRole('button', { name: 'Add a record' }))
    await user.click(await screen.findByRole('button', { name: 'Delete record 1 (R-01)' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }))
    expect(await screen.findByText(/No records yet/)).toBeInTheDocument()
    expect(await evidenceRepo.listRecordReviewRows(review.id)).toEqual([])
  })
})

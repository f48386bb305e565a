import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { recordNotRecorded } from '#domain/review/evidence'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { recordDetailsNotRecorded } from '#domain/review/evidence'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'
import { useWindowWidth } from './window-width'

useFreshDatabase()
const setWidth = useWindowWidth()
afterEach(() => cleanup())
afterEach(() => localStorage.clear())

async function reviewWithRecords(count: number) {
  const review = await ukReview()
  for (let n = 1; n <= count; n++) {
    await evidenceRepo.addRecordReviewRow({
      reviewId: review.id,
      anonymousId: `R-0${n}`,
      ...recordNotRecorded,
      ...recordDetailsNotRecorded,
    })
  }
  return review
}

/** The message a field's aria-describedby points at: what is shown beside it. */
function messageBeside(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

describe('the record review below 1024 px', () => {
  it('shows one labelled card per record, grouped as record, dates, practices, job and support, with no table', async () => {
    setWidth(768)
    const review = await reviewWithRecords(2)
    renderRoute(evidenceRoutes, paths.recordReview(review.id))
    const list = await screen.findByRole('list', { name: 'Sampled records (2)' })
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    const cards = within(list).getAllByRole('article')
    expect(cards).toHaveLength(2)
    const second = within(list).getByRole('article', { name: 'Record 2 (R-02)' })
    expect(
      within(second)
        .getAllByRole('group')
        .map((group) => group.querySelector('legend')?.textContent),
    ).toEqual(['Dates', 'Practices', 'Job held', 'In-work support'])
    // Every field has a visible label, and a name that says which record it belongs to.
    expect(within(second).getByLabelText('Anonymous code, record 2')).toHaveValue('R-02')
    const entry = within(second).getByLabelText('Date of entry to the service, record 2')
    expect(entry).toHaveAttribute('type', 'date')
    // The card's controls are one form of their own, like a table row's.
    expect((entry as HTMLInputElement).form).toBe(
      (within(second).getByLabelText('Anonymous code, record 2') as HTMLInputElement).form,
    )
    expect((entry as HTMLInputElement).form).not.toBeNull()
    expect(within(second).getByText('Date of entry to the service')).toBeVisible()
    expect(within(second).getByLabelText('No employer contact yet, record 2')).toHaveAttribute('type', 'checkbox')
    const disclosure = within(second).getByLabelText('Disclosure discussed, record 2')
    expect(
      within(disclosure)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Unknown', 'Yes', 'No'])
    const duration = within(second).getByLabelText('In-work support has lasted, record 2')
    expect(
      within(duration)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Unknown', 'Under 4 months', '4 months or more', 'A year or more'])
  })

  it('saves what is entered on a card and sums it up per item, counting "no contact yet" by days since entry', async () => {
    setWidth(390)
    const user = userEvent.setup()
    const review = await reviewWithRecords(1)
    renderRoute(evidenceRoutes, paths.recordReview(review.id))
    const card = await screen.findByRole('article', { name: 'Record 1 (R-01)' })
    await user.type(within(card).getByLabelText('Date of entry to the service, record 1'), '2026-01-01')
    await user.click(within(card).getByLabelText('No employer contact yet, record 1'))
    await user.selectOptions(within(card).getByLabelText('Disclosure discussed, record 1'), 'yes')
    await user.selectOptions(within(card).getByLabelText('Vocational profile, record 1'), 'in-place')
    await user.tab()

    await waitFor(async () => {
      const [stored] = await evidenceRepo.listRecordReviewRows(review.id)
      expect(stored).toMatchObject({
        entryDate: '2026-01-01',
        noEmployerContactYet: true,
        disclosureDiscussed: true,
        careerProfile: 'in-place',
      })
    })
    const summary = screen.getByRole('region', { name: 'What the records show' })
    expect(
      await within(summary).findByText(/^Disclosure discussed in 1 of 1 records where this is recorded \(100%\)/),
    ).toBeInTheDocument()
    expect(within(summary).getByText(/^A vocational profile in 1 of 1 records/)).toBeInTheDocument()
    expect(
      within(summary).getByText(new RegExp(`over 1 record: 1 with no contact yet, counted by days since entry to`)),
    ).toBeInTheDocument()
    expect(within(card).getByText('Saved')).toBeInTheDocument()
  })

  it('shows a first contact before entry beside the field, keeps the date typed and stores nothing', async () => {
    setWidth(768)
    const user = userEvent.setup()
    const review = await reviewWithRecords(1)
    renderRoute(evidenceRoutes, paths.recordReview(review.id))
    const entry = await screen.findByLabelText('Date of entry to the service, record 1')
    await user.type(entry, '2026-02-01')
    await user.tab()
    await waitFor(async () =>
      expect((await evidenceRepo.listRecordReviewRows(review.id))[0]?.entryDate).toBe('2026-02-01'),
    )

    const contact = screen.getByLabelText('First face-to-face employer contact, record 1')
    await user.type(contact, '2026-01-15')
    await user.tab()
    await waitFor(() => expect(contact).toHaveAttribute('aria-invalid', 'true'))
    expect(messageBeside(contact)).toMatch(
      /The first employer contact cannot be before the date of entry to the service/,
    )
    expect(contact).toHaveValue('2026-01-15')
    const [stored] = await evidenceRepo.listRecordReviewRows(review.id)
    expect(stored).toMatchObject({ entryDate: '2026-02-01', firstEmployerContactDate: null })
    expect(within(screen.getByRole('article', { name: 'Record 1 (R-01)' })).getByText('Not saved')).toBeInTheDocument()
  })

  it('turns the cards into a table when the window widens to 1024 px', async () => {
    setWidth(768)
    const review = await reviewWithRecords(1)
    renderRoute(evidenceRoutes, paths.recordReview(review.id))
    await screen.findByRole('article', { name: 'Record 1 (R-01)' })
    act(() => setWidth(1024))
    const region = await screen.findByRole('region', { name: 'Sampled records' })
    expect(region).toHaveAccessibleDescription(/scrolls sideways inside its frame/)
    const table = within(region).getByRole('table', { name: 'Sampled records (1)' })
    expect(within(table).getByRole('columnheader', { name: 'In-work support' })).toHaveAttribute('colspan', '3')
    expect(within(table).getByRole('rowheader', { name: '1' })).toBeInTheDocument()
    expect(within(table).getByLabelText('Job start date, record 1')).toHaveAttribute('type', 'date')
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
  })
})

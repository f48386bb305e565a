import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { draftJournal } from '../../../src/storage/draft-journal'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
afterEach(() => localStorage.clear())

describe('the evidence workspace', () => {
  it('shows the item with its criterion and five anchors, grouped navigation and progress', async () => {
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    expect(await screen.findByRole('heading', { level: 1, name: '1. Caseload size' })).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Anchors for item 1' })).getAllByRole('listitem')).toHaveLength(5)
    const nav = screen.getByRole('navigation', { name: 'Items of this review' })
    expect(within(nav).getByRole('heading', { name: 'Staffing' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: /1\. Caseload size\s*No evidence/ })).toHaveAttribute(
      'aria-current',
      'page',
    )
    const pager = screen.getByRole('navigation', { name: 'Previous and next item' })
    expect(within(pager).getByRole('link', { name: /2\. .* →/ })).toHaveAttribute(
      'href',
      paths.reviewItem(review.id, 'employment-services-staff'),
    )
  })

  it('adds an interview entry whose role and note save as they are typed, and marks the item as having evidence', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'disclosure'))
    await user.selectOptions(await screen.findByLabelText('Source of the new evidence'), 'interview')
    await user.click(screen.getByRole('button', { name: 'Add evidence' }))

    const role = await screen.findByLabelText('Role of the person interviewed')
    expect(role).toHaveFocus()
    expect(screen.getByText(/Roles, never names/)).toBeInTheDocument()
    await user.type(role, 'team leader')
    await user.type(screen.getByLabelText('Note'), 'Talks about disclosure at the first meeting.')

    await waitFor(async () => {
      const [entry] = await evidenceRepo.listEntries(review.id, 'disclosure')
      expect(entry).toMatchObject({
        source: 'interview',
        intervieweeRole: 'team leader',
        note: 'Talks about disclosure at the first meeting.',
      })
    })
    expect(await screen.findByRole('heading', { name: 'Evidence 1: Interview with team leader' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByText('Saved').length).toBeGreaterThan(0))
    expect(await draftJournal.listForReview(review.id)).toEqual([])
    const nav = screen.getByRole('navigation', { name: 'Items of this review' })
    expect(within(nav).getByRole('link', { name: /13\. Disclosure\s*Evidence/ })).toBeInTheDocument()
  })

  it('asks before deleting an entry, and keeps it when the reviewer changes their mind', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    await evidenceRepo.addEntry({ reviewId: review.id, itemId: 'disclosure', source: 'document', note: 'Policy seen' })
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'disclosure'))
    await user.click(await screen.findByRole('button', { name: 'Delete entry' }))
    expect(screen.getByText(/Delete this evidence entry and its note\?/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(await evidenceRepo.listEntries(review.id, 'disclosure')).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Delete entry' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }))
    await waitFor(async () => expect(await evidenceRepo.listEntries(review.id, 'disclosure')).toEqual([]))
    expect(await screen.findByText('No evidence for this item yet.')).toBeInTheDocument()
  })

  it('recovers a note typed just before the page closed, on opening the review', async () => {
    const review = await ukReview()
    const entry = await evidenceRepo.addEntry({
      reviewId: review.id,
      itemId: 'disclosure',
      source: 'document',
      note: 'Policy',
    })
    // The tab closed inside the debounce window: the journal has the text, the database does not.
    draftJournal.write(
      { reviewId: review.id, record: `evidence/${entry.id}`, field: 'note' },
      'Policy seen and dated 2025',
      'Policy',
      new Date(Date.parse(entry.updatedAt) + 1000),
    )
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    expect(await screen.findByText(/Recovered 1 change/)).toBeInTheDocument()
    const [stored] = await evidenceRepo.listEntries(review.id, 'disclosure')
    expect(stored?.note).toBe('Policy seen and dated 2025')
    expect(await draftJournal.listForReview(review.id)).toEqual([])
  })

  it('says clearly when the review’s scale is not on this device', async () => {
    const review = await ukReview()
    await (
      await import('../../../src/storage/database')
    )
      .getDatabase()
      .reviews.update(review.id, { scaleVersion: '9.9.9' })
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    expect(await screen.findByRole('heading', { name: 'The scale for this review is missing' })).toBeInTheDocument()
    expect(screen.getByText(/version 9\.9\.9, which is not on this device/)).toBeInTheDocument()
  })
})

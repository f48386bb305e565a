import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { recordNotRecorded } from '#domain/review/evidence'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())

describe('the coverage grid', () => {
  it('is a table of items by sources with a text mark in each cell and links to each item', async () => {
    const review = await ukReview()
    const add = (itemId: string, source: 'interview' | 'management-data' | 'document') =>
      evidenceRepo.addEntry({ reviewId: review.id, itemId, source, note: '' })
    await add('caseload-size', 'interview')
    await add('caseload-size', 'interview')
    await add('caseload-size', 'management-data')
    renderRoute(evidenceRoutes, paths.coverage(review.id))

    const table = await screen.findByRole('table', { name: 'Evidence by item and source' })
    expect(within(table).getByRole('columnheader', { name: 'Interview' })).toBeInTheDocument()
    const row = within(table).getByRole('row', { name: /1\. Caseload size/ })
    const header = within(row).getByRole('rowheader')
    expect(within(header).getByRole('link')).toHaveAttribute('href', paths.reviewItem(review.id, 'caseload-size'))
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    // Interview, record review, observation, management data, document, missing.
    expect(cells).toEqual(['✓ 2 entries', '✗ Needed', '', '✓ 1 entry', '✗ Needed', 'DOC'])

    const untouched = within(table).getByRole('row', { name: /13\. Disclosure/ })
    expect(within(untouched).getAllByRole('cell').at(-1)).toHaveTextContent('DOC, INT, OBS')
    expect(screen.getByText(/24 of 25 items have no evidence yet/)).toBeInTheDocument()
  })
  it('counts the record review for an item only where the sampled records say something about it', async () => {
    const review = await ukReview()
    for (const anonymousId of ['R-01', 'R-02']) {
      await evidenceRepo.addRecordReviewRow({
        reviewId: review.id,
        anonymousId,
        ...recordNotRecorded,
        disclosureDiscussed: true,
      })
    }
    renderRoute(evidenceRoutes, paths.coverage(review.id))
    const table = await screen.findByRole('table', { name: 'Evidence by item and source' })
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    expect(cells(/13\. Disclosure/)[1]).toBe('✓ 2 records in the table')
    // The same records say nothing about benefits: the record review is still needed there.
    expect(cells(/12\. Benefits/)[1]).toBe('✗ Needed')
  })
})

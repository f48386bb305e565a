import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
// A busy machine can take over a second for the first live queries; the default wait is 1 s.
const slow = { timeout: 5000 }
afterEach(() => localStorage.clear())

describe('choosing evidence for the report', () => {
  it('leaves a note out of the report until a reviewer ticks "Include in the report"', async () => {
    const review = await ukReview()
    const entry = await evidenceRepo.addEntry({
      reviewId: review.id,
      itemId: 'disclosure',
      source: 'observation',
      note: 'Seen at the team meeting',
    })
    expect(entry.includeInReport).toBe(false)
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'disclosure'))
    const card = await screen.findByRole('article', { name: /^Evidence 1/ }, slow)
    const box = within(card).getByRole('checkbox', { name: 'Include in the report' })
    expect(box).not.toBeChecked()

    await userEvent.setup().click(box)
    await waitFor(
      async () => expect((await evidenceRepo.listEntries(review.id, 'disclosure'))[0]?.includeInReport).toBe(true),
      slow,
    )
    expect(await within(card).findByRole('checkbox', { name: 'Include in the report' }, slow)).toBeChecked()
  })
})

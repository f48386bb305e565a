import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { visitRepo } from '../../../src/storage/visit-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { reviewWithInterview, sessionRoutes } from './helpers'

useFreshDatabase()
afterEach(() => cleanup())
afterEach(() => localStorage.clear())

const label = 'Session note, Interview, Team leader, 2 March 2026'

describe('session notes on each item’s workspace', () => {
  it('shows a note tagged to three items on each of their workspaces, and on no other', async () => {
    const { review, session } = await reviewWithInterview()
    await visitRepo.addNote(session.id, {
      note: 'Nobody is turned away; benefits advice at the first meeting.',
      itemIds: ['caseload-size', 'zero-exclusion', 'benefits-planning'],
    })
    for (const itemId of ['caseload-size', 'zero-exclusion', 'benefits-planning']) {
      renderRoute(sessionRoutes, paths.reviewItem(review.id, itemId))
      const entry = await screen.findByRole('article', { name: `Evidence 1: ${label}` })
      expect(
        within(entry).getByText('Nobody is turned away; benefits advice at the first meeting.'),
      ).toBeInTheDocument()
      expect(within(entry).getByRole('link', { name: /Open the session notes/ })).toHaveAttribute(
        'href',
        paths.sessionNotes(review.id, session.id),
      )
      expect(screen.getByRole('heading', { name: 'Evidence (1)' })).toBeInTheDocument()
      cleanup()
    }
    renderRoute(sessionRoutes, paths.reviewItem(review.id, 'disclosure'))
    expect(await screen.findByText('No evidence for this item yet.')).toBeInTheDocument()
    expect(screen.queryByRole('article', { name: new RegExp(label) })).not.toBeInTheDocument()
    // Four workspaces in turn: more than one screen's time on a busy machine.
  }, 20_000)

  it('lists session notes and the item’s own entries in one list, by when they were taken', async () => {
    const { review, session } = await reviewWithInterview()
    await evidenceRepo.addEntry(
      { reviewId: review.id, itemId: 'zero-exclusion', source: 'document', note: 'Referral policy' },
      new Date('2026-03-02T09:00:00.000Z'),
    )
    await visitRepo.addNote(
      session.id,
      { note: 'Says anyone can be referred', itemIds: ['zero-exclusion'] },
      new Date('2026-03-02T09:45:00.000Z'),
    )
    await evidenceRepo.addEntry(
      { reviewId: review.id, itemId: 'zero-exclusion', source: 'observation', note: 'Team meeting' },
      new Date('2026-03-02T12:30:00.000Z'),
    )
    renderRoute(sessionRoutes, paths.reviewItem(review.id, 'zero-exclusion'))
    expect(await screen.findByRole('heading', { name: 'Evidence (3)' })).toBeInTheDocument()
    const list = screen.getByRole('heading', { name: 'Evidence (3)' }).parentElement!
    expect(
      within(list)
        .getAllByRole('article')
        .map((article) => article.getAttribute('aria-label')),
    ).toEqual(['Evidence 1: Document', `Evidence 2: ${label}`, 'Evidence 3: Observation'])
  })

  it('opens the session notes from the workspace to edit the note there', async () => {
    const user = userEvent.setup()
    const { review, session } = await reviewWithInterview()
    await visitRepo.addNote(session.id, { note: 'Weekly team meeting', itemIds: ['zero-exclusion'] })
    renderRoute(sessionRoutes, paths.reviewItem(review.id, 'zero-exclusion'))
    await user.click(await screen.findByRole('link', { name: /Open the session notes/ }))
    expect(await screen.findByRole('textbox', { name: 'Note 1' })).toHaveValue('Weekly team meeting')
    expect(screen.getByLabelText('Items for note 1')).toHaveValue('9')
  })
})

import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { paths } from '../../../src/app/paths'
import { draftJournal, draftRecords } from '../../../src/storage/draft-journal'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { visitRepo } from '../../../src/storage/visit-repo'
import { finaliseReview, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { reviewWithInterview, sessionRoutes } from './helpers'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
afterEach(() => localStorage.clear())

const uk = findScale('ips-uk', '1.0.0')!
const itemId = (number: number) => uk.items.find((item) => item.number === number)!.id

async function openSession() {
  const { review, session } = await reviewWithInterview()
  const view = renderRoute(sessionRoutes, paths.sessionNotes(review.id, session.id))
  await screen.findByRole('heading', { level: 1, name: 'Interview: 1 team leader' })
  await screen.findByRole('button', { name: 'Add a note' })
  return { review, session, view }
}

async function onlyNote(sessionId: string) {
  const notes = await visitRepo.listNotesForSession(sessionId)
  expect(notes).toHaveLength(1)
  return notes[0]!
}

describe('the session notes screen', () => {
  it('says which session it is, when and where, with links back to the review', async () => {
    const { review } = await openSession()
    expect(screen.getByText('2 March 2026, 09:30–10:30 · Team base, room 2')).toBeInTheDocument()
    const links = screen.getByRole('navigation', { name: 'This review' })
    expect(within(links).getByRole('link', { name: 'Review overview' })).toHaveAttribute(
      'href',
      paths.review(review.id),
    )
    expect(within(links).getByRole('link', { name: 'Visit plan' })).toBeInTheDocument()
    expect(screen.getByText('No notes from this session yet.')).toBeInTheDocument()
  })

  it('adds a note, focused, whose text is journalled at once and saved as it is typed', async () => {
    const user = userEvent.setup()
    const { review, session } = await openSession()
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    const box = await screen.findByRole('textbox', { name: 'Note 1' })
    expect(box).toHaveFocus()
    const { id } = await onlyNote(session.id)

    await user.type(box, 'Tidy')
    // Before the save (it waits for a pause in typing), the text is already on this device.
    expect(draftJournal.read({ reviewId: review.id, record: draftRecords.sessionNote(id), field: 'note' })?.value).toBe(
      'Tidy',
    )
    await waitFor(async () => expect((await onlyNote(session.id)).note).toBe('Tidy'))
    await waitFor(() =>
      expect(within(screen.getByRole('article', { name: 'Note 1' })).getByText('Saved')).toBeVisible(),
    )
    expect(await draftJournal.listForReview(review.id)).toEqual([])
  })

  it('keeps the keys typed before the new note’s text box appears, and saves them', async () => {
    const user = userEvent.setup()
    const { session } = await openSession()
    // Typed at once after the click, while the note is still being made: the keys reach the button, not a box.
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    await user.keyboard('Fout{Backspace}r specialists')
    const box = await screen.findByRole('textbox', { name: 'Note 1' })
    await waitFor(() => expect(box).toHaveValue('Four specialists'))
    await waitFor(async () => expect((await onlyNote(session.id)).note).toBe('Four specialists'))
    // Once the note is there, keys go to it as usual.
    await user.type(box, ', all IPS only')
    await waitFor(async () => expect((await onlyNote(session.id)).note).toBe('Four specialists, all IPS only'))
  })

  it('puts each note in a form of its own, so typing in one does not make the browser look over all the others', async () => {
    const user = userEvent.setup()
    await openSession()
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    const first = await screen.findByRole('textbox', { name: 'Note 1' })
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    const second = await screen.findByRole('textbox', { name: 'Note 2' })
    expect(first.closest('form')).not.toBeNull()
    expect(second.closest('form')).not.toBeNull()
    expect(first.closest('form')).not.toBe(second.closest('form'))
    // Pressing Enter in a tag box must not submit anything that reloads the page.
    expect(fireEvent.submit(first.closest('form')!)).toBe(false)
  })

  it('moves a review in planning on to collecting evidence with its first note', async () => {
    const user = userEvent.setup()
    const { review } = await openSession()
    expect((await reviewsRepo.get(review.id)).status).toBe('planning')
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    await screen.findByRole('textbox', { name: 'Note 1' })
    expect((await reviewsRepo.get(review.id)).status).toBe('collecting-evidence')
  })

  it('saves item numbers typed as tags as the items’ ids, and Enter goes back to the note', async () => {
    const user = userEvent.setup()
    const { session } = await openSession()
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    const box = await screen.findByRole('textbox', { name: 'Note 1' })
    expect(screen.getByText('Not tagged yet')).toBeInTheDocument()

    // Alt+T goes from the note to its items.
    await user.keyboard('{Alt>}t{/Alt}')
    const tags = screen.getByLabelText('Items for note 1')
    expect(tags).toHaveFocus()
    await user.keyboard('9, 4 5{Enter}')
    await waitFor(async () => expect((await onlyNote(session.id)).itemIds).toEqual([itemId(4), itemId(5), itemId(9)]))
    expect(box).toHaveFocus()
    expect(await screen.findByText(/Tagged to:/)).toHaveTextContent(
      `Tagged to: 4. ${uk.items[3]!.title}; 5. ${uk.items[4]!.title}; 9. ${uk.items[8]!.title}`,
    )
    expect(tags).toHaveValue('4, 5, 9')
    expect(screen.queryByText('Not tagged yet')).not.toBeInTheDocument()
  })

  it.each(['30', 'x'])('refuses the tag "%s" with a message beside the field and stores nothing', async (typed) => {
    const user = userEvent.setup()
    const { session } = await openSession()
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    await screen.findByRole('textbox', { name: 'Note 1' })
    const tags = screen.getByLabelText('Items for note 1')
    await user.type(tags, `4, ${typed}{Enter}`)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `"${typed}" is not an item of this scale: type item numbers from 1 to 25, such as 4, 5, 9`,
    )
    expect(tags).toHaveAttribute('aria-invalid', 'true')
    expect(tags).toHaveAccessibleDescription(expect.stringContaining(`"${typed}" is not an item of this scale`))
    // Not even the valid number before it: nothing is stored half-way.
    await user.tab()
    expect((await onlyNote(session.id)).itemIds).toEqual([])
    expect(tags).toHaveValue(`4, ${typed}`)

    await user.clear(tags)
    await user.type(tags, '4')
    await user.tab()
    await waitFor(async () => expect((await onlyNote(session.id)).itemIds).toEqual([itemId(4)]))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows the items as they are typed, so the line does not grow when they save on leaving the field', async () => {
    const user = userEvent.setup()
    const { session } = await openSession()
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    await screen.findByRole('textbox', { name: 'Note 1' })
    await user.type(screen.getByLabelText('Items for note 1'), '4 9')
    // Still in the field: nothing stored yet, and the line already says what leaving it will save.
    expect(screen.getByText(/Tagged to:/)).toHaveTextContent(
      `Tagged to: 4. ${uk.items[3]!.title}; 9. ${uk.items[8]!.title}`,
    )
    expect((await onlyNote(session.id)).itemIds).toEqual([])
    const deleteButton = screen.getByRole('button', { name: 'Delete note 1' })
    const before = screen.getByText(/Tagged to:/).textContent
    await user.tab()
    await waitFor(async () => expect((await onlyNote(session.id)).itemIds).toEqual([itemId(4), itemId(9)]))
    expect(screen.getByText(/Tagged to:/).textContent).toBe(before)
    expect(deleteButton).toBeInTheDocument()
  })

  it('keeps an untagged note, marked as not tagged yet', async () => {
    const { session } = await reviewWithInterview()
    await visitRepo.addNote(session.id, { note: 'Lots of referrals from the ward', itemIds: [] })
    renderRoute(sessionRoutes, paths.sessionNotes(session.reviewId, session.id))
    expect(await screen.findByRole('textbox', { name: 'Note 1' })).toHaveValue('Lots of referrals from the ward')
    expect(screen.getByText('Not tagged yet')).toBeInTheDocument()
  })

  it('asks before deleting a note, then removes it', async () => {
    const user = userEvent.setup()
    const { session } = await reviewWithInterview()
    await visitRepo.addNote(session.id, { note: 'Said twice', itemIds: [itemId(9)] })
    renderRoute(sessionRoutes, paths.sessionNotes(session.reviewId, session.id))
    await user.click(await screen.findByRole('button', { name: 'Delete note 1' }))
    expect(screen.getByText(/It is removed from every item it is tagged to/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(await visitRepo.listNotesForSession(session.id)).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Delete note 1' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }))
    await waitFor(async () => expect(await visitRepo.listNotesForSession(session.id)).toEqual([]))
    expect(await screen.findByText('No notes from this session yet.')).toBeInTheDocument()
  })

  it('shows a final review’s notes read-only, with no way to add, tag or delete', async () => {
    const { review, session } = await reviewWithInterview()
    await visitRepo.addNote(session.id, { note: 'Caseloads of 18', itemIds: [itemId(1)] })
    await finaliseReview(review.id)
    renderRoute(sessionRoutes, paths.sessionNotes(review.id, session.id))
    const box = await screen.findByRole('textbox', { name: 'Note 1' })
    expect(box).toHaveValue('Caseloads of 18')
    expect(box).toHaveAttribute('readonly')
    expect(screen.getByText(/This review is final, so its notes are read-only/)).toBeInTheDocument()
    expect(screen.getByText(/Tagged to: 1\. Caseload size/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add a note' })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Items for note 1')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete note 1' })).not.toBeInTheDocument()
  })

  it('guides the interview with the team leader: the session’s items with the scale’s interview prompts', async () => {
    const user = userEvent.setup()
    await openSession()
    // Below 1024 px the guide is a section above the notes that opens.
    await user.click(screen.getByText('What to ask or look for (Team leader)'))
    const guide = screen.getByRole('list', { name: 'Items this session informs' })
    const items = within(guide).getAllByRole('heading', { level: 3 })
    expect(items.map((heading) => heading.textContent)).toEqual(
      [1, 9, 12].map((number) => `${number}. ${uk.items[number - 1]!.title}`),
    )
    const interviewPrompt = uk.items[0]!.evidencePrompts.find((p) => p.source === 'INT')!.prompt
    const recordsPrompt = uk.items[0]!.evidencePrompts.find((p) => p.source === 'DOC')!.prompt
    expect(within(guide).getByText(interviewPrompt)).toBeInTheDocument()
    expect(within(guide).queryByText(recordsPrompt)).not.toBeInTheDocument()
  })

  it('tags the note being written to an item pressed in the guide', async () => {
    const user = userEvent.setup()
    const { session } = await openSession()
    await user.click(screen.getByText('What to ask or look for (Team leader)'))
    expect(screen.getByRole('button', { name: 'Tag the note to item 9' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    await screen.findByRole('textbox', { name: 'Note 1' })
    await user.click(screen.getByRole('button', { name: 'Tag the note to item 9' }))
    await waitFor(async () => expect((await onlyNote(session.id)).itemIds).toEqual([itemId(9)]))
    expect(await screen.findByLabelText('Items for note 1')).toHaveValue('9')
  })

  it('recovers a note typed just before the page closed', async () => {
    const { review, session } = await reviewWithInterview()
    const note = await visitRepo.addNote(session.id, { note: 'Team', itemIds: [] })
    draftJournal.write(
      { reviewId: review.id, record: draftRecords.sessionNote(note.id), field: 'note' },
      'Team meets weekly',
      'Team',
      new Date(Date.parse(note.updatedAt) + 1000),
    )
    renderRoute(sessionRoutes, paths.sessionNotes(review.id, session.id))
    expect(await screen.findByRole('textbox', { name: 'Note 1' })).toHaveValue('Team meets weekly')
    await waitFor(async () => expect((await onlyNote(session.id)).note).toBe('Team meets weekly'))
  })

  it('says so when the session is not in the plan', async () => {
    const { review } = await reviewWithInterview()
    renderRoute(sessionRoutes, paths.sessionNotes(review.id, 'gone'))
    expect(await screen.findByRole('heading', { name: 'Session not found' })).toBeInTheDocument()
  })

  it('adds a note with Alt+N from a note', async () => {
    const user = userEvent.setup()
    const { session } = await openSession()
    await user.click(screen.getByRole('button', { name: 'Add a note' }))
    const first = await screen.findByRole('textbox', { name: 'Note 1' })
    act(() => first.focus())
    fireEvent.keyDown(first, { key: 'n', code: 'KeyN', altKey: true })
    expect(await screen.findByRole('textbox', { name: 'Note 2' })).toHaveFocus()
    expect(await visitRepo.listNotesForSession(session.id)).toHaveLength(2)
  })
})

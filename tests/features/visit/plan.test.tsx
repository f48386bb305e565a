import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { findScale } from '#domain/scale/catalogue'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { expectedItems } from '#domain/visit/guide'
import { draftJournal, draftRecords } from '../../../src/storage/draft-journal'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { visitRepo } from '../../../src/storage/visit-repo'
import { finaliseReview, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { ukReview } from '../uk-review'
import { visitRoutes } from './visit-routes'

useFreshDatabase()
afterEach(() => cleanup())
// A plan of eleven sessions is eleven forms: jsdom needs longer than the default for the longer walks below.
vi.setConfig({ testTimeout: 15_000 })

const uk = findScale('ips-uk', '1.0.0')!

/** A review on the UK scale with the usual two-day plan, opened at its plan screen. */
async function openPlan(review: Parameters<typeof ukReview>[0] = {}) {
  const created = await ukReview(review)
  await visitRepo.addSessions(created.id, defaultVisitPlan(uk, created, 3))
  const rendered = renderRoute(visitRoutes, paths.visitPlan(created.id))
  return { review: created, ...rendered }
}

// By its heading, then the section it heads: a role query over a whole plan is slow in jsdom.
const sessionHeading = (n: number) =>
  screen.findByText((_, element) => element?.tagName === 'H3' && element.textContent.startsWith(`${n}. `), undefined, {
    timeout: 10_000,
  })
async function session(n: number): Promise<HTMLElement> {
  return (await sessionHeading(n)).closest('section')!
}
const openItems = (section: HTMLElement) =>
  userEvent.click(within(section).getByText(/^Items this session is expected to inform:/))
const ids = (itemIds: readonly { id: string }[]) => itemIds.map((item) => item.id)

describe('the visit plan of an independent review', () => {
  it('lists the sessions in plan order with their people counted by role', async () => {
    await openPlan()
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit plan: Riverside Recovery Team' })).toBeVisible()
    expect(await session(1)).toHaveAccessibleName('1. 2 March 2026, 09:30-10:30 Interview: 1 team leader')
    expect(await session(2)).toHaveAccessibleName(
      '2. 2 March 2026, 10:45-12:15 Group interview: 3 employment specialists',
    )
    expect(within(await session(11)).getByRole('link', { name: 'Take notes' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/reviews\/[^/]+\/sessions\/[^/]+$/),
    )
  })

  it('refuses an end before the start beside the field and stores nothing', async () => {
    const { review } = await openPlan()
    const first = await session(1)
    fireEvent.change(within(first).getByLabelText('Ends'), { target: { value: '09:00' } })
    await userEvent.type(within(first).getByLabelText('Place (optional)'), 'Room 2')
    expect(within(first).getByText('Changes not saved yet')).toBeInTheDocument()
    await userEvent.click(within(first).getByRole('button', { name: 'Save session' }))
    expect(await within(first).findByLabelText('Ends')).toHaveAccessibleDescription(
      'The session must end after it starts',
    )
    const [stored] = await visitRepo.listSessions(review.id)
    expect(stored).toMatchObject({ start: '09:30', end: '10:30', place: '' })

    fireEvent.change(within(first).getByLabelText('Ends'), { target: { value: '11:00' } })
    await userEvent.click(within(first).getByRole('button', { name: 'Save session' }))
    await waitFor(async () =>
      expect((await visitRepo.listSessions(review.id))[0]).toMatchObject({ end: '11:00', place: 'Room 2' }),
    )
    expect(await session(1)).toHaveAccessibleName('1. 2 March 2026, 09:30-11:00 Interview: 1 team leader (Room 2)')
    await waitFor(() => expect(within(first).queryByText('Changes not saved yet')).not.toBeInTheDocument())
  })

  it('asks for the role of "other" people, and keeps a stored session’s items until told to suggest them', async () => {
    const { review } = await openPlan()
    const first = await session(1)
    await userEvent.selectOptions(within(first).getByLabelText('Who'), 'Other (say which role)')
    await userEvent.click(within(first).getByRole('button', { name: 'Save session' }))
    expect(await within(first).findByLabelText('Their role')).toHaveAccessibleDescription(/Say what their role is/)
    expect((await visitRepo.listSessions(review.id))[0]?.role).toBe('team-leader')

    await userEvent.type(within(first).getByLabelText('Their role'), 'Housing officer')
    const before = (await visitRepo.listSessions(review.id))[0]!.itemIds
    expect(before).toEqual(ids(expectedItems(uk, 'interview', 'team-leader')))
    await userEvent.click(within(first).getByRole('button', { name: 'Save session' }))
    await waitFor(async () =>
      expect((await visitRepo.listSessions(review.id))[0]).toMatchObject({
        role: 'other',
        otherRoleLabel: 'Housing officer',
        itemIds: before,
      }),
    )

    await userEvent.selectOptions(within(first).getByLabelText('Who'), 'Senior manager')
    await openItems(first)
    await userEvent.click(within(first).getByRole('button', { name: 'Use the suggested items' }))
    const suggested = expectedItems(uk, 'interview', 'senior-manager')
    for (const item of suggested) {
      expect(within(first).getByRole('checkbox', { name: `${item.number}. ${item.title}` })).toBeChecked()
    }
    expect(within(first).getByRole('checkbox', { name: /^1\. Caseload size/ })).not.toBeChecked()
    await userEvent.click(within(first).getByRole('button', { name: 'Save session' }))
    await waitFor(async () => expect((await visitRepo.listSessions(review.id))[0]?.itemIds).toEqual(ids(suggested)))
  })

  it('adds a session at the end with the items its kind and role suggest', async () => {
    // A visit still to come: nothing is "added on the day" yet.
    const { review } = await openPlan({ visitStart: '2099-03-02', visitEnd: '2099-03-03' })
    const add = await screen.findByRole('region', { name: 'Add a session' })
    // Before the visit and in planning, there is no "added on the day".
    expect(within(add).queryByLabelText(/Added on the day/)).not.toBeInTheDocument()
    await userEvent.click(within(add).getByRole('button', { name: 'Add session' }))
    expect(within(add).getByLabelText('Who')).toHaveAccessibleDescription('Choose who the session is with')
    expect(await visitRepo.listSessions(review.id)).toHaveLength(11)

    await userEvent.selectOptions(within(add).getByLabelText('Kind of session'), 'Group interview')
    await userEvent.selectOptions(within(add).getByLabelText('Who'), 'Service user')
    await openItems(add)
    const suggested = expectedItems(uk, 'group-interview', 'service-user')
    for (const item of suggested) {
      expect(within(add).getByRole('checkbox', { name: `${item.number}. ${item.title}` })).toBeChecked()
    }
    await userEvent.clear(within(add).getByLabelText('Number of people'))
    await userEvent.type(within(add).getByLabelText('Number of people'), '5')
    await userEvent.click(within(add).getByRole('button', { name: 'Add session' }))

    expect(await session(12)).toHaveAccessibleName('12. 3 March 2099, 16:45-17:45 Group interview: 5 service users')
    const added = (await visitRepo.listSessions(review.id)).at(-1)
    expect(added).toMatchObject({ kind: 'group-interview', role: 'service-user', people: 5, unplanned: false })
    expect(added?.itemIds).toEqual(ids(suggested))
  })

  it('offers "added on the day" once the visit is under way', async () => {
    const { review } = await openPlan()
    await reviewsRepo.setStatus(review.id, 'collecting-evidence')
    const add = await screen.findByRole('region', { name: 'Add a session' })
    const onTheDay = await within(add).findByLabelText(/Added on the day/)
    await userEvent.selectOptions(within(add).getByLabelText('Who'), 'Employer')
    await userEvent.click(onTheDay)
    await userEvent.click(within(add).getByRole('button', { name: 'Add session' }))
    expect(await sessionHeading(12)).toHaveTextContent(/\(added on the day\)$/)
    expect((await visitRepo.listSessions(review.id)).at(-1)).toMatchObject({ role: 'employer', unplanned: true })
  })

  it('moves a session down and up, keeping focus on the moved session', async () => {
    const { review } = await openPlan()
    const before = await visitRepo.listSessions(review.id)
    await userEvent.click(within(await session(1)).getByRole('button', { name: 'Move session 1 down' }))
    await waitFor(async () => expect((await visitRepo.listSessions(review.id))[1]?.id).toBe(before[0]!.id))
    expect(await session(2)).toHaveAccessibleName(/Interview: 1 team leader/)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move session 2 down' })).toHaveFocus())

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    expect(screen.getByRole('button', { name: 'Move session 2 up' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await waitFor(async () => expect((await visitRepo.listSessions(review.id))[0]?.id).toBe(before[0]!.id))
    // At the top "up" no longer applies, so focus is on the same session's other button.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move session 1 down' })).toHaveFocus())
    expect(screen.getByRole('button', { name: 'Move session 1 up' })).toBeDisabled()
  })

  it('removes a session, but keeps one with notes and says why', async () => {
    const { review } = await openPlan()
    const sessions = await visitRepo.listSessions(review.id)
    await visitRepo.addNote(sessions[1]!.id, { note: 'Spoke about caseloads', itemIds: [] })

    const first = await session(1)
    await userEvent.click(within(first).getByRole('button', { name: 'Remove session' }))
    await userEvent.click(within(first).getByRole('button', { name: 'Yes, delete it' }))
    await waitFor(async () => expect(await visitRepo.listSessions(review.id)).toHaveLength(10))
    // The screen follows the database a moment later: until then "1." is the removed session, leaving the page.
    await waitFor(async () => expect(await session(1)).toHaveAccessibleName(/Group interview/))

    const withNotes = await session(1)
    await userEvent.click(within(withNotes).getByRole('button', { name: 'Remove session' }))
    await userEvent.click(within(withNotes).getByRole('button', { name: 'Yes, delete it' }))
    expect(await within(withNotes).findByRole('alert')).toHaveTextContent(
      'This session has 1 note, so it was not removed. Delete its notes first if it did not happen.',
    )
    expect(await visitRepo.listSessions(review.id)).toHaveLength(10)
  })

  it('starts an empty plan from the usual schedule', async () => {
    const created = await ukReview()
    renderRoute(visitRoutes, paths.visitPlan(created.id))
    expect(await screen.findByText('No sessions are planned yet.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Start from the usual schedule' }))
    expect(await session(11)).toHaveAccessibleName('11. 3 March 2026, 16:00-16:45 Feedback meeting: 1 team leader')
    expect(await visitRepo.listSessions(created.id)).toHaveLength(11)
  })

  it('asks before leaving with changes not saved', async () => {
    const { review, router } = await openPlan()
    const first = await session(1)
    await userEvent.type(within(first).getByLabelText('Place (optional)'), 'Room 4')
    await userEvent.click(screen.getByRole('link', { name: 'Back to the review' }))
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog).toHaveTextContent('A session has changes that are not saved')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay and save them' }))
    expect(router.state.location.pathname).toBe(paths.visitPlan(review.id))
    expect(within(first).getByLabelText('Place (optional)')).toHaveValue('Room 4')

    await userEvent.click(screen.getByRole('link', { name: 'Back to the review' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.review(review.id)))
  })

  it('brings back a session’s unsaved changes after the page closed, until they are saved', async () => {
    const { review, unmount } = await openPlan()
    const first = await session(1)
    await userEvent.type(within(first).getByLabelText('Place (optional)'), 'Room 4')
    fireEvent.change(within(first).getByLabelText('Ends'), { target: { value: '11:15' } })
    const add = await screen.findByRole('region', { name: 'Add a session' })
    await userEvent.type(within(add).getByLabelText('Place (optional)'), 'Canteen')
    // The tab closes with nothing saved.
    unmount()
    expect((await visitRepo.listSessions(review.id))[0]).toMatchObject({ end: '10:30', place: '' })

    renderRoute(visitRoutes, paths.visitPlan(review.id))
    const again = await session(1)
    expect(within(again).getByLabelText('Place (optional)')).toHaveValue('Room 4')
    expect(within(again).getByLabelText('Ends')).toHaveValue('11:15')
    expect(within(again).getByRole('status')).toHaveTextContent('Changes made before the page closed are back here')
    expect(within(again).getByText('Changes not saved yet')).toBeInTheDocument()
    const addAgain = await screen.findByRole('region', { name: 'Add a session' })
    expect(within(addAgain).getByLabelText('Place (optional)')).toHaveValue('Canteen')
    // Sessions not touched come back as stored, with no notice.
    expect(within(await session(2)).queryByRole('status')).not.toBeInTheDocument()

    await userEvent.click(within(again).getByRole('button', { name: 'Save session' }))
    await waitFor(async () =>
      expect((await visitRepo.listSessions(review.id))[0]).toMatchObject({ end: '11:15', place: 'Room 4' }),
    )
    await waitFor(() => expect(within(again).queryByRole('status')).not.toBeInTheDocument())
    const left = (await draftJournal.listForReview(review.id)).map((draft) => draft.record)
    expect(left).toEqual([draftRecords.planSession('new')])
  })

  it('forgets the unsaved changes when the reviewer leaves without saving', async () => {
    const { review, router } = await openPlan()
    const first = await session(1)
    await userEvent.type(within(first).getByLabelText('Place (optional)'), 'Room 4')
    await userEvent.click(screen.getByRole('link', { name: 'Back to the review' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.review(review.id)))
    expect(await draftJournal.listForReview(review.id)).toEqual([])
  })

  it('shows a final review’s plan with nothing to change', async () => {
    const created = await ukReview()
    await visitRepo.addSessions(created.id, defaultVisitPlan(uk, created, 3))
    await finaliseReview(created.id)
    renderRoute(visitRoutes, paths.visitPlan(created.id))
    expect(await screen.findByText(/This review is final, so its visit plan cannot change/)).toBeInTheDocument()
    expect(screen.getByText('2 March 2026, 09:30-10:30 Interview: 1 team leader')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Save session|Add session|Remove session|Move/ })).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Place (optional)' })).toBeNull()
    expect(screen.getByLabelText('Data request sent to the team')).toBeDisabled()
  })
})

describe('other kinds of review', () => {
  it('says plainly that a training exercise has no visit plan', async () => {
    const created = await ukReview({ type: 'training' })
    renderRoute(visitRoutes, paths.visitPlan(created.id))
    expect(await screen.findByText(/A training exercise has no visit plan/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add session' })).toBeNull()
  })
})

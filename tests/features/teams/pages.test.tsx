import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { StorageError } from '../../../src/storage/storage-error'
import { now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { teamsReviewsRoutes } from '../teams-reviews-routes'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

async function fill(label: string | RegExp, value: string) {
  const field = screen.getByLabelText(label)
  await userEvent.clear(field)
  if (value !== '') await userEvent.type(field, value)
}

describe('home page', () => {
  it('keeps the empty state with the demo team, and offers to add a team', async () => {
    renderRoute(teamsReviewsRoutes, paths.home())
    expect(await screen.findByRole('heading', { name: 'No teams on this device yet' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Load demo team' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Add a team' })).toHaveAttribute('href', paths.newTeam())
  })
})

describe('adding a team', () => {
  it('shows impossible values at their fields and stores nothing, then stores a valid team', async () => {
    renderRoute(teamsReviewsRoutes, paths.newTeam())
    await screen.findByRole('heading', { level: 1, name: 'Add a team' })
    await fill('Number of employment specialists', '-1')
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }))

    expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription('Enter the team name')
    expect(screen.getByLabelText('Number of employment specialists')).toHaveAccessibleDescription(
      'The number of employment specialists cannot be negative',
    )

    await fill('Number of employment specialists', '3')
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }))
    expect(screen.getByLabelText(/full-time equivalent/)).toHaveAccessibleDescription(
      /Their combined FTE.*must be more than 0 when the team has specialists/,
    )
    expect(await teamsRepo.list({ includeArchived: true })).toEqual([])

    await fill('Team name', 'Eastside Recovery Team')
    await fill('Organisation', 'Eastside NHS Trust')
    await userEvent.selectOptions(screen.getByLabelText('Service type'), 'Early intervention in psychosis')
    await fill('Locality', 'Eastside')
    await fill('Team leader', 'Jo Bloggs')
    await fill(/full-time equivalent/, '2.5')
    await fill('Notes', 'Moved building in January.')
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Eastside Recovery Team' })).toBeInTheDocument()
    const [team] = await teamsRepo.list()
    expect(team).toMatchObject({
      name: 'Eastside Recovery Team',
      organisation: 'Eastside NHS Trust',
      serviceType: 'early-intervention',
      locality: 'Eastside',
      teamLeader: 'Jo Bloggs',
      specialistCount: 3,
      specialistFte: 2.5,
      notes: 'Moved building in January.',
    })
  })

  it('shows a storage failure and keeps what was typed', async () => {
    vi.spyOn(teamsRepo, 'create').mockRejectedValueOnce(new StorageError('quota-exceeded'))
    renderRoute(teamsReviewsRoutes, paths.newTeam())
    await screen.findByLabelText('Team name')
    await fill('Team name', 'Westside Team')
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This device is out of storage space')
    expect(screen.getByLabelText('Team name')).toHaveValue('Westside Team')
    expect(screen.getByRole('heading', { level: 1, name: 'Add a team' })).toBeInTheDocument()
  })
})

describe('editing a team', () => {
  it('starts from the stored values, refuses an empty name and saves a correction', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    renderRoute(teamsReviewsRoutes, paths.editTeam(team.id))
    expect(await screen.findByLabelText('Team name')).toHaveValue('Riverside Recovery Team')
    expect(screen.getByLabelText('Number of employment specialists')).toHaveValue(3)
    expect(screen.getByLabelText(/full-time equivalent/)).toHaveValue(2.6)

    await fill('Team name', '')
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription('Enter the team name')
    expect((await teamsRepo.get(team.id)).name).toBe('Riverside Recovery Team')

    await fill('Team name', 'Riverside North')
    await fill(/full-time equivalent/, '3')
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Riverside North' })).toBeInTheDocument()
    expect(await teamsRepo.get(team.id)).toMatchObject({ name: 'Riverside North', specialistFte: 3 })
  })
})

describe('archiving a team', () => {
  it('hides it from the home list until restored, and still opens it marked Archived', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await teamsRepo.create(teamInput({ name: 'Hillside Team' }), now)
    const { router } = renderRoute(teamsReviewsRoutes, paths.team(team.id))
    await userEvent.click(await screen.findByRole('button', { name: 'Archive team' }))
    expect(await screen.findByText(/^Team archived/)).toHaveAttribute('role', 'status')
    // The badge follows the team's live query, which may land after the status line.
    expect(await screen.findByText('Archived')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Start a review' })).not.toBeInTheDocument()
    expect((await teamsRepo.get(team.id)).archivedAt).not.toBeNull()

    await router.navigate(paths.home())
    const list = await screen.findByRole('list', { name: 'Teams on this device' })
    expect(
      within(list)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Hillside Team'])

    await userEvent.click(screen.getByRole('checkbox', { name: /Show archived teams/ }))
    await waitFor(() => expect(within(list).getAllByRole('heading')).toHaveLength(2))
    const archivedCard = within(list).getByRole('link', { name: 'Riverside Recovery Team' }).closest('li')!
    expect(archivedCard).toHaveTextContent('Archived')

    await userEvent.click(within(list).getByRole('link', { name: 'Riverside Recovery Team' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Restore team' }))
    expect(await screen.findByText(/^Team restored/)).toHaveAttribute('role', 'status')
    expect((await teamsRepo.get(team.id)).archivedAt).toBeNull()
    expect(screen.getByRole('link', { name: 'Start a review' })).toBeInTheDocument()
  })
})

describe('team page', () => {
  it('lists its reviews newest first, with type, dates, scale, status and no made-up score', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const uk = { scaleId: 'ips-uk', scaleVersion: '1.0.0' }
    await reviewsRepo.create(reviewInput(team.id, { ...uk, visitStart: '2025-03-02', visitEnd: '2025-03-03' }), now)
    const newest = await reviewsRepo.create(
      reviewInput(team.id, { ...uk, type: 'self-assessment', visitStart: '2026-09-10', visitEnd: '2026-09-10' }),
      now,
    )
    await reviewsRepo.create(
      reviewInput(team.id, { ...uk, type: 'training', visitStart: '2026-01-15', visitEnd: '2026-01-16' }),
      now,
    )
    await reviewsRepo.setStatus(newest.id, 'scoring', now)

    renderRoute(teamsReviewsRoutes, paths.team(team.id))
    const list = await screen.findByRole('list', { name: 'Reviews, newest first' })
    const cards = within(list).getAllByRole('listitem')
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Self-assessment, 10 September 2026',
      'Training exercise, 15 January 2026 to 16 January 2026',
      'Independent fidelity review, 2 March 2025 to 3 March 2025',
    ])
    expect(cards[0]).toHaveTextContent('StatusScoring')
    expect(cards[1]).toHaveTextContent('StatusPlanning')
    await waitFor(() => expect(cards[0]).toHaveTextContent('IPS Fidelity Scale (UK version), version 1.0.0'))
    await waitFor(() => expect(cards[0]).toHaveTextContent('Not scored yet'))
    expect(within(cards[0]!).getByRole('link')).toHaveAttribute('href', paths.review(newest.id))
  })
})

import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { bundledScales } from '#domain/scale/catalogue'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { visitRepo } from '../../../src/storage/visit-repo'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { finaliseReview, now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { teamsReviewsRoutes } from '../teams-reviews-routes'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const uk = { scaleId: 'ips-uk', scaleVersion: '1.0.0' }

async function teamWithReview(overrides: Parameters<typeof reviewInput>[1] = {}) {
  const team = await teamsRepo.create(teamInput(), now)
  const review = await reviewsRepo.create(reviewInput(team.id, { ...uk, ...overrides }), now)
  return { team, review }
}

function setDate(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } })
}

describe('starting a review', () => {
  it('defaults to the UK scale, refuses an end before the start, then opens the saved review', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    renderRoute(teamsReviewsRoutes, paths.team(team.id))
    await userEvent.click(await screen.findByRole('link', { name: 'Start a review' }))

    const scale = await screen.findByLabelText('Scale version')
    expect(scale).toHaveValue('ips-uk@1.0.0')
    expect(scale).toHaveAccessibleDescription(/Fixed once the review starts/)
    expect(screen.getByLabelText('Type of review')).toHaveValue('independent')

    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    expect(screen.getByLabelText('First day of the visit')).toHaveAccessibleDescription(
      'Enter the first day of the visit',
    )
    expect(screen.getByLabelText("First reviewer's name")).toHaveAccessibleDescription('Enter the reviewer’s name')

    setDate('First day of the visit', '2026-03-03')
    setDate('Last day of the visit', '2026-03-02')
    await userEvent.type(screen.getByLabelText("First reviewer's name"), 'Alex Morgan')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    expect(screen.getByLabelText('Last day of the visit')).toHaveAccessibleDescription(
      /The last day of the visit cannot be before the first/,
    )
    expect(await reviewsRepo.listForTeam(team.id)).toEqual([])

    setDate('Last day of the visit', '2026-03-03')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Independent fidelity review: Riverside Recovery Team' }),
    ).toBeInTheDocument()
    const [review] = await reviewsRepo.listForTeam(team.id)
    expect(review).toMatchObject({
      ...uk,
      type: 'independent',
      status: 'planning',
      visitStart: '2026-03-03',
      visitEnd: '2026-03-03',
      reviewers: [{ name: 'Alex Morgan' }],
    })
    expect(screen.getByText('IPS Fidelity Scale (UK version), version 1.0.0')).toBeInTheDocument()
  })

  it('gives a new independent review the usual two-day schedule, and a self-assessment none', async () => {
    const team = await teamsRepo.create(teamInput({ specialistCount: 4 }), now)
    renderRoute(teamsReviewsRoutes, paths.newReview(team.id))
    await screen.findByLabelText('First day of the visit')
    setDate('First day of the visit', '2026-03-02')
    setDate('Last day of the visit', '2026-03-03')
    await userEvent.type(screen.getByLabelText("First reviewer's name"), 'Alex Morgan')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    await screen.findByRole('heading', { level: 1, name: /^Independent fidelity review/ })
    const [review] = await reviewsRepo.listForTeam(team.id)
    const sessions = await visitRepo.listSessions(review!.id)
    const uk = bundledScales.find((s) => s.id === 'ips-uk')!
    expect(
      sessions.map(({ date, start, end, kind, role, people, itemIds }) => ({
        date,
        start,
        end,
        kind,
        role,
        people,
        itemIds,
      })),
    ).toEqual(
      defaultVisitPlan(uk, review!, 4).map(({ date, start, end, kind, role, people, itemIds }) => ({
        date,
        start,
        end,
        kind,
        role,
        people,
        itemIds,
      })),
    )
    expect(sessions).toHaveLength(11)
    expect(sessions[1]).toMatchObject({ date: '2026-03-02', kind: 'group-interview', people: 4 })
    expect(await screen.findByText('3 March 2026, 16:00–16:45: Feedback meeting, 1 team leader')).toBeInTheDocument()
    cleanup()

    renderRoute(teamsReviewsRoutes, paths.newReview(team.id))
    await userEvent.selectOptions(await screen.findByLabelText('Type of review'), 'Self-assessment')
    setDate('First day of the assessment', '2026-04-01')
    setDate('Last day of the assessment', '2026-04-01')
    await userEvent.type(screen.getByLabelText("Assessor's name"), 'Team Leader')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    await screen.findByRole('heading', { level: 1, name: /^Self-assessment/ })
    const selfAssessment = (await reviewsRepo.listForTeam(team.id)).find((r) => r.type === 'self-assessment')!
    expect(await visitRepo.listSessions(selfAssessment.id)).toEqual([])
  })

  it('refuses the same name for both reviewers', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    renderRoute(teamsReviewsRoutes, paths.newReview(team.id))
    await screen.findByLabelText('First day of the visit')
    setDate('First day of the visit', '2026-03-02')
    setDate('Last day of the visit', '2026-03-03')
    await userEvent.type(screen.getByLabelText("First reviewer's name"), 'Alex Morgan')
    await userEvent.type(screen.getByLabelText("Second reviewer's name (optional)"), 'alex morgan')
    await userEvent.click(screen.getByRole('button', { name: 'Start review' }))
    expect(screen.getByLabelText("Second reviewer's name (optional)")).toHaveAccessibleDescription(
      /same name as the first/,
    )
    expect(await reviewsRepo.listForTeam(team.id)).toEqual([])
  })
})

describe('review page', () => {
  it('shows the facts and links into the evidence workspace, record review and coverage', async () => {
    const { review } = await teamWithReview()
    renderRoute(teamsReviewsRoutes, paths.review(review.id))
    await screen.findByRole('heading', { level: 1, name: /Riverside Recovery Team/ })
    expect(screen.getByRole('link', { name: 'Riverside Recovery Team' })).toBeInTheDocument()
    expect(screen.getByText('Reviewer A and Reviewer B')).toBeInTheDocument()
    expect(screen.getByText('2 March 2026 to 3 March 2026')).toBeInTheDocument()
    const firstItem = [...bundledScales.find((s) => s.id === 'ips-uk')!.items].sort((a, b) => a.number - b.number)[0]!
    expect(await screen.findByRole('link', { name: 'Open evidence workspace' })).toHaveAttribute(
      'href',
      paths.reviewItem(review.id, firstItem.id),
    )
    expect(screen.getByRole('link', { name: 'Record review' })).toHaveAttribute('href', paths.recordReview(review.id))
    expect(screen.getByRole('link', { name: 'Evidence coverage' })).toHaveAttribute('href', paths.coverage(review.id))
  })

  it('says which scale is missing when the pinned version is not on this device', async () => {
    const { review } = await teamWithReview({ scaleId: 'ips-licensed', scaleVersion: '2.1.0' })
    renderRoute(teamsReviewsRoutes, paths.review(review.id))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('ips-licensed version 2.1.0, which is not on this device')
    expect(within(alert).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', paths.settings())
    expect(screen.queryByRole('link', { name: 'Open evidence workspace' })).not.toBeInTheDocument()
  })

  it('moves the status along without offering final', async () => {
    const { review } = await teamWithReview()
    renderRoute(teamsReviewsRoutes, paths.review(review.id))
    const select = await screen.findByLabelText('Move the review to')
    const offered = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(offered).toEqual(['Planning', 'Collecting evidence', 'Scoring', 'Consensus'])

    await userEvent.selectOptions(select, 'Scoring')
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }))
    expect(await screen.findByText('Status changed to Scoring.')).toHaveAttribute('role', 'status')
    expect((await reviewsRepo.get(review.id)).status).toBe('scoring')
    await waitFor(() => expect(screen.getByText('Current status:')).toHaveTextContent('Current status: Scoring'))
  })

  it('shows a final review as final, with no control to change it', async () => {
    const { review } = await teamWithReview()
    await finaliseReview(review.id, now)
    renderRoute(teamsReviewsRoutes, paths.review(review.id))
    expect(await screen.findByText('Final.')).toBeInTheDocument()
    expect(screen.queryByLabelText('Move the review to')).not.toBeInTheDocument()
  })
})

describe('editing review details', () => {
  it('changes dates and reviewers, keeps reviewer ids and the pinned scale, and refuses an end before the start', async () => {
    const { review } = await teamWithReview()
    renderRoute(teamsReviewsRoutes, paths.editReview(review.id))
    expect(await screen.findByLabelText('First day of the visit')).toHaveValue('2026-03-02')
    expect(screen.queryByRole('combobox', { name: 'Scale version' })).not.toBeInTheDocument()
    expect(screen.getByText('IPS Fidelity Scale (UK version), version 1.0.0')).toBeInTheDocument()

    setDate('Last day of the visit', '2026-03-01')
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(screen.getByLabelText('Last day of the visit')).toHaveAccessibleDescription(/cannot be before the first/)
    expect((await reviewsRepo.get(review.id)).visitEnd).toBe('2026-03-03')

    setDate('Last day of the visit', '2026-03-04')
    await userEvent.clear(screen.getByLabelText("First reviewer's name"))
    await userEvent.type(screen.getByLabelText("First reviewer's name"), 'Reviewer Alpha')
    await userEvent.clear(screen.getByLabelText("Second reviewer's name (optional)"))
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }))

    await screen.findByRole('heading', { level: 1, name: 'Independent fidelity review: Riverside Recovery Team' })
    expect(await reviewsRepo.get(review.id)).toMatchObject({
      ...uk,
      type: 'independent',
      visitEnd: '2026-03-04',
      reviewers: [{ id: 'reviewer-a', name: 'Reviewer Alpha' }],
    })
  })
})

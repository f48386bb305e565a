import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { findScale } from '#domain/scale/catalogue'
import { gatheringChecklist } from '#domain/visit/checklist'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { visitRepo } from '../../../src/storage/visit-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { ukReview } from '../uk-review'
import { visitRoutes } from './visit-routes'

useFreshDatabase()
afterEach(() => cleanup())

const uk = findScale('ips-uk', '1.0.0')!
const steps = gatheringChecklist(uk, 'en-GB', 3).length
const selfAssessment = () => ukReview({ type: 'self-assessment', reviewers: [{ id: 'tl', name: 'Team Leader' }] })

describe('the self-assessment checklist', () => {
  it('lists what to gather and who to ask, with no sessions or times, and keeps each tick', async () => {
    const review = await selfAssessment()
    renderRoute(visitRoutes, paths.visitPlan(review.id))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What to gather and who to ask: Riverside Recovery Team' }),
    ).toBeInTheDocument()
    const gather = screen.getByRole('group', { name: 'Documents and records to gather' })
    const caseload = within(gather).getByRole('checkbox', { name: /^A caseload list: each employment specialist’s/ })
    expect(within(gather).getByRole('checkbox', { name: /^A sample of 10 records drawn at random/ })).toBeVisible()
    const people = screen.getByRole('group', { name: 'People to ask' })
    const clinicians = within(people).getByRole('checkbox', { name: 'Care coordinator or clinician' })
    expect(clinicians).toHaveAccessibleDescription(/^Ask about items (\d+, )*9(, \d+)*\.$/)
    expect(within(people).queryByRole('checkbox', { name: 'Team leader' })).toBeNull()
    expect(screen.queryByLabelText('Starts')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Add session' })).toBeNull()
    expect(screen.getByText(`0 of ${steps} steps ticked.`)).toHaveAttribute('role', 'status')

    await userEvent.click(caseload)
    await userEvent.click(clinicians)
    await waitFor(async () =>
      expect((await reviewsRepo.get(review.id)).checklistDone).toEqual(['gather-caseload-list', 'ask-clinician']),
    )
    expect(await screen.findByText(`2 of ${steps} steps ticked.`)).toBeInTheDocument()
    await userEvent.click(caseload)
    await waitFor(async () => expect((await reviewsRepo.get(review.id)).checklistDone).toEqual(['ask-clinician']))
    expect(caseload).not.toBeChecked()
  })
})

describe('the review page', () => {
  it('links an independent review to its plan', async () => {
    const review = await ukReview()
    await visitRepo.addSessions(review.id, defaultVisitPlan(uk, review, 3))
    renderRoute(visitRoutes, paths.review(review.id))
    expect(await screen.findByRole('link', { name: 'Edit the visit plan' })).toHaveAttribute(
      'href',
      paths.visitPlan(review.id),
    )
    expect(await screen.findByText('2 March 2026, 09:30–10:30: Interview, 1 team leader')).toBeInTheDocument()
    // The data request is on the plan screen now, not here.
    expect(screen.queryByLabelText('Request to paste into an email to the team')).toBeNull()
  })

  it('links a self-assessment to its checklist, saying how many steps are ticked', async () => {
    const review = await selfAssessment()
    await reviewsRepo.setChecklistEntry(review.id, 'gather-referral-form', true)
    renderRoute(visitRoutes, paths.review(review.id))
    expect(await screen.findByRole('link', { name: 'Open the checklist' })).toHaveAttribute(
      'href',
      paths.visitPlan(review.id),
    )
    expect(screen.getByText(`1 of ${steps} steps ticked.`)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Edit the visit plan' })).toBeNull()
  })
})

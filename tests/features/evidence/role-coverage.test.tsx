import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { plannedSession } from '../../domain/visit/fixtures'
import { visitRepo } from '../../../src/storage/visit-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
afterEach(() => cleanup())

const planned = plannedSession

describe('coverage by role', () => {
  it('counts sessions and people by item and role, shows what is only planned, and lists the gaps in words', async () => {
    const review = await ukReview()
    const leader = await visitRepo.addSession(review.id, planned({ itemIds: ['caseload-size', 'vocational-unit'] }))
    const specialists = await visitRepo.addSession(
      review.id,
      planned({ kind: 'group-interview', role: 'employment-specialist', people: 4 }),
    )
    const clinicians = await visitRepo.addSession(
      review.id,
      planned({ kind: 'group-interview', role: 'clinician', people: 6, itemIds: ['integration-team-contact'] }),
    )
    // One note tagged to three items counts one session and one person on each.
    await visitRepo.addNote(leader.id, {
      note: 'Caseloads and staffing',
      itemIds: ['caseload-size', 'employment-services-staff', 'vocational-generalists'],
    })
    await visitRepo.addNote(specialists.id, { note: 'Job search', itemIds: ['individual-job-search'] })
    await visitRepo.addNote(specialists.id, { note: 'More on job search', itemIds: ['individual-job-search'] })
    await visitRepo.addNote(clinicians.id, { note: 'Team meetings', itemIds: ['integration-team-assignment'] })
    renderRoute(evidenceRoutes, paths.coverage(review.id))

    const table = await screen.findByRole('table', { name: 'Sessions and people by item and role' })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
    expect(headers).toEqual([
      'Item',
      'Team leader1 session, 1 person',
      'Employment specialist1 session, 4 people',
      'Care coordinator or clinician1 session, 6 people',
    ])
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    expect(cells(/^1\. Caseload size/)).toEqual(['1 session, 1 person', '', ''])
    expect(cells(/^3\. /)).toEqual(['1 session, 1 person', '', ''])
    expect(cells(/^7\. /)).toEqual(['planned', '', ''])
    expect(cells(/^16\. /)).toEqual(['', '1 session, 4 people', ''])
    expect(cells(/^5\. /)).toEqual(['', '', 'planned'])
    const rowHeader = within(within(table).getByRole('row', { name: /^5\. / })).getByRole('rowheader')
    expect(within(rowHeader).getByRole('link')).toHaveAttribute(
      'href',
      paths.reviewItem(review.id, 'integration-team-contact'),
    )

    const gaps = screen.getByRole('list', { name: 'Gaps by role' })
    expect(
      within(gaps).getByText(
        /^Nobody has asked a team leader, an employment specialist or a care coordinator or clinician about item 5 \(/,
      ),
    ).toBeVisible()
    expect(within(gaps).getByText(/^Nobody has asked a team leader about item 4 \(/)).toBeVisible()
    // Items someone in the role has spoken to are not gaps.
    expect(within(gaps).queryByText(/about item 1 \(/)).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Coverage by role' })).toHaveAttribute('tabindex', '0')
    // The sources grid is still there.
    expect(screen.getByRole('table', { name: 'Evidence by item and source' })).toBeInTheDocument()
  })

  it('says so when the visit plan has no sessions', async () => {
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.coverage(review.id))
    expect(await screen.findByText(/The visit plan has no sessions yet/)).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Sessions and people by item and role' })).not.toBeInTheDocument()
  })
})

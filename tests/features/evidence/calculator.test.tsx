import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
afterEach(() => localStorage.clear())

const suggestion = () => screen.getByText(/The suggestion never sets the score/).closest('.suggestion') as HTMLElement

describe('the calculator panel', () => {
  it('suggests an anchor with its arithmetic and rule from valid inputs, saves them, and writes no rating', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    await user.type(await screen.findByLabelText('Active service users'), '81')
    await user.type(screen.getByLabelText('Specialist FTE'), '3.6')

    expect(suggestion()).toHaveTextContent('Suggested anchor: 4')
    expect(suggestion()).toHaveTextContent('81 active service users ÷ 3.6 specialist FTE = 22.5')
    expect(suggestion()).toHaveTextContent('Rule:')
    await waitFor(async () =>
      expect((await evidenceRepo.getCalculatorInputs(review.id, 'caseload-size'))?.values).toEqual({
        activeClients: 81,
        specialistFte: 3.6,
      }),
    )
    expect(await ratingsRepo.listRatings(review.id)).toEqual([])
  })

  it.each([
    ['a negative count', 'Active service users', '-5', /cannot be negative/],
    ['a count that is not a number', 'Active service users', 'eighty', /as a number/],
    ['FTE 0 with clients', 'Specialist FTE', '0', /cannot be 0 when there are active service users/],
  ])('refuses %s at the field and gives no suggestion', async (_name, label, value, message) => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    await user.type(
      await screen.findByLabelText('Active service users'),
      label === 'Active service users' ? value : '40',
    )
    await user.type(screen.getByLabelText('Specialist FTE'), label === 'Specialist FTE' ? value : '2')

    const field = screen.getByLabelText(label)
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(message)
    expect(suggestion()).toHaveTextContent('No suggestion: correct the values marked above first.')
    expect(suggestion()).not.toHaveTextContent('Suggested anchor')
    // The impossible value never reaches the database or the calculator; what was typed stays on screen.
    await waitFor(async () => {
      const stored = await evidenceRepo.getCalculatorInputs(review.id, 'caseload-size')
      expect(stored?.values).not.toHaveProperty(label === 'Specialist FTE' ? 'specialistFte' : 'activeClients')
    })
    expect(field).toHaveValue(value)
  })

  it('refuses a percentage over 100 for a specialist', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'community-based-services'))
    const field = await screen.findByLabelText(/% of scheduled weekly hours in the community/)
    await user.type(field, '60, 120')
    expect(field).toHaveAccessibleDescription(/Figure 2 \("120"\).*cannot be more than 100%/)
    expect(suggestion()).toHaveTextContent('No suggestion')
  })

  it('suggests nothing for a checklist until an element is ticked or the ticks are saved', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'disclosure'))
    await screen.findByRole('group', { name: 'Elements with evidence' })
    // An untouched checklist is not "none found": suggesting anchor 1 here would answer before anyone looked.
    expect(suggestion()).not.toHaveTextContent('Suggested anchor')
    expect(suggestion()).toHaveTextContent('No suggestion yet: Tick the elements you found evidence for')
    await user.click(screen.getByRole('checkbox', { name: /does not make telling an employer/ }))
    expect(suggestion()).toHaveTextContent('Suggested anchor: 2')
    await user.click(screen.getByRole('checkbox', { name: /does not make telling an employer/ }))
    // Once ticks have been entered, none ticked is an answer of its own.
    await waitFor(async () =>
      expect((await evidenceRepo.getCalculatorInputs(review.id, 'disclosure'))?.values).toEqual({
        elementsPresent: [],
      }),
    )
    expect(suggestion()).toHaveTextContent('Suggested anchor: 1')
  })

  it('fills rapid job search from the record review table', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    const blank = { jobType: '', employer: '', competitive: null, supportContactsAfterStart: null }
    for (const [code, days] of [
      ['R-01', 10],
      ['R-02', 20],
      ['R-03', 45],
    ] as const) {
      await evidenceRepo.addRecordReviewRow({
        reviewId: review.id,
        anonymousId: code,
        daysToFirstEmployerContact: days,
        ...blank,
      })
    }
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'rapid-job-search'))
    await user.click(await screen.findByRole('button', { name: 'Use the record review (3 records)' }))
    expect(screen.getByLabelText(/days between joining and meeting an employer/i)).toHaveValue('10, 20, 45')
    await user.click(screen.getByRole('radio', { name: 'Yes' }))
    expect(suggestion()).toHaveTextContent('(10 + 20 + 45) ÷ 3 records = 25 days on average')
    expect(suggestion()).toHaveTextContent('Suggested anchor: 5')
  })

  it('counts a record with no employer contact yet by the days from entry to the last day of the visit', async () => {
    const user = userEvent.setup()
    const review = await ukReview({ visitStart: '2026-06-29', visitEnd: '2026-06-30' })
    const blank = { daysToFirstEmployerContact: null, jobType: '', employer: '', competitive: null }
    await evidenceRepo.addRecordReviewRow({
      reviewId: review.id,
      anonymousId: 'R-01',
      ...blank,
      supportContactsAfterStart: null,
      entryDate: '2026-06-01',
      firstEmployerContactDate: '2026-06-11',
    })
    await evidenceRepo.addRecordReviewRow({
      reviewId: review.id,
      anonymousId: 'R-02',
      ...blank,
      supportContactsAfterStart: null,
      entryDate: '2026-05-01',
      noEmployerContactYet: true,
    })
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'rapid-job-search'))
    const use = await screen.findByRole('button', { name: 'Use the record review (2 records)' })
    expect(
      screen.getByText(
        /of which 1 no contact yet, counted by days since entry to the last day of the visit \(30 June 2026\)/,
      ),
    ).toBeInTheDocument()
    await user.click(use)
    expect(screen.getByLabelText(/days between joining and meeting an employer/i)).toHaveValue('10, 60')
  })
})

import { cleanup, screen, waitFor, within } from '@testing-library/react'
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
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'community-based-services'))
    await user.type(await screen.findByLabelText(/% of scheduled weekly hours in the community/), '45, 55, 70')

    expect(suggestion()).toHaveTextContent('Suggested anchor: 4')
    expect(suggestion()).toHaveTextContent('Mean rating (3 + 4 + 5) ÷ 3 = 4')
    expect(suggestion()).toHaveTextContent('Rule:')
    await waitFor(async () =>
      expect((await evidenceRepo.getCalculatorInputs(review.id, 'community-based-services'))?.values).toEqual({
        perSpecialist: [45, 55, 70],
      }),
    )
    expect(await ratingsRepo.listRatings(review.id)).toEqual([])
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

  it('shows item 23 the share of records by how long support lasted, with support contacts as context only', async () => {
    const review = await ukReview()
    const blank = { daysToFirstEmployerContact: null, employer: '', competitive: null }
    for (const [code, supportDuration, contacts] of [
      ['R-01', 'a-year-or-more', 40],
      ['R-02', 'under-4-months', 3],
    ] as const) {
      await evidenceRepo.addRecordReviewRow({
        reviewId: review.id,
        anonymousId: code,
        ...blank,
        jobType: 'Cook',
        supportDuration,
        supportContactsAfterStart: contacts,
      })
    }
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'time-unlimited-follow-along'))
    const records = await screen.findByRole('heading', { name: 'What the record review shows' })
    const lines = records.nextElementSibling as HTMLElement
    expect(lines).toHaveTextContent(
      'In-work support for 4 months or more in 1 of 2 records where its length is known (50%). Half or more, as anchor 3 describes',
    )
    expect(lines).toHaveTextContent('Context only, not what the anchors measure: mean 21.5 support contacts')
    expect(screen.queryByText(/Suggested anchor/)).not.toBeInTheDocument()
  })

  it('takes item 21’s share from the sample and its minimum from the jobs held across the caseload', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    const blank = { daysToFirstEmployerContact: null, jobType: 'Cook', employer: '', supportContactsAfterStart: null }
    for (let n = 1; n <= 8; n++) {
      await evidenceRepo.addRecordReviewRow({
        reviewId: review.id,
        anonymousId: `R-0${n}`,
        ...blank,
        competitive: n <= 7,
      })
    }
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'competitive-jobs'))
    await user.click(await screen.findByRole('button', { name: 'Use the record review (8 records)' }))
    expect(screen.getByText(/this gives the share only/)).toBeInTheDocument()
    expect(suggestion()).toHaveTextContent(
      /No suggestion yet: Enter the jobs held at present across the whole caseload/,
    )
    await user.type(screen.getByLabelText(/across the whole caseload \(management data\)/), '23')
    expect(suggestion()).toHaveTextContent('Suggested anchor: 4')
    expect(suggestion()).toHaveTextContent(
      '7 permanent competitive jobs ÷ 8 jobs held at present counted × 100 = 87.5%',
    )
    expect(suggestion()).toHaveTextContent('23 jobs held at present across the caseload, so the minimum of 10 is met')
  })

  it('reads item 21’s figures stored before the caseload total was asked for', async () => {
    const review = await ukReview()
    await evidenceRepo.saveCalculatorInputs(review.id, 'competitive-jobs', { numerator: 8, denominator: 9 })
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'competitive-jobs'))
    expect(await screen.findByLabelText(/counted for the share/)).toHaveValue('9')
    expect(screen.getByLabelText(/across the whole caseload/)).toHaveValue('9')
    expect(suggestion()).toHaveTextContent('Suggested anchor: 1')
  })

  it('says in “How the calculator works” what is entered, the rule and the anchors', async () => {
    const user = userEvent.setup()
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    await user.click(await screen.findByText('How the calculator works'))
    const how = screen.getByText('How the calculator works').closest('details') as HTMLElement
    expect(
      within(how)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Each specialist’s active service users', 'Each specialist’s FTE'])
    expect(how).toHaveTextContent(/uses the team figure, as this scale file’s rule says/)
    const anchors = within(how).getByRole('table', { name: 'Values and the anchor they suggest' })
    expect(within(anchors).getAllByRole('row')).toHaveLength(6)
    expect(anchors).toHaveTextContent('5' + '20 or fewer')
  })

  describe('caseload size, one row per specialist', () => {
    const cell = (label: string) => screen.getByLabelText(label)

    it('shows each specialist’s caseload per FTE, suggests the team’s anchor and flags the specialist over it', async () => {
      const user = userEvent.setup()
      const review = await ukReview()
      renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
      await user.type(await screen.findByLabelText('Active service users, Specialist 1'), '22')
      await user.type(cell('Specialist FTE, Specialist 1'), '1')
      for (const [n, caseload, fte] of [
        [2, '23', '1'],
        [3, '23', '1'],
        [4, '16', '0.5'],
      ] as const) {
        await user.click(screen.getByRole('button', { name: 'Add a specialist' }))
        await user.type(cell(`Active service users, Specialist ${n}`), caseload)
        await user.type(cell(`Specialist FTE, Specialist ${n}`), fte)
      }

      const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name} `) })
      expect(within(row('Specialist 1')).getByText('22 (anchor 4 alone)')).toBeInTheDocument()
      expect(within(row('Specialist 4')).getByText('32 (anchor 2 alone)')).toBeInTheDocument()
      expect(suggestion()).toHaveTextContent('Suggested anchor: 4')
      expect(suggestion()).toHaveTextContent('Specialist 4: 16 ÷ 0.5 FTE = 32')
      expect(suggestion()).toHaveTextContent('(22 + 23 + 23 + 16) ÷ (1 + 1 + 1 + 0.5) FTE = 84 ÷ 3.5 = 24')
      expect(suggestion()).toHaveTextContent('whole team (the scale file’s rule)')
      expect(suggestion()).toHaveTextContent(/Specialist 4 holds 32 .* alone would be anchor 2/)
      await waitFor(async () =>
        expect((await evidenceRepo.getCalculatorInputs(review.id, 'caseload-size'))?.values).toEqual({
          specialistCaseloads: [22, 23, 23, 16],
          specialistFtes: [1, 1, 1, 0.5],
        }),
      )
      expect(await ratingsRepo.listRatings(review.id)).toEqual([])

      await user.click(screen.getByRole('button', { name: 'Remove Specialist 4' }))
      expect(screen.getByRole('button', { name: 'Add a specialist' })).toHaveFocus()
      expect(screen.queryByLabelText('Active service users, Specialist 4')).not.toBeInTheDocument()
      expect(suggestion()).not.toHaveTextContent('To weigh')
      await waitFor(async () =>
        expect((await evidenceRepo.getCalculatorInputs(review.id, 'caseload-size'))?.values).toEqual({
          specialistCaseloads: [22, 23, 23],
          specialistFtes: [1, 1, 1],
        }),
      )
    })

    it.each([
      ['an FTE over 1 in one row', '3.5', /cannot be more than 1/],
      ['an FTE of 0', '0', /must be more than 0/],
      ['a count that is not a number', 'half', /as a number/],
    ])('refuses %s at the cell and gives no suggestion', async (_name, fte, message) => {
      const user = userEvent.setup()
      const review = await ukReview()
      renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
      await user.type(await screen.findByLabelText('Active service users, Specialist 1'), '84')
      await user.type(cell('Specialist FTE, Specialist 1'), fte)
      expect(cell('Specialist FTE, Specialist 1')).toHaveAttribute('aria-invalid', 'true')
      expect(cell('Specialist FTE, Specialist 1')).toHaveAccessibleDescription(message)
      expect(suggestion()).toHaveTextContent('No suggestion: correct the values marked above first.')
    })

    it('reads team totals stored before rows, and lets rows replace them', async () => {
      const user = userEvent.setup()
      const review = await ukReview()
      await evidenceRepo.saveCalculatorInputs(review.id, 'caseload-size', { activeClients: 62, specialistFte: 3 })
      renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
      expect(await screen.findByText(/Entered earlier as team totals: 62 active service users over 3/)).toBeVisible()
      expect(suggestion()).toHaveTextContent('Suggested anchor: 4')
      expect(suggestion()).toHaveTextContent('62 active service users ÷ 3 specialist FTE')

      await user.type(cell('Active service users, Specialist 1'), '20')
      await user.tab()
      // Half a row keeps the totals; a whole row replaces them.
      expect((await evidenceRepo.getCalculatorInputs(review.id, 'caseload-size'))?.values).toMatchObject({
        activeClients: 62,
      })
      await user.type(cell('Specialist FTE, Specialist 1'), '1')
      await user.tab()
      await waitFor(async () =>
        expect((await evidenceRepo.getCalculatorInputs(review.id, 'caseload-size'))?.values).toEqual({
          specialistCaseloads: [20],
          specialistFtes: [1],
        }),
      )
      expect(suggestion()).toHaveTextContent('Suggested anchor: 5')
    })
  })
})

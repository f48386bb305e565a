import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { recordNotRecorded } from '#domain/review/evidence'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CalculatorInputs } from '#domain/calculators/inputs'
import { suggestAnchor } from '#domain/calculators/suggest'
import { recordFigureWords } from '#domain/review/record-figure-words'
import { paths } from '../../../src/app/paths'
import { draftJournal } from '../../../src/storage/draft-journal'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { visitRepo } from '../../../src/storage/visit-repo'
import { consensusDraftRecord } from '../../../src/features/consensus/consensus-drafts'
import { plannedSession } from '../../domain/visit/fixtures'
import { finaliseReview, useFreshDatabase } from '../../storage/fresh-database'
import { itemIds, rateAll, ratingRoutes, ukScale } from '../rating-helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Twenty-five cards with their evidence: typing on two shared cores is slow in jsdom.
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => cleanup())
afterEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

// B differs from A's 4 on items 3, 10 and 7; the other 22 items both scored 4.
const bScores: Record<number, number> = { 3: 1, 10: 2, 7: 5 }
const item = (n: number) => ukScale.items.find((candidate) => candidate.number === n)!
const title = (n: number) => `${n}. ${item(n).title}`
const card = (n: number) => screen.getByRole('listitem', { name: title(n) })

async function consensusStarted() {
  const review = await ukReview()
  await rateAll(review.id, 'reviewer-a', () => 4)
  await rateAll(review.id, 'reviewer-b', (i) => bScores[i.number] ?? 4)
  await reviewsRepo.finishRating(review.id, 'reviewer-a', itemIds)
  await reviewsRepo.finishRating(review.id, 'reviewer-b', itemIds)
  return reviewsRepo.startConsensus(review.id, {
    itemsCompared: 25,
    exactCount: 22,
    exactPercent: 88,
    withinOneCount: 23,
    withinOnePercent: 92,
    weightedKappa: 0.5,
    computedAt: new Date().toISOString(),
  })
}

async function openConsensus(reviewId: string) {
  renderRoute(ratingRoutes, paths.reviewConsensus(reviewId))
  return screen.findByRole('listitem', { name: title(3) })
}

const stored = async (reviewId: string) => ratingsRepo.listConsensus(reviewId)

describe('the consensus agenda', () => {
  it('puts disagreements first and offers each agreed item pre-filled, storing nothing until it is accepted', async () => {
    const user = userEvent.setup()
    const review = await consensusStarted()
    await openConsensus(review.id)

    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings.slice(0, 4)).toEqual([title(3), title(10), title(7), title(1)])
    expect(within(card(3)).queryByText(/Proposed, not saved yet/)).not.toBeInTheDocument()
    expect(within(card(3)).getByRole('radio', { name: 'Not yet rated' })).toBeChecked()

    const agreed = card(1)
    expect(within(agreed).getByText(/Proposed, not saved yet/, { selector: 'strong' })).toBeInTheDocument()
    expect(within(agreed).getByRole('radio', { name: /^4: / })).toBeChecked()
    expect(within(agreed).getByLabelText('Consensus rationale for item 1')).toHaveValue(
      'Reviewer A: reviewer-a on item 1\nReviewer B: reviewer-b on item 1',
    )
    expect(within(agreed).getByText('Proposed, not saved yet', { selector: '.save-status' })).toBeInTheDocument()
    expect(await stored(review.id)).toEqual([])

    await user.click(within(agreed).getByRole('button', { name: 'Accept the proposal for item 1' }))
    expect(within(agreed).getByRole('heading', { level: 3 })).toHaveFocus()
    await waitFor(async () =>
      expect(await stored(review.id)).toMatchObject([
        {
          itemId: 'caseload-size',
          score: 4,
          rationale: 'Reviewer A: reviewer-a on item 1\nReviewer B: reviewer-b on item 1',
        },
      ]),
    )
    expect(await within(agreed).findByText('Agreed score saved')).toBeInTheDocument()
    expect(within(agreed).getByText('Saved', { selector: '.save-status' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Accept all agreed items (21)' })).toBeEnabled()
  })

  it('stores an agreed item once its rationale is edited, with the proposed score', async () => {
    const user = userEvent.setup()
    const review = await consensusStarted()
    await openConsensus(review.id)
    const field = within(card(2)).getByLabelText('Consensus rationale for item 2')
    await user.clear(field)
    await user.type(field, 'Both saw it')
    await user.tab()
    await waitFor(async () =>
      expect(await stored(review.id)).toMatchObject([{ itemId: item(2).id, score: 4, rationale: 'Both saw it' }]),
    )
  })

  it('accepts every agreed item in one write after saying how many, and shows them as agreed', async () => {
    const user = userEvent.setup()
    const review = await consensusStarted()
    await openConsensus(review.id)
    expect(screen.getByText('22 items proposed, not saved yet.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Accept all agreed items (22)' }))
    const confirm = screen.getByRole('group', { name: 'Confirm accepting the agreed items' })
    expect(confirm).toHaveTextContent('Save the proposed score and rationale of 22 items as their consensus?')
    expect(await stored(review.id)).toEqual([])

    await user.click(within(confirm).getByRole('button', { name: 'Yes, accept 22 items' }))
    await waitFor(async () => expect(await stored(review.id)).toHaveLength(22))
    const rows = await stored(review.id)
    // One write: every row carries the same moment.
    expect(new Set(rows.map((row) => row.updatedAt)).size).toBe(1)
    expect(rows.every((row) => row.score === 4)).toBe(true)
    expect(rows.map((row) => row.itemId)).not.toContain(item(3).id)

    expect(await screen.findByText('22 agreed items accepted and saved.')).toHaveFocus()
    expect(within(card(1)).getByText('Agreed score saved')).toBeInTheDocument()
    expect(within(card(3)).getByText('No agreed score yet')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Accept all agreed items (0)' })).toBeDisabled()
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings.slice(0, 3)).toEqual([title(3), title(10), title(7)])
  })

  it('shows the item’s evidence on its card: session notes with their role, record figures and the calculator', async () => {
    const review = await consensusStarted()
    const disclosure = item(13)
    const session = await visitRepo.addSession(review.id, plannedSession())
    await visitRepo.addNote(session.id, { note: 'Disclosure is planned with each person', itemIds: [disclosure.id] })
    await evidenceRepo.addEntry({
      reviewId: review.id,
      itemId: disclosure.id,
      source: 'interview',
      intervieweeRole: 'employment specialist',
      note: 'Talks it through before any job search',
    })
    const row = await evidenceRepo.addRecordReviewRow({
      reviewId: review.id,
      anonymousId: 'R-01',
      ...recordNotRecorded,
      disclosureDiscussed: true,
    })
    const calculator = disclosure.calculator!
    const present = calculator.kind === 'checklist' ? calculator.elements.slice(0, 3).map((e) => e.id) : []
    await evidenceRepo.saveCalculatorInputs(review.id, disclosure.id, { elementsPresent: present })

    await openConsensus(review.id)
    const evidence = await within(card(13)).findByRole('group', { name: 'Evidence for item 13' })
    const fromSession = await within(evidence).findByRole('group', { name: 'Interview, Team leader, 2 March 2026' })
    expect(fromSession).toHaveTextContent('Disclosure is planned with each person')
    expect(
      within(evidence).getByRole('group', { name: 'Added on the item: Interview with employment specialist' }),
    ).toHaveTextContent('Talks it through before any job search')
    const figure = recordFigureWords([row], review.visitEnd)[disclosure.id]![0]!
    expect(within(evidence).getByRole('group', { name: 'Record review figures for item 13' })).toHaveTextContent(figure)
    const suggestion = suggestAnchor(disclosure, { elementsPresent: present } as CalculatorInputs)
    expect(suggestion.status).toBe('suggested')
    const result = within(evidence).getByRole('group', { name: 'Calculator result for item 13' })
    if (suggestion.status === 'suggested') {
      expect(result).toHaveTextContent(`Suggested anchor: ${suggestion.anchor}`)
      expect(result).toHaveTextContent(suggestion.arithmetic)
    }
    // An item with nothing written says so, rather than showing another item's notes.
    expect(within(card(3)).getByText('No notes for this item.')).toBeInTheDocument()
  })

  it('shows what the calculator flags to weigh, such as a specialist over the team’s caseload band', async () => {
    const review = await consensusStarted()
    // 84 over 3.5 FTE is 24 a specialist (anchor 4), but the half-time specialist holds 16: 32 a full-time post.
    await evidenceRepo.saveCalculatorInputs(review.id, item(1).id, {
      specialistCaseloads: [22, 23, 23, 16],
      specialistFtes: [1, 1, 1, 0.5],
    })
    await openConsensus(review.id)
    const result = await within(card(1)).findByRole('group', { name: 'Calculator result for item 1' })
    expect(result).toHaveTextContent('Suggested anchor: 4')
    expect(result).toHaveTextContent(/To weigh: .*Specialist 4.*32/)
  })

  it('sets the agreed score with keys 1-5 on a card, not while typing, and moves between cards with the arrows', async () => {
    const user = userEvent.setup()
    const review = await consensusStarted()
    await openConsensus(review.id)
    const heading = within(card(3)).getByRole('heading', { level: 3 })
    act(() => heading.focus())
    await user.keyboard('2')
    await waitFor(async () => expect(await stored(review.id)).toMatchObject([{ itemId: item(3).id, score: 2 }]))
    expect(within(card(3)).getByRole('radio', { name: /^2: / })).toBeChecked()

    await user.keyboard('{ArrowDown}')
    expect(within(card(10)).getByRole('heading', { level: 3 })).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowUp}')
    expect(within(card(10)).getByRole('heading', { level: 3 })).toHaveFocus()

    await user.click(within(card(10)).getByLabelText('Consensus rationale for item 10'))
    await user.keyboard('5{ArrowUp}')
    expect(within(card(10)).getByLabelText('Consensus rationale for item 10')).toHaveFocus()
    expect(within(card(10)).getByRole('radio', { name: 'Not yet rated' })).toBeChecked()
    expect(screen.getByText(/set the agreed score/)).toBeInTheDocument()
  })

  it('saves a rationale typed over a proposal when the tab closed before saving, with the proposed score', async () => {
    const review = await consensusStarted()
    const proposed = 'Reviewer A: reviewer-a on item 1\nReviewer B: reviewer-b on item 1'
    draftJournal.write(
      { reviewId: review.id, record: consensusDraftRecord('caseload-size'), field: 'rationale' },
      'Typed before the crash',
      proposed,
    )
    await openConsensus(review.id)
    await waitFor(async () =>
      expect(await stored(review.id)).toMatchObject([
        { itemId: 'caseload-size', score: 4, rationale: 'Typed before the crash' },
      ]),
    )
    expect(within(card(1)).getByLabelText('Consensus rationale for item 1')).toHaveValue('Typed before the crash')
  })

  it('shows a final review read-only, with its evidence and no accept actions', async () => {
    const review = await consensusStarted()
    const session = await visitRepo.addSession(review.id, plannedSession())
    await visitRepo.addNote(session.id, { note: 'Caseloads capped at 20', itemIds: ['caseload-size'] })
    await finaliseReview(review.id)
    await openConsensus(review.id)
    expect(await within(card(1)).findByText('Caseloads capped at 20')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Accept/ })).not.toBeInTheDocument()
    expect(screen.queryByText(/Proposed, not saved yet/)).not.toBeInTheDocument()
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
    expect(within(card(1)).getByLabelText('Consensus rationale for item 1')).toHaveAttribute('readonly')
    expect(screen.queryByText(/set the agreed score/)).not.toBeInTheDocument()
  })
})

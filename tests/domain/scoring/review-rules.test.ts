import { describe, expect, it } from 'vitest'
import { summaryChangeProblem } from '#domain/scoring/review-rules'
import {
  allReviewersFinished,
  brokenReviewRules,
  describeBrokenRule,
  newlyBrokenRules,
  reviewRules,
  type ReviewRuleId,
  type ReviewState,
} from '#domain/scoring/review-rules'
import { practiceCases } from '#domain/practice/catalogue'
import type { Review } from '#domain/review/review'
import { findScale } from '#domain/scale/catalogue'
import { consensus, rating, review } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const A = { id: 'reviewer-a', name: 'Ann' }
const B = { id: 'reviewer-b', name: 'Bo' }
const at = '2026-03-05T10:00:00.000Z'
const agreement = {
  itemsCompared: 25,
  exactCount: 20,
  exactPercent: 80,
  withinOneCount: 24,
  withinOnePercent: 96,
  weightedKappa: 0.8,
  computedAt: at,
}

const everyItem = (reviewerId: string, score = 4) => uk.items.map((item) => rating(item.id, reviewerId, score))
const agreed = uk.items.map((item) => consensus(item.id, 4))

/** A two-reviewer review, both finished, consensus complete, final: every rule holds. */
function finalPair(edit: Partial<Review> = {}): ReviewState {
  return {
    review: review({
      reviewers: [A, B],
      ratingsFinishedBy: [A.id, B.id],
      agreement,
      status: 'final',
      finalisedAt: at,
      ...edit,
    }),
    ratings: [...everyItem(A.id), ...everyItem(B.id, 3)],
    consensus: agreed,
  }
}

/** A one-reviewer review, rated in full, final. */
function finalSolo(edit: Partial<Review> = {}): ReviewState {
  return {
    review: review({ reviewers: [A], ratingsFinishedBy: [A.id], status: 'final', finalisedAt: at, ...edit }),
    ratings: everyItem(A.id),
    consensus: [],
  }
}

function unparsed(edit: Partial<Review>): ReviewState {
  const state = finalPair()
  return { ...state, review: { ...state.review, ...edit } }
}

const ids = (state: ReviewState) => brokenReviewRules(state, uk).map((broken) => broken.id)
const firstCase = practiceCases[0]!
const training = (edit: Partial<Review>) =>
  finalSolo({
    type: 'training',
    practiceCase: { caseId: firstCase.id, caseVersion: firstCase.version },
    scaleId: firstCase.scaleId,
    scaleVersion: firstCase.scaleVersion,
    visitStart: '2026-03-02',
    visitEnd: '2026-03-02',
    ...edit,
  })

describe('brokenReviewRules', () => {
  it.each<[string, ReviewState]>([
    ['a final two-reviewer review with consensus on every item', finalPair()],
    ['a final one-reviewer review rated in full', finalSolo()],
    [
      'a review still being rated, with a half-rated reviewer who has not finished',
      {
        review: review({ reviewers: [A, B], status: 'scoring', finalisedAt: null }),
        ratings: everyItem(A.id).slice(0, 3),
        consensus: [],
      },
    ],
    [
      'a two-reviewer review in consensus with only some items agreed',
      { ...finalPair({ status: 'consensus', finalisedAt: null }), consensus: agreed.slice(0, 2) },
    ],
    ['a final training exercise on a bundled practice case', training({})],
    ['a final training review started from the ordinary form, on no practice case', training({ practiceCase: null })],
    [
      'a training exercise not yet final without a practice case',
      training({ practiceCase: null, status: 'scoring', finalisedAt: null }),
    ],
  ])('passes %s', (_, state) => {
    expect(brokenReviewRules(state, uk)).toEqual([])
  })

  it.each<[ReviewRuleId, ReviewState, string]>([
    [
      'final-complete',
      { ...finalPair(), ratings: [], consensus: [] },
      'Items 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24 and 25 have no consensus score yet.',
    ],
    [
      'final-complete',
      { ...finalSolo({ ratingsFinishedBy: [] }), ratings: [rating(uk.items[0]!.id, A.id, 4)] },
      'are not rated yet.',
    ],
    [
      'final-complete',
      { ...finalPair(), consensus: agreed.map((c, i) => (i === 2 ? { ...c, rationale: ' ' } : c)) },
      'Item 3 has a consensus score but no consensus rationale.',
    ],
    ['finalised-time', finalPair({ finalisedAt: null }), 'No finalised time.'],
    ['finalised-time', finalPair({ status: 'consensus' }), `Finalised at ${at} while consensus.`],
    [
      'ratings-by-reviewers',
      { ...finalPair(), ratings: [...finalPair().ratings, rating(uk.items[0]!.id, 'stranger', 3)] },
      'Ratings by "stranger", who is not a reviewer.',
    ],
    [
      'finished-by-reviewers',
      finalPair({ ratingsFinishedBy: [A.id, B.id, 'stranger'] }),
      '"stranger" is not a reviewer.',
    ],
    [
      'finished-rated-every-item',
      { ...finalPair(), ratings: [...everyItem(A.id).slice(1), ...everyItem(B.id)] },
      'Ann has finished rating with item 1 not scored.',
    ],
    [
      'items-on-scale',
      { ...finalPair(), consensus: [...agreed, consensus('not-an-item', 3)] },
      'Item "not-an-item" is not in scale ips-uk version 1.0.0.',
    ],
    [
      'scores-in-range',
      { ...finalPair(), ratings: finalPair().ratings.map((r, i) => (i === 0 ? { ...r, score: 7 } : r)) },
      'has the score 7.',
    ],
    [
      'consensus-needs-two-reviewers',
      { ...finalSolo(), consensus: agreed.slice(0, 1) },
      '1 agreed scores on a one-reviewer review.',
    ],
    ['consensus-needs-two-reviewers', finalSolo({ agreement }), 'and agreement figures'],
    [
      'consensus-after-finishing',
      { ...finalPair({ status: 'consensus', finalisedAt: null, ratingsFinishedBy: [A.id], agreement: null }) },
      'Bo has not finished rating.',
    ],
    [
      'agreement-adds-up',
      finalPair({ agreement: { ...agreement, exactCount: 25, withinOneCount: 24 } }),
      '25 exact, 24 within one, 25 compared.',
    ],
    [
      'agreement-adds-up',
      finalPair({ agreement: { ...agreement, itemsCompared: 26, withinOneCount: 26 } }),
      '26 compared',
    ],
    [
      'training-case',
      training({ scaleVersion: '9.9.9' }),
      `The case is for scale ${firstCase.scaleId} version ${firstCase.scaleVersion}.`,
    ],
    [
      'training-case',
      training({ practiceCase: { caseId: firstCase.id, caseVersion: '9.9.9' } }),
      `This app has no practice case ${firstCase.id} version 9.9.9.`,
    ],
    // The schema refuses these two at once, so they are made by hand, as an old or foreign row could be.
    ['visit-dates', unparsed({ visitStart: '2026-03-05', visitEnd: '2026-03-04' }), '2026-03-05 to 2026-03-04.'],
    [
      'reviewer-count',
      unparsed({ reviewers: [A, { ...A, name: 'Ann again' }] }),
      'The independent fidelity review lists 2 reviewers.',
    ],
    ['reviewer-count', unparsed({ reviewers: [] }), 'The independent fidelity review lists 0 reviewers.'],
    // The app's forms never give a self-assessment or a training exercise a second person rating; nor may a file.
    ['reviewer-count', finalPair({ type: 'self-assessment' }), 'The self-assessment lists 2 assessors.'],
    ['reviewer-count', finalPair({ type: 'training' }), 'The training exercise lists 2 trainees.'],
    ['one-day-exercise', training({ visitEnd: '2026-03-03' }), '2026-03-02 to 2026-03-03.'],
  ])('names %s', (id, state, detail) => {
    const broken = brokenReviewRules(state, uk).find((rule) => rule.id === id)
    expect(broken?.rule).toBe(reviewRules[id])
    expect(broken?.details.join(' ')).toContain(detail)
  })

  it('lists a one-reviewer final review with 1 of 25 rated as incomplete, and nothing else', () => {
    const state: ReviewState = { ...finalSolo({ ratingsFinishedBy: [] }), ratings: [rating(uk.items[0]!.id, A.id, 4)] }
    expect(ids(state)).toEqual(['final-complete'])
    expect(describeBrokenRule(brokenReviewRules(state, uk)[0]!)).toMatch(
      /^A final review has every item scored with a rationale \(the consensus score where there are two reviewers\)\. \(Items 2, .* and 25 are not rated yet\.\)$/,
    )
  })

  it('leaves the rules that need the scale unchecked when the scale is not known', () => {
    const state: ReviewState = { ...finalPair(), ratings: [], consensus: [] }
    expect(brokenReviewRules(state, null).map((broken) => broken.id)).toEqual([])
    expect(ids(state)).toEqual(['finished-rated-every-item', 'final-complete'])
  })
})

describe('newlyBrokenRules', () => {
  it('reports only the rules a change breaks, not those broken before it', () => {
    const before: ReviewState = { ...finalPair({ status: 'consensus', finalisedAt: null }), consensus: [] }
    const broken = { ...before, ratings: [...before.ratings, rating('caseload-size', 'stranger', 2)] }
    expect(newlyBrokenRules(before, broken, uk).map((b) => b.id)).toEqual(['ratings-by-reviewers'])
    expect(newlyBrokenRules(broken, broken, uk)).toEqual([])
    expect(newlyBrokenRules(null, broken, uk).map((b) => b.id)).toEqual(['ratings-by-reviewers'])
  })
})

describe('allReviewersFinished', () => {
  it.each([
    [[A, B], [A.id, B.id], true],
    [[A, B], [A.id], false],
    [[A], [A.id], true],
    [[], [], false],
  ])('reviewers %j, finished %j: %s', (reviewers, finished, expected) => {
    expect(allReviewersFinished({ reviewers, ratingsFinishedBy: finished })).toBe(expected)
  })
})

describe('an imported summary for the network', () => {
  it('is read-only by every route: reopen, rate, evidence and edit are each refused', () => {
    for (const change of ['reopen', 'rate', 'evidence', 'edit'] as const) {
      expect(summaryChangeProblem({ source: 'network-summary' }, change)).toMatch(/imported summary/)
      expect(summaryChangeProblem({ source: 'full-review' }, change)).toBeNull()
    }
  })
})

import { describeItemNumbers, finaliseProblems } from './finalise'
import { findPracticeCase } from '#domain/practice/catalogue'
import type { Consensus, Rating } from '#domain/review/rating'
import {
  reviewersDistinct,
  reviewStatusLabels,
  reviewTypeLabels,
  visitDatesInOrder,
  type Review,
} from '#domain/review/review'
import { raterLabel, reviewWords } from '#domain/review/wording'
import { itemsInScaleOrder, MAX_ITEM_SCORE } from './results'
import type { ScaleFile } from '#domain/scale/schema'

/**
 * Every rule a review's state must satisfy, in one list: the app's own steps (finishing rating,
 * starting consensus, finalising) and the import of a file are checked against the same rules, so a
 * file can never bring a state the app would not reach itself.
 */
export const reviewRules = {
  'visit-dates': 'The last day of the visit is not before the first.',
  'reviewer-count':
    'An independent review has one or two reviewers, each listed once; a self-assessment has one assessor and a training exercise one trainee.',
  'one-day-exercise': 'A training exercise is on one day: its last day is its first.',
  'ratings-by-reviewers': 'Every rating is by one of the review’s reviewers.',
  'finished-by-reviewers': 'Only the review’s reviewers can have finished rating.',
  'finished-rated-every-item': 'A reviewer who has finished rating has scored every item.',
  'items-on-scale': 'Ratings and consensus scores are only for items of the review’s scale.',
  'scores-in-range': `Every score is a whole number from 1 to ${MAX_ITEM_SCORE}.`,
  'consensus-needs-two-reviewers':
    'A review with one reviewer has no consensus: no agreed scores and no agreement figures.',
  'consensus-after-finishing':
    'Consensus (agreed scores and the agreement figures) comes only after every reviewer has finished rating.',
  'agreement-adds-up':
    'The agreement figures add up: exact agreements are within the agreements within one point, which are within the items compared, which are within the scale’s items.',
  'final-complete':
    'A final review has every item scored with a rationale (the consensus score where there are two reviewers).',
  'finalised-time': 'A final review records when it was finalised; a review that is not final has no finalised time.',
  'training-case':
    'A final training exercise on a practice case names a case this app has, written for the review’s scale.',
  'summary-final':
    'An imported summary for the network is a final independent review or self-assessment, and stays final: it has no evidence to reopen it with.',
} as const

export type ReviewRuleId = keyof typeof reviewRules

/** The label shown wherever an imported summary is shown (docs/decisions/0025). */
export const IMPORTED_SUMMARY_LABEL = 'Imported summary — no evidence on this device'

/** The review came to this device as a summary for the network: scores and plan, no evidence. */
export const isImportedSummary = (review: Pick<Review, 'source'>) => review.source === 'network-summary'

/** What someone may try to do to a review that an imported summary never allows. */
export type SummaryChange = 'reopen' | 'rate' | 'evidence' | 'edit'

const summaryChangeWords: Record<SummaryChange, string> = {
  reopen: 'reopened',
  rate: 'rated',
  evidence: 'given evidence or visit notes',
  edit: 'changed',
}

/**
 * Why `change` is refused on this review, or null when it is not an imported summary. Every route (the
 * screens, the storage writes, an import) asks this one rule: the evidence that would justify a change stays
 * with the reviewers who made the review, so a summary is only ever read.
 */
export function summaryChangeProblem(review: Pick<Review, 'source'>, change: SummaryChange): string | null {
  if (!isImportedSummary(review)) return null
  return (
    `This review is an imported summary for the network: it has no evidence on this device, so it cannot be ` +
    `${summaryChangeWords[change]}. The full review stays with the reviewers who made it.`
  )
}

/** One review as it is (or would be): the review row with every rating and consensus row of it. */
export interface ReviewState {
  review: Review
  ratings: readonly Rating[]
  consensus: readonly Consensus[]
}

/** A rule the state breaks: its id, its words and what exactly breaks it (items, reviewers). */
export interface BrokenRule {
  id: ReviewRuleId
  rule: string
  details: string[]
}

export const isReviewer = (review: Pick<Review, 'reviewers'>, reviewerId: string) =>
  review.reviewers.some((r) => r.id === reviewerId)

/** Every reviewer has said "I have finished rating"; a review with no reviewers never has. */
export function allReviewersFinished(review: Pick<Review, 'reviewers' | 'ratingsFinishedBy'>): boolean {
  return review.reviewers.length > 0 && review.reviewers.every((r) => review.ratingsFinishedBy.includes(r.id))
}

/** The ids among `itemIds` that `reviewerId` has not given a score. */
export function itemsNotScoredBy(itemIds: readonly string[], ratings: readonly Rating[], reviewerId: string): string[] {
  const scored = new Set(ratings.filter((r) => r.reviewerId === reviewerId && r.score !== null).map((r) => r.itemId))
  return itemIds.filter((itemId) => !scored.has(itemId))
}

type Check = (state: ReviewState, scale: ScaleFile | null) => string[]

const nameOf = (review: Review, reviewerId: string) =>
  review.reviewers.find((r) => r.id === reviewerId)?.name ?? `reviewer "${reviewerId}"`

const checks: Record<ReviewRuleId, Check> = {
  'visit-dates': ({ review }) => (visitDatesInOrder(review) ? [] : [`${review.visitStart} to ${review.visitEnd}.`]),
  'reviewer-count': ({ review }) => {
    const most = reviewWords(review.type).secondRater === null ? 1 : 2
    const count = review.reviewers.length
    return count >= 1 && count <= most && reviewersDistinct(review)
      ? []
      : [
          `The ${reviewTypeLabels[review.type].toLowerCase()} lists ${count} ${raterLabel(review.type, count).toLowerCase()}.`,
        ]
  },
  'one-day-exercise': ({ review }) =>
    review.type === 'training' && review.visitEnd !== review.visitStart
      ? [`${review.visitStart} to ${review.visitEnd}.`]
      : [],
  'ratings-by-reviewers': ({ review, ratings }) =>
    [...new Set(ratings.filter((r) => !isReviewer(review, r.reviewerId)).map((r) => r.reviewerId))].map(
      (id) => `Ratings by "${id}", who is not a reviewer.`,
    ),
  'finished-by-reviewers': ({ review }) =>
    review.ratingsFinishedBy.filter((id) => !isReviewer(review, id)).map((id) => `"${id}" is not a reviewer.`),
  'finished-rated-every-item': ({ review, ratings }, scale) => {
    if (!scale) return []
    const ids = scale.items.map((item) => item.id)
    return review.ratingsFinishedBy.filter(isReviewerOf(review)).flatMap((id) => {
      const missing = itemsNotScoredBy(ids, ratings, id)
      return missing.length === 0
        ? []
        : [`${nameOf(review, id)} has finished rating with ${describeItems(scale, missing)} not scored.`]
    })
  },
  'items-on-scale': ({ ratings, consensus }, scale) => {
    if (!scale) return []
    const known = new Set(scale.items.map((item) => item.id))
    const unknown = [...new Set([...ratings, ...consensus].map((row) => row.itemId).filter((id) => !known.has(id)))]
    return unknown.map((id) => `Item "${id}" is not in scale ${scale.id} version ${scale.version}.`)
  },
  'scores-in-range': ({ ratings, consensus }) =>
    [...ratings, ...consensus]
      .filter(
        (row) => row.score !== null && !(Number.isInteger(row.score) && row.score >= 1 && row.score <= MAX_ITEM_SCORE),
      )
      .map((row) => `Item "${row.itemId}" has the score ${row.score}.`),
  'consensus-needs-two-reviewers': ({ review, consensus }) =>
    review.reviewers.length >= 2 || (consensus.length === 0 && review.agreement === null)
      ? []
      : [
          `${consensus.length} agreed scores${review.agreement ? ' and agreement figures' : ''} on a one-reviewer review.`,
        ],
  'consensus-after-finishing': ({ review, consensus }) => {
    if (review.reviewers.length < 2 || allReviewersFinished(review)) return []
    if (consensus.length === 0 && review.agreement === null) return []
    const still = review.reviewers.filter((r) => !review.ratingsFinishedBy.includes(r.id)).map((r) => r.name)
    return [`${still.join(' and ')} ${still.length === 1 ? 'has' : 'have'} not finished rating.`]
  },
  'agreement-adds-up': ({ review }, scale) => {
    const a = review.agreement
    if (!a) return []
    const items = scale ? scale.items.length : Infinity
    return a.exactCount <= a.withinOneCount && a.withinOneCount <= a.itemsCompared && a.itemsCompared <= items
      ? []
      : [`${a.exactCount} exact, ${a.withinOneCount} within one, ${a.itemsCompared} compared.`]
  },
  'final-complete': ({ review, ratings, consensus }, scale) =>
    review.status === 'final' && scale ? finaliseProblems(scale, review, ratings, consensus) : [],
  'finalised-time': ({ review }) =>
    (review.status === 'final') === (review.finalisedAt !== null)
      ? []
      : [
          review.status === 'final'
            ? 'No finalised time.'
            : `Finalised at ${review.finalisedAt} while ${review.status}.`,
        ],
  'training-case': ({ review }) => {
    if (review.type !== 'training' || review.status !== 'final') return []
    const ref = review.practiceCase
    // A training review started from the ordinary form (not on a case) is allowed and may be final.
    if (!ref) return []
    const found = findPracticeCase(ref.caseId, ref.caseVersion)
    if (!found) return [`This app has no practice case ${ref.caseId} version ${ref.caseVersion}.`]
    return found.scaleId === review.scaleId && found.scaleVersion === review.scaleVersion
      ? []
      : [`The case is for scale ${found.scaleId} version ${found.scaleVersion}.`]
  },
  'summary-final': ({ review }) => {
    if (!isImportedSummary(review)) return []
    if (review.type === 'training') return ['It is a training exercise.']
    return review.status === 'final' ? [] : [`It is ${reviewStatusLabels[review.status].toLowerCase()}, not final.`]
  },
}

const isReviewerOf = (review: Review) => (id: string) => isReviewer(review, id)

function describeItems(scale: ScaleFile, itemIds: readonly string[]): string {
  const wanted = new Set(itemIds)
  const numbers = itemsInScaleOrder(scale)
    .filter((item) => wanted.has(item.id))
    .map((item) => item.number)
  return describeItemNumbers(numbers)
}

/**
 * The rules `state` breaks, with specifics; empty when it satisfies them all. Rules that need the
 * scale (completeness, items) are checked only when it is known: a review whose scale this device
 * lacks cannot be opened or imported anyway.
 */
export function brokenReviewRules(state: ReviewState, scale: ScaleFile | null): BrokenRule[] {
  return (Object.keys(checks) as ReviewRuleId[]).flatMap((id) => {
    const details = checks[id](state, scale)
    return details.length === 0 ? [] : [{ id, rule: reviewRules[id], details }]
  })
}

/**
 * The rules `after` breaks that `before` did not (every rule when there was no before). A step or an
 * import may not break a rule; one already broken on the device (written by an older version) does
 * not stop unrelated work on the review.
 */
export function newlyBrokenRules(
  before: ReviewState | null,
  after: ReviewState,
  scale: ScaleFile | null,
): BrokenRule[] {
  const already = new Set(before ? brokenReviewRules(before, scale).map((broken) => broken.id) : [])
  return brokenReviewRules(after, scale).filter((broken) => !already.has(broken.id))
}

/** "A final review has … (Items 3 and 9 are not rated yet.)": the rule in words, then what breaks it. */
export function describeBrokenRule(broken: BrokenRule): string {
  return `${broken.rule} (${broken.details.join(' ')})`
}

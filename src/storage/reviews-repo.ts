import {
  ActionPlanThresholdSchema,
  AgreementSnapshotSchema,
  ReviewInputSchema,
  ReviewSchema,
  type AgreementSnapshot,
  type Review,
  type ReviewInput,
  type ReviewStatus,
} from '#domain/review/review'
import { ConsensusSchema, RatingSchema } from '#domain/review/rating'
import { FollowUpSchema, followUpProblem, type FollowUpInput } from '#domain/review/follow-up'
import { keyDateProblem, type KeyDateField } from '#domain/review/review-dates'
import { hasConsensusStep, stageAfter, workingStatusesFor, type WorkStep } from '#domain/review/stage'
import {
  allReviewersFinished,
  describeBrokenRule,
  isReviewer,
  itemsNotScoredBy,
  newlyBrokenRules,
  summaryChangeProblem,
} from '#domain/scoring/review-rules'
import type { ScaleFile } from '#domain/scale/schema'
import { notFound, StorageError } from './storage-error'
import { definedOnly, newId, parseInput, parseRow, parseRows, read, write } from './repo-helpers'
import type { ReviewDatabase } from './database'
import { finalScoresTables, refreshFinalScores } from './final-scores-store'
import { PlannedSessionSchema, VisitSessionSchema, type PlannedSession, type VisitSession } from '#domain/visit/session'

/** What can change after a review has started; the team and the pinned scale version cannot. */
export type ReviewPatch = Partial<Pick<Review, 'type' | 'visitStart' | 'visitEnd' | 'reviewers'>>

// Newest visit first; reviews on the same dates in the order they were started, newest first.
const newestFirst = (a: Review, b: Review) =>
  b.visitStart.localeCompare(a.visitStart) || b.createdAt.localeCompare(a.createdAt)

export async function loadReview(db: ReviewDatabase, id: string): Promise<Review> {
  const row = await db.reviews.get(id)
  if (!row) throw notFound('This review')
  return parseRow(ReviewSchema, row, 'review')
}

/**
 * Edits one review in a transaction, checked against the review rules with its stored ratings and
 * consensus, so no edit (a reviewer removed who has ratings, dates out of order) reaches a state the rules forbid.
 */
async function change(id: string, now: Date, edit: (review: Review) => Partial<Review>): Promise<Review> {
  return write(
    (db) => [db.reviews, db.ratings, db.consensus],
    async (db) => {
      const existing = await loadReview(db, id)
      const next = parseInput(
        ReviewSchema,
        { ...existing, ...edit(existing), id, teamId: existing.teamId, updatedAt: now.toISOString() },
        'review',
      )
      const ratings = parseRows(RatingSchema, await db.ratings.where('reviewId').equals(id).toArray(), 'rating')
      const consensus = parseRows(
        ConsensusSchema,
        await db.consensus.where('reviewId').equals(id).toArray(),
        'consensus',
      )
      const broken = newlyBrokenRules(
        { review: existing, ratings, consensus },
        { review: next, ratings, consensus },
        null,
      )
      if (broken.length > 0) throw refuse(broken.map(describeBrokenRule).join(' '))
      await db.reviews.put(next)
      return next
    },
  )
}

const refuse = (message: string) => new StorageError('invalid', message)

function assertNotFinal(review: Review) {
  if (review.status === 'final') throw refuse('This review is final. Reopen it first to change anything.')
}

/** The steps from rating to a final review, each checked against the stored data in its own transaction. */
const reviewRatingSteps = {
  /**
   * Records that a reviewer has finished rating. Refused unless every one of `itemIds` (the scale's
   * items) has a score from that reviewer, so a reviewer cannot lock in a half-rated review.
   */
  async finishRating(id: string, reviewerId: string, itemIds: readonly string[], now: Date = new Date()) {
    return write(
      (db) => [db.reviews, db.ratings],
      async (db) => {
        const review = await loadReview(db, id)
        assertNotFinal(review)
        if (!isReviewer(review, reviewerId)) throw refuse('That person is not a reviewer here.')
        const rows = parseRows(RatingSchema, await db.ratings.where('reviewId').equals(id).toArray(), 'rating')
        const unrated = itemsNotScoredBy(itemIds, rows, reviewerId).length
        if (unrated > 0) {
          throw refuse(`Rate every item first: ${unrated} of ${itemIds.length} still to rate.`)
        }
        const ratingsFinishedBy = [...new Set([...review.ratingsFinishedBy, reviewerId])]
        const finished = { ...review, ratingsFinishedBy }
        const status = allReviewersFinished(finished) ? stageAfter(finished, 'all-finished') : review.status
        return putChanged(db, review, now, { ratingsFinishedBy, status })
      },
    )
  },

  /** Lets a reviewer change their ratings again; refused once consensus has started or the review is final. */
  async reopenRatings(id: string, reviewerId: string, now: Date = new Date()) {
    return write(
      (db) => [db.reviews],
      async (db) => {
        const review = await loadReview(db, id)
        assertNotFinal(review)
        if (review.agreement !== null) {
          throw refuse('Consensus has started, so the independent ratings can no longer be changed.')
        }
        return putChanged(db, review, now, {
          ratingsFinishedBy: review.ratingsFinishedBy.filter((r) => r !== reviewerId),
        })
      },
    )
  },

  /**
   * Starts (or refreshes) consensus: keeps the agreement between the two reviewers with the review.
   * Refused until every reviewer has finished rating, so nobody sees the other's ratings early.
   */
  async startConsensus(id: string, agreement: AgreementSnapshot, now: Date = new Date()) {
    const snapshot = parseInput(AgreementSnapshotSchema, agreement, 'agreement')
    return write(
      (db) => [db.reviews],
      async (db) => {
        const review = await loadReview(db, id)
        assertNotFinal(review)
        if (review.type === 'training') throw refuse('A training exercise has no consensus.')
        if (review.reviewers.length < 2) throw refuse('A review with one reviewer needs no consensus.')
        if (!allReviewersFinished(review)) {
          throw refuse('Both reviewers must finish rating before consensus starts.')
        }
        return putChanged(db, review, now, { agreement: snapshot, status: 'consensus' })
      },
    )
  },

  /**
   * Makes the review final, after checking the stored review once more against the review rules
   * and the scale: refused with every problem listed while any item lacks a score or a rationale
   * (or a training exercise lacks its practice case).
   */
  async finalise(id: string, scale: ScaleFile, now: Date = new Date()) {
    return write(
      (db) => finalScoresTables(db),
      async (db) => {
        const review = await loadReview(db, id)
        if (review.status === 'final') return review
        const ratings = parseRows(RatingSchema, await db.ratings.where('reviewId').equals(id).toArray(), 'rating')
        const consensus = parseRows(
          ConsensusSchema,
          await db.consensus.where('reviewId').equals(id).toArray(),
          'consensus',
        )
        const final: Review = { ...review, status: 'final', finalisedAt: now.toISOString() }
        const broken = newlyBrokenRules({ review, ratings, consensus }, { review: final, ratings, consensus }, scale)
        // The items still to score are the reviewer's to-do list, so that rule reads as the list itself.
        const problems = broken.flatMap((b) => (b.id === 'final-complete' ? b.details : [describeBrokenRule(b)]))
        if (problems.length > 0) throw new StorageError('invalid', `Not finalised: ${problems.join(' ')}`)
        const finalised = await putChanged(db, review, now, { status: 'final', finalisedAt: final.finalisedAt })
        // Its results snapshot in the same transaction: a final review's scores cannot change until it is reopened.
        await refreshFinalScores(db, [id], (r) =>
          r.scaleId === scale.id && r.scaleVersion === scale.version ? scale : undefined,
        )
        return finalised
      },
    )
  },

  /** Reopens a final review: an explicit step that records when, by whom and why. */
  async reopen(id: string, by: string, reason: string, now: Date = new Date()) {
    if (by.trim() === '') throw refuse('Say who is reopening the review.')
    if (reason.trim() === '') throw refuse('Say why the review is being reopened.')
    const at = now.toISOString()
    return change(id, now, (review) => {
      const summary = summaryChangeProblem(review, 'reopen')
      if (summary) throw refuse(summary)
      if (review.status !== 'final') return {}
      const reopening = { reopenedAt: at, reason: reason.trim(), by: by.trim() }
      return {
        status: hasConsensusStep(review) ? 'consensus' : 'scoring',
        finalisedAt: null,
        reopenings: [...review.reopenings, reopening],
      }
    })
  },
}

/**
 * Moves the review's stage on after a piece of work, inside that work's transaction (which must include
 * db.reviews), so the stage and the work it follows are saved together; `review` is the row that transaction
 * already read. Does nothing when already there.
 */
export async function moveStageOn(db: ReviewDatabase, review: Review, step: WorkStep, now: Date): Promise<Review> {
  const status = stageAfter(review, step)
  return status === review.status ? review : putChanged(db, review, now, { status })
}

async function putChanged(db: ReviewDatabase, review: Review, now: Date, edit: Partial<Review>) {
  const next = parseInput(ReviewSchema, { ...review, ...edit, updatedAt: now.toISOString() }, 'review')
  await db.reviews.put(next)
  return next
}

/** Rows for planned sessions, after any already in the plan; used by a new review and by adding a session. */
export function sessionRows(
  reviewId: string,
  planned: readonly PlannedSession[],
  firstPosition: number,
  now: Date,
  unplanned = false,
): VisitSession[] {
  const at = now.toISOString()
  return planned.map((session, i) =>
    parseInput(
      VisitSessionSchema,
      {
        ...parseInput(PlannedSessionSchema, session, 'session'),
        id: newId(),
        reviewId,
        position: firstPosition + i,
        unplanned,
        createdAt: at,
        updatedAt: at,
      },
      'session',
    ),
  )
}

export const reviewsRepo = {
  /**
   * Starts a review in planning, with its visit plan (the default schedule for an independent review, none
   * otherwise), in one transaction. Throws 'not-found' for an unknown team.
   */
  async create(input: ReviewInput, now: Date = new Date(), plan: readonly PlannedSession[] = []): Promise<Review> {
    const fields = parseInput(ReviewInputSchema, input, 'review')
    const at = now.toISOString()
    const review = parseInput(
      ReviewSchema,
      {
        ...fields,
        id: newId(),
        status: 'planning',
        createdAt: at,
        updatedAt: at,
        finalisedAt: null,
        reopenings: [],
        ratingsFinishedBy: [],
        agreement: null,
      },
      'review',
    )
    const sessions = sessionRows(review.id, plan, 0, now)
    return write(
      (db) => [db.reviews, db.teams, db.visitSessions],
      async (db) => {
        if (!(await db.teams.get(review.teamId))) throw notFound('This team')
        await db.reviews.add(review)
        await db.visitSessions.bulkAdd(sessions)
        return review
      },
    )
  },

  async update(id: string, patch: ReviewPatch, now: Date = new Date()): Promise<Review> {
    const { type, visitStart, visitEnd, reviewers } = patch
    return change(id, now, () => definedOnly({ type, visitStart, visitEnd, reviewers }))
  },

  /**
   * Ticks or unticks one preparation step ("data request sent", a self-assessment's gathering checklist),
   * reading and writing in one transaction, so two tabs ticking different steps never undo each other.
   */
  async setChecklistEntry(id: string, entryId: string, done: boolean, now: Date = new Date()): Promise<Review> {
    return change(id, now, (review) => {
      const others = review.checklistDone.filter((entry) => entry !== entryId)
      return { checklistDone: done ? [...others, entryId] : others }
    })
  },

  /**
   * Moves a review between the working statuses. A review becomes final only through `finalise` (which
   * checks every item) and leaves final only through `reopen` (which records who and why), so both are
   * refused here whatever the caller.
   */
  async setStatus(id: string, status: ReviewStatus, now: Date = new Date()): Promise<Review> {
    if (status === 'final') throw refuse('A review becomes final only by finalising it, which checks every item first.')
    return change(id, now, (review) => {
      if (review.status === 'final')
        throw refuse('This review is final. Reopen it, saying who and why, to change its status.')
      if (status === review.status) return {}
      if (!workingStatusesFor(review).includes(status)) {
        throw refuse(
          review.type === 'training'
            ? 'A training exercise has no consensus: the trainee compares their scores with the trainer’s instead.'
            : 'A review with one reviewer has no consensus: add a second reviewer first.',
        )
      }
      return { status }
    })
  },

  /** The score at or below which items get an action; allowed on a final review, as the plan is agreed after the report. */
  async setActionPlanThreshold(id: string, threshold: number, now: Date = new Date()): Promise<Review> {
    const value = parseInput(ActionPlanThresholdSchema, threshold, 'action plan threshold')
    return change(id, now, () => ({ actionPlanThreshold: value }))
  },

  /**
   * Sets one key date (report due, action plan due, next review), or null to go back to the default. Allowed on a
   * final review, like the threshold, as these dates follow the visit; a date out of order is refused by the
   * review's schema with its message, and nothing is stored.
   */
  async setKeyDate(id: string, field: KeyDateField, date: string | null, now: Date = new Date()): Promise<Review> {
    return change(id, now, (review) => {
      const problem = keyDateProblem(field, date, review)
      if (problem) throw refuse(problem)
      return { [field]: date }
    })
  },

  /**
   * Records a follow-up of the action plan (who, when, what was found). Only for a final review, and refused with
   * a message when dated before the visit; it changes nothing else, so the final review stays final.
   */
  async addFollowUp(id: string, input: FollowUpInput, now: Date = new Date()): Promise<Review> {
    const followUp = parseInput(FollowUpSchema, { ...input, id: newId() }, 'follow-up')
    return change(id, now, (review) => {
      const problem = followUpProblem(followUp.date, review)
      if (problem) throw refuse(problem)
      return { followUps: [...review.followUps, followUp] }
    })
  },

  ...reviewRatingSteps,

  /** Throws StorageError 'not-found' when there is no such review. */
  async get(id: string): Promise<Review> {
    return read((db) => loadReview(db, id))
  },

  /** Null when there is no such review. */
  async find(id: string): Promise<Review | null> {
    return read(async (db) => {
      const row = await db.reviews.get(id)
      return row ? parseRow(ReviewSchema, row, 'review') : null
    })
  },

  async listForTeam(teamId: string): Promise<Review[]> {
    return read(async (db) => {
      const rows = await db.reviews.where('teamId').equals(teamId).toArray()
      return parseRows(ReviewSchema, rows, 'review').sort(newestFirst)
    })
  },
}

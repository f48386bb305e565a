import { afterEach, beforeEach } from 'vitest'
import { getDatabase, resetDatabaseForTests } from '../../src/storage/database'
import { draftJournal } from '../../src/storage/draft-journal'
import { teamsRepo } from '../../src/storage/teams-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { findScale } from '#domain/scale/catalogue'
import type { TeamInput } from '#domain/review/team'
import type { Review, ReviewInput } from '#domain/review/review'

/** Gives every test in the file its own empty database, deleted afterwards. */
export function useFreshDatabase() {
  beforeEach(() => {
    resetDatabaseForTests()
  })
  afterEach(async () => {
    // The journal's durable writes wait up to 100 ms; one left from this test must not land in the next one's database.
    draftJournal.discardPending()
    await getDatabase().delete()
  })
}

export const now = new Date('2026-03-02T09:30:00.000Z')
export const later = new Date('2026-03-03T14:00:00.000Z')

export function teamInput(overrides: Partial<TeamInput> = {}): TeamInput {
  return {
    name: 'Riverside Recovery Team',
    organisation: 'Riverside NHS Trust',
    serviceType: 'community-recovery',
    locality: 'Riverside',
    teamLeader: 'Team leader',
    specialistCount: 3,
    specialistFte: 2.6,
    notes: '',
    ...overrides,
  }
}

export function reviewInput(teamId: string, overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    teamId,
    type: 'independent',
    scaleId: 'ips-fidelity-uk',
    scaleVersion: '1.0.0',
    visitStart: '2026-03-02',
    visitEnd: '2026-03-03',
    reviewers: [
      { id: 'reviewer-a', name: 'Reviewer A' },
      { id: 'reviewer-b', name: 'Reviewer B' },
    ],
    ...overrides,
  }
}

/** A team with one review, for tests that store things against a review. */
export async function createTeamAndReview(overrides: Partial<ReviewInput> = {}) {
  const team = await teamsRepo.create(teamInput(), now)
  const review = await reviewsRepo.create(reviewInput(team.id, overrides), now)
  return { team, review }
}

export function quotaExceeded() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

/**
 * Makes a review final the way the app does, so a test of a final review starts from a state the app can
 * reach: each reviewer scores every item of the UK scale with a rationale and finishes, the pair agree a
 * score for every item where there are two, then the review is finalised.
 */
export async function finaliseReview(reviewId: string, at: Date = now): Promise<Review> {
  const scale = findScale('ips-uk', '1.0.0')!
  const itemIds = scale.items.map((item) => item.id)
  const { reviewers, ratingsFinishedBy, agreement: agreed } = await reviewsRepo.get(reviewId)
  // Steps the test has already taken (a reviewer finished, consensus started) are not taken again.
  for (const reviewer of reviewers.filter((r) => !ratingsFinishedBy.includes(r.id))) {
    for (const itemId of itemIds) {
      await ratingsRepo.saveRating(
        { reviewId, itemId, reviewerId: reviewer.id, score: 4, rationale: 'Seen on the visit' },
        at,
      )
    }
    await reviewsRepo.finishRating(reviewId, reviewer.id, itemIds, at)
  }
  if (reviewers.length > 1) {
    const n = itemIds.length
    const agreement = { itemsCompared: n, exactCount: n, exactPercent: 100, withinOneCount: n, withinOnePercent: 100 }
    if (!agreed) {
      await reviewsRepo.startConsensus(reviewId, { ...agreement, weightedKappa: 1, computedAt: at.toISOString() }, at)
    }
    for (const itemId of itemIds) {
      await ratingsRepo.saveConsensus({ reviewId, itemId, score: 4, rationale: 'Agreed on the visit' }, at)
    }
  }
  return reviewsRepo.finalise(reviewId, scale, at)
}

/** A quarter with no figure entered, to spread the figures a test needs over. */
export const noFigures = {
  caseload: null,
  inCompetitiveWork: null,
  outOfWorkAtEntry: null,
  startedWork: null,
  jobStarts: null,
}

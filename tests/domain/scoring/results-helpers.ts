import type { Consensus, Rating } from '#domain/review/rating'
import { ReviewSchema, type Review } from '#domain/review/review'
import { TeamSchema, type Team } from '#domain/review/team'
import type { ScaleFile } from '#domain/scale/schema'

const at = '2026-03-02T09:30:00.000Z'

/** Every item of the scale at `score`, then the overrides (by item number) applied. */
export function allScores(scale: ScaleFile, score: number, byNumber: Record<number, number | null> = {}) {
  const scores: Record<string, number | null> = {}
  for (const item of scale.items) scores[item.id] = item.number in byNumber ? (byNumber[item.number] ?? null) : score
  return scores
}

/** Item scores adding up to `total` (25-125): fill items with 5 from item 1 on, then the remainder. */
export function scoresWithTotal(scale: ScaleFile, total: number) {
  const scores: Record<string, number> = {}
  let extra = total - scale.items.length
  for (const item of scale.items) {
    const add = Math.min(4, Math.max(0, extra))
    scores[item.id] = 1 + add
    extra -= add
  }
  return scores
}

export function rating(
  itemId: string,
  reviewerId: string,
  score: number | null,
  rationale = 'Seen in records',
): Rating {
  return { reviewId: 'review-1', itemId, reviewerId, score, rationale, updatedAt: at }
}

export function consensus(itemId: string, score: number | null, rationale = 'Agreed after discussion'): Consensus {
  return { reviewId: 'review-1', itemId, score, rationale, updatedAt: at }
}

/** A valid review, parsed so that fields added to the schema later get their defaults. */
export function review(overrides: Partial<Review> = {}): Review {
  return ReviewSchema.parse({
    id: 'review-1',
    teamId: 'team-1',
    type: 'independent',
    scaleId: 'ips-uk',
    scaleVersion: '1.0.0',
    visitStart: '2026-03-02',
    visitEnd: '2026-03-03',
    reviewers: [{ id: 'reviewer-a', name: 'Reviewer A' }],
    status: 'final',
    planningChecklist: [],
    createdAt: at,
    updatedAt: at,
    finalisedAt: at,
    reopenings: [],
    ...overrides,
  })
}

/** A valid team, parsed like a stored one. */
export function team(overrides: Partial<Team> = {}): Team {
  return TeamSchema.parse({
    id: 'team-1',
    name: 'Northgate CRT',
    organisation: 'Northgate NHS Trust',
    serviceType: 'community-recovery',
    locality: '',
    teamLeader: '',
    specialistCount: 3,
    specialistFte: 2.6,
    notes: '',
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  })
}

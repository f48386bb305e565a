import { describe, expect, it, vi } from 'vitest'
import { reviewsRepo, type ReviewPatch } from '../../src/storage/reviews-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { getDatabase } from '../../src/storage/database'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { visitRepo } from '../../src/storage/visit-repo'
import { reviewRules } from '#domain/scoring/review-rules'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { evidenceRepo } from '../../src/storage/evidence-repo'
import { rawScale } from '../domain/scale/helpers'
import {
  createTeamAndReview,
  finaliseReview,
  later,
  now,
  quotaExceeded,
  reviewInput,
  teamInput,
  useFreshDatabase,
} from './fresh-database'

useFreshDatabase()

const ukScale = rawScale('ips-uk')

async function team() {
  return teamsRepo.create(teamInput(), now)
}

describe('reviewsRepo', () => {
  it('starts a review in planning with nothing ticked and no sessions unless a plan is given', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    expect(review).toMatchObject({ status: 'planning', finalisedAt: null, reopenings: [], scaleVersion: '1.0.0' })
    expect(review).toMatchObject({ ratingsFinishedBy: [], agreement: null, checklistDone: [] })
    expect(await reviewsRepo.get(review.id)).toEqual(review)
    expect(await visitRepo.listSessions(review.id)).toEqual([])
  })

  it('stores the plan it is given with the review, in order, in one step', async () => {
    const { id: teamId } = await team()
    const plan = defaultVisitPlan(ukScale, { visitStart: '2026-03-02', visitEnd: '2026-03-03' }, 3)
    const review = await reviewsRepo.create(reviewInput(teamId), now, plan)
    const sessions = await visitRepo.listSessions(review.id)
    expect(sessions.map((s) => [s.date, s.start, s.kind, s.role])).toEqual(
      plan.map((s) => [s.date, s.start, s.kind, s.role]),
    )
    expect(sessions.map((s) => s.position)).toEqual(plan.map((_, i) => i))
    // A plan the rules refuse stores neither it nor the review.
    const before = await reviewsRepo.listForTeam(teamId)
    const broken = [{ ...plan[0]!, end: '09:00' }]
    await expect(reviewsRepo.create(reviewInput(teamId), now, broken)).rejects.toMatchObject({ code: 'invalid' })
    expect(await reviewsRepo.listForTeam(teamId)).toEqual(before)
  })

  it('refuses a review for a team that does not exist', async () => {
    await expect(reviewsRepo.create(reviewInput('no-such-team'), now)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses a visit that ends before it starts', async () => {
    const { id: teamId } = await team()
    const failure = reviewsRepo.create(reviewInput(teamId, { visitStart: '2026-03-05', visitEnd: '2026-03-04' }), now)
    await expect(failure).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/cannot be before/) })
  })

  it('lists a team’s reviews newest first and no other team’s', async () => {
    const { id: teamId } = await team()
    const other = await team()
    const old = await reviewsRepo.create(reviewInput(teamId, { visitStart: '2025-01-10', visitEnd: '2025-01-11' }), now)
    const recent = await reviewsRepo.create(
      reviewInput(teamId, { visitStart: '2026-02-01', visitEnd: '2026-02-02' }),
      now,
    )
    await reviewsRepo.create(reviewInput(other.id), now)
    expect((await reviewsRepo.listForTeam(teamId)).map((r) => r.id)).toEqual([recent.id, old.id])
  })

  it('updates the dates but keeps the pinned scale version', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    const sneaky = { visitEnd: '2026-03-04', scaleVersion: '9.9.9' } as ReviewPatch
    const updated = await reviewsRepo.update(review.id, sneaky, later)
    expect(updated).toMatchObject({ visitEnd: '2026-03-04', scaleVersion: '1.0.0', updatedAt: later.toISOString() })
  })

  it('refuses the consensus stage for a one-reviewer review and a training exercise', async () => {
    const { id: teamId } = await team()
    const alone = await reviewsRepo.create(
      reviewInput(teamId, { type: 'self-assessment', reviewers: [{ id: 'a', name: 'Team leader' }] }),
      now,
    )
    await expect(reviewsRepo.setStatus(alone.id, 'consensus', later)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('one reviewer has no consensus'),
    })
    const training = await reviewsRepo.create(reviewInput(teamId, { type: 'training' }), now)
    await expect(reviewsRepo.setStatus(training.id, 'consensus', later)).rejects.toMatchObject({
      message: expect.stringContaining('training exercise has no consensus'),
    })
    expect(await reviewsRepo.get(training.id)).toMatchObject({ status: 'planning' })
  })

  it('moves between working statuses, but never into or out of final: that is finalising and reopening', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    expect(await reviewsRepo.setStatus(review.id, 'scoring', later)).toMatchObject({ status: 'scoring' })
    await expect(reviewsRepo.setStatus(review.id, 'final', later)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('only by finalising'),
    })
    expect(await reviewsRepo.get(review.id)).toMatchObject({ status: 'scoring', finalisedAt: null })

    const final = await finaliseReview(review.id, later)
    expect(final).toMatchObject({ status: 'final', finalisedAt: later.toISOString() })
    await expect(reviewsRepo.setStatus(review.id, 'consensus', later)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('Reopen it'),
    })
    expect(await reviewsRepo.get(review.id)).toMatchObject({ status: 'final', reopenings: [] })
  })

  it('refuses an edit that would break a review rule, such as removing a reviewer who has ratings', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    await ratingsRepo.saveRating({
      reviewId: review.id,
      itemId: 'caseload-size',
      reviewerId: 'reviewer-b',
      score: 3,
      rationale: '',
    })
    await expect(
      reviewsRepo.update(review.id, { reviewers: [{ id: 'reviewer-a', name: 'Reviewer A' }] }, later),
    ).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining(reviewRules['ratings-by-reviewers']) })
    expect((await reviewsRepo.get(review.id)).reviewers).toHaveLength(2)
    // Renaming a reviewer keeps their id, so their ratings stay theirs.
    const renamed = [review.reviewers[0]!, { id: 'reviewer-b', name: 'Reviewer Bee' }]
    expect(await reviewsRepo.update(review.id, { reviewers: renamed }, later)).toMatchObject({ reviewers: renamed })
  })

  it('reports a missing review as not-found', async () => {
    await expect(reviewsRepo.get('nope')).rejects.toMatchObject({ code: 'not-found' })
    await expect(reviewsRepo.setStatus('nope', 'scoring')).rejects.toMatchObject({ code: 'not-found' })
    expect(await reviewsRepo.find('nope')).toBeNull()
  })

  it('maps a full device to quota-exceeded', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    vi.spyOn(getDatabase().reviews, 'put').mockRejectedValue(quotaExceeded())
    await expect(reviewsRepo.setStatus(review.id, 'scoring', later)).rejects.toMatchObject({ code: 'quota-exceeded' })
    expect((await reviewsRepo.get(review.id)).status).toBe('planning')
  })
})

describe('reviewsRepo: from rating to a final review', () => {
  const scale = rawScale('ips-uk')
  const itemIds = scale.items.map((item) => item.id)
  const agreement = {
    itemsCompared: 25,
    exactCount: 20,
    exactPercent: 80,
    withinOneCount: 25,
    withinOnePercent: 100,
    weightedKappa: 0.71,
    computedAt: later.toISOString(),
  }

  async function rateAll(reviewId: string, reviewerId: string, score = 4) {
    for (const itemId of itemIds) {
      await ratingsRepo.saveRating({ reviewId, itemId, reviewerId, score, rationale: 'Seen' }, now)
    }
  }

  async function startedPair() {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    await rateAll(review.id, 'reviewer-a')
    await rateAll(review.id, 'reviewer-b', 3)
    await reviewsRepo.finishRating(review.id, 'reviewer-a', itemIds, now)
    await reviewsRepo.finishRating(review.id, 'reviewer-b', itemIds, now)
    return reviewsRepo.startConsensus(review.id, agreement, later)
  }

  it('lets a reviewer finish only when every item has their score, then locks their ratings', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    await ratingsRepo.saveRating({
      reviewId: review.id,
      itemId: itemIds[0]!,
      reviewerId: 'reviewer-a',
      score: 4,
      rationale: '',
    })
    await expect(reviewsRepo.finishRating(review.id, 'reviewer-a', itemIds, now)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/24 of 25 still to rate/),
    })
    await rateAll(review.id, 'reviewer-a')
    const finished = await reviewsRepo.finishRating(review.id, 'reviewer-a', itemIds, later)
    expect(finished.ratingsFinishedBy).toEqual(['reviewer-a'])
    const change = { reviewId: review.id, itemId: itemIds[0]!, reviewerId: 'reviewer-a', score: 2, rationale: '' }
    await expect(ratingsRepo.saveRating(change)).rejects.toMatchObject({ code: 'invalid' })
    // The other reviewer is not locked by it.
    await ratingsRepo.saveRating({ ...change, reviewerId: 'reviewer-b' })
    expect((await reviewsRepo.reopenRatings(review.id, 'reviewer-a', later)).ratingsFinishedBy).toEqual([])
    expect((await ratingsRepo.saveRating(change)).score).toBe(2)
  })

  it('starts consensus only when both have finished, keeps the agreement, and then refuses to reopen ratings', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    await rateAll(review.id, 'reviewer-a')
    await reviewsRepo.finishRating(review.id, 'reviewer-a', itemIds, now)
    await expect(reviewsRepo.startConsensus(review.id, agreement, later)).rejects.toMatchObject({ code: 'invalid' })

    const started = await startedPair()
    expect(started).toMatchObject({ status: 'consensus', agreement })
    expect((await reviewsRepo.get(started.id)).agreement).toEqual(agreement)
    await expect(reviewsRepo.reopenRatings(started.id, 'reviewer-a', later)).rejects.toMatchObject({ code: 'invalid' })
  })

  it('refuses to finalise while items lack a consensus score or rationale, listing them, then finalises', async () => {
    const review = await startedPair()
    for (const itemId of itemIds.slice(1)) {
      await ratingsRepo.saveConsensus({ reviewId: review.id, itemId, score: 4, rationale: 'Agreed' }, now)
    }
    await expect(reviewsRepo.finalise(review.id, scale, later)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/Item 1 has no consensus score yet/),
    })
    await ratingsRepo.saveConsensus({ reviewId: review.id, itemId: itemIds[0]!, score: 3, rationale: ' ' }, now)
    await expect(reviewsRepo.finalise(review.id, scale, later)).rejects.toMatchObject({
      message: expect.stringMatching(/Item 1 has a consensus score but no consensus rationale/),
    })
    await ratingsRepo.saveConsensus({ reviewId: review.id, itemId: itemIds[0]!, score: 3, rationale: 'Agreed' }, now)
    const final = await reviewsRepo.finalise(review.id, scale, later)
    expect(final).toMatchObject({ status: 'final', finalisedAt: later.toISOString() })
    const consensus = { reviewId: review.id, itemId: itemIds[0]!, score: 5, rationale: 'Changed' }
    await expect(ratingsRepo.saveConsensus(consensus)).rejects.toMatchObject({ code: 'invalid' })
  })

  it('reopens a final review only with a name and a reason, recording when and by whom', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId, { reviewers: [{ id: 'solo', name: 'Sol' }] }), now)
    await finaliseReview(review.id, now)
    await expect(reviewsRepo.reopen(review.id, ' ', 'Typo', later)).rejects.toMatchObject({ code: 'invalid' })
    await expect(reviewsRepo.reopen(review.id, 'Sol', '', later)).rejects.toMatchObject({ code: 'invalid' })
    const reopened = await reviewsRepo.reopen(review.id, ' Sol ', 'A score was mistyped', later)
    expect(reopened).toMatchObject({ status: 'scoring', finalisedAt: null })
    expect(reopened.reopenings).toEqual([
      { reopenedAt: later.toISOString(), by: 'Sol', reason: 'A score was mistyped' },
    ])
  })
})

describe('reviewsRepo.setChecklistEntry', () => {
  it('keeps both changes when two tabs tick different steps at the same moment, and unticks', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const review = await reviewsRepo.create(reviewInput(team.id), now)
    await Promise.all([
      reviewsRepo.setChecklistEntry(review.id, 'data-request-sent', true, later),
      reviewsRepo.setChecklistEntry(review.id, 'gather-caseload-list', true, later),
    ])
    expect((await reviewsRepo.get(review.id)).checklistDone.sort()).toEqual([
      'data-request-sent',
      'gather-caseload-list',
    ])
    await reviewsRepo.setChecklistEntry(review.id, 'data-request-sent', false, later)
    expect((await reviewsRepo.get(review.id)).checklistDone).toEqual(['gather-caseload-list'])
  })

  it('refuses a step name no checklist could have, changing nothing', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const review = await reviewsRepo.create(reviewInput(team.id), now)
    await expect(reviewsRepo.setChecklistEntry(review.id, 'x'.repeat(101), true)).rejects.toMatchObject({
      code: 'invalid',
    })
    expect(await reviewsRepo.get(review.id)).toEqual(review)
  })
})

describe('the review stage follows the work', () => {
  it('moves to collecting evidence, scoring and consensus as the work happens, and never back', async () => {
    const { review } = await createTeamAndReview()
    expect(review.status).toBe('planning')
    await evidenceRepo.addEntry(
      { reviewId: review.id, itemId: 'caseload-size', source: 'interview', note: 'Asked' },
      now,
    )
    expect((await reviewsRepo.get(review.id)).status).toBe('collecting-evidence')

    const itemIds = rawScale('ips-uk').items.map((item) => item.id)
    await ratingsRepo.saveRating({
      reviewId: review.id,
      itemId: itemIds[0]!,
      reviewerId: 'reviewer-a',
      score: 3,
      rationale: '',
    })
    expect((await reviewsRepo.get(review.id)).status).toBe('scoring')
    await evidenceRepo.addEntry({ reviewId: review.id, itemId: 'caseload-size', source: 'document', note: 'Read' }, now)
    expect((await reviewsRepo.get(review.id)).status).toBe('scoring')

    for (const reviewerId of ['reviewer-a', 'reviewer-b']) {
      for (const itemId of itemIds) {
        await ratingsRepo.saveRating({ reviewId: review.id, itemId, reviewerId, score: 4, rationale: '' })
      }
      await reviewsRepo.finishRating(review.id, reviewerId, itemIds, now)
      expect((await reviewsRepo.get(review.id)).status).toBe(reviewerId === 'reviewer-a' ? 'scoring' : 'consensus')
    }
  })

  it('keeps a stage set by hand further on', async () => {
    const { review } = await createTeamAndReview()
    await reviewsRepo.setStatus(review.id, 'scoring', now)
    await evidenceRepo.addEntry(
      { reviewId: review.id, itemId: 'caseload-size', source: 'interview', note: 'Asked' },
      now,
    )
    expect((await reviewsRepo.get(review.id)).status).toBe('scoring')
  })
})

describe('reviewsRepo.setKeyDate', () => {
  it('stores a key date, goes back to the default with null, and refuses one out of order storing nothing', async () => {
    const { review } = await createTeamAndReview()
    const edited = await reviewsRepo.setKeyDate(review.id, 'nextReviewDate', '2027-06-01', later)
    expect(edited.nextReviewDate).toBe('2027-06-01')
    await expect(reviewsRepo.setKeyDate(review.id, 'reportDueDate', '2000-01-01', later)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/The report is due before the first day of the visit/) as string,
    })
    expect(await reviewsRepo.get(review.id)).toMatchObject({ nextReviewDate: '2027-06-01', reportDueDate: null })
    expect((await reviewsRepo.setKeyDate(review.id, 'nextReviewDate', null, later)).nextReviewDate).toBeNull()
  })

  it('refuses moving the visit past a next review set before it, with the next review’s message', async () => {
    const { review } = await createTeamAndReview()
    await reviewsRepo.setKeyDate(review.id, 'nextReviewDate', review.visitEnd, later)
    await expect(reviewsRepo.update(review.id, { visitEnd: '2099-01-01' }, later)).rejects.toMatchObject({
      code: 'invalid',
    })
    expect((await reviewsRepo.get(review.id)).visitEnd).toBe(review.visitEnd)
  })
})

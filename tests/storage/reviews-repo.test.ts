import { describe, expect, it, vi } from 'vitest'
import { reviewsRepo, type ReviewPatch } from '../../src/storage/reviews-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { getDatabase } from '../../src/storage/database'
import { planningTaskKinds } from '../../src/domain/review'
import { later, now, quotaExceeded, reviewInput, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()

async function team() {
  return teamsRepo.create(teamInput(), now)
}

describe('reviewsRepo', () => {
  it('starts a review in planning with the whole planning checklist not done', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    expect(review).toMatchObject({ status: 'planning', finalisedAt: null, reopenings: [], scaleVersion: '1.0.0' })
    expect(review.planningChecklist.map((task) => task.kind)).toEqual([...planningTaskKinds])
    expect(review.planningChecklist.every((task) => !task.done && task.date === null)).toBe(true)
    expect(await reviewsRepo.get(review.id)).toEqual(review)
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

  it('updates the checklist and dates but keeps the pinned scale version', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    const checklist = review.planningChecklist.map((task, i) =>
      i === 0 ? { ...task, done: true, date: '2026-02-01' } : task,
    )
    const sneaky = { planningChecklist: checklist, visitEnd: '2026-03-04', scaleVersion: '9.9.9' } as ReviewPatch
    const updated = await reviewsRepo.update(review.id, sneaky, later)
    expect(updated.planningChecklist[0]).toMatchObject({ done: true, date: '2026-02-01' })
    expect(updated).toMatchObject({ visitEnd: '2026-03-04', scaleVersion: '1.0.0', updatedAt: later.toISOString() })
  })

  it('stamps finalisedAt when final and records a reopening when moved back', async () => {
    const { id: teamId } = await team()
    const review = await reviewsRepo.create(reviewInput(teamId), now)
    const final = await reviewsRepo.setStatus(review.id, 'final', now)
    expect(final).toMatchObject({ status: 'final', finalisedAt: now.toISOString() })
    const reopened = await reviewsRepo.setStatus(review.id, 'consensus', later, 'New evidence arrived')
    expect(reopened).toMatchObject({ status: 'consensus', finalisedAt: null })
    expect(reopened.reopenings).toEqual([{ reopenedAt: later.toISOString(), reason: 'New evidence arrived' }])
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

import { describe, expect, it } from 'vitest'
import { actionPlanRepo } from '../../src/storage/action-plan-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { finaliseReview, createTeamAndReview, later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('action plan entries', () => {
  it('creates entries per item, updates only the fields given, and removes them', async () => {
    const { review } = await createTeamAndReview()
    const first = await actionPlanRepo.create(review.id, 'zero-exclusion', { targetDate: '2026-04-14' }, now)
    const second = await actionPlanRepo.create(review.id, 'zero-exclusion', {}, later)
    const other = await actionPlanRepo.create(review.id, 'caseload-size', {}, now)
    expect(first).toMatchObject({ recommendation: '', action: '', owner: '', targetDate: '2026-04-14' })

    const edited = await actionPlanRepo.update(first.id, { recommendation: 'Accept every referral' }, later)
    expect(edited).toMatchObject({ recommendation: 'Accept every referral', targetDate: '2026-04-14' })
    expect(edited.updatedAt).toBe(later.toISOString())
    await actionPlanRepo.update(first.id, { owner: 'Team leader', targetDate: null }, later)
    expect(await actionPlanRepo.get(first.id)).toMatchObject({
      recommendation: 'Accept every referral',
      owner: 'Team leader',
      targetDate: null,
    })

    expect((await actionPlanRepo.listForItem(review.id, 'zero-exclusion')).map((e) => e.id)).toEqual([
      first.id,
      second.id,
    ])
    expect(await actionPlanRepo.listForReview(review.id)).toHaveLength(3)

    await actionPlanRepo.remove(other.id)
    await actionPlanRepo.remove(other.id) // already gone: not an error
    expect((await actionPlanRepo.listForReview(review.id)).map((e) => e.itemId)).toEqual([
      'zero-exclusion',
      'zero-exclusion',
    ])
  })

  it('keeps each review’s plan apart', async () => {
    const { review } = await createTeamAndReview()
    const { review: another } = await createTeamAndReview()
    await actionPlanRepo.create(review.id, 'caseload-size', {}, now)
    expect(await actionPlanRepo.listForReview(another.id)).toEqual([])
  })

  it('refuses an entry for a review that is not on the device, and a bad date', async () => {
    await expect(actionPlanRepo.create('no-such-review', 'caseload-size')).rejects.toMatchObject({ code: 'not-found' })
    const { review } = await createTeamAndReview()
    const entry = await actionPlanRepo.create(review.id, 'caseload-size', {}, now)
    await expect(actionPlanRepo.update(entry.id, { targetDate: '14/04/2026' })).rejects.toMatchObject({
      code: 'invalid',
    })
    await expect(actionPlanRepo.update('gone', { owner: 'x' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('stays editable once the review is final, because the team agrees its actions after the report', async () => {
    const { review } = await createTeamAndReview()
    const entry = await actionPlanRepo.create(review.id, 'caseload-size', {}, now)
    await finaliseReview(review.id, now)
    await expect(actionPlanRepo.update(entry.id, { action: 'Recruit' }, later)).resolves.toMatchObject({
      action: 'Recruit',
    })
  })
})

describe('the action plan threshold', () => {
  it('is 3 for a new review and can be set from 1 to 5', async () => {
    const { review } = await createTeamAndReview()
    expect(review.actionPlanThreshold).toBe(3)
    expect((await reviewsRepo.setActionPlanThreshold(review.id, 2, later)).actionPlanThreshold).toBe(2)
    expect((await reviewsRepo.get(review.id)).actionPlanThreshold).toBe(2)
  })

  it.each([0, 6, 2.5])('refuses %s', async (threshold) => {
    const { review } = await createTeamAndReview()
    await expect(reviewsRepo.setActionPlanThreshold(review.id, threshold)).rejects.toMatchObject({ code: 'invalid' })
    expect((await reviewsRepo.get(review.id)).actionPlanThreshold).toBe(3)
  })
})

import { describe, expect, it } from 'vitest'
import { actionPlanRepo } from '../../src/storage/action-plan-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { finaliseReview, createTeamAndReview, later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('status updates of an action', () => {
  it('adds dated updates to the history, on a final review too, and refuses one dated before the visit', async () => {
    const { review } = await createTeamAndReview()
    const entry = await actionPlanRepo.create(review.id, 'caseload-size', {}, now)
    expect(entry).toMatchObject({ statusUpdates: [], reviewPointMonths: 3 })
    await finaliseReview(review.id, now)

    await actionPlanRepo.addStatusUpdate(entry.id, { date: '2026-05-01', status: 'on-track', note: 'Booked' }, later)
    const updated = await actionPlanRepo.addStatusUpdate(
      entry.id,
      { date: '2026-06-01', status: 'done', note: 'Held', by: 'Team leader' },
      later,
    )
    expect(updated.statusUpdates).toEqual([
      { date: '2026-05-01', status: 'on-track', note: 'Booked', by: '' },
      { date: '2026-06-01', status: 'done', note: 'Held', by: 'Team leader' },
    ])

    await expect(
      actionPlanRepo.addStatusUpdate(entry.id, { date: '2026-03-01', status: 'done', note: '' }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: 'The update is dated before the visit: choose a date on or after the visit',
    })
    await expect(
      actionPlanRepo.addStatusUpdate(entry.id, { date: '2026-06-02', status: 'done', note: 'x'.repeat(2001) }),
    ).rejects.toMatchObject({ code: 'invalid' })
    expect((await actionPlanRepo.get(entry.id)).statusUpdates).toHaveLength(2)
  })

  it('changes the review point to 6 months and back', async () => {
    const { review } = await createTeamAndReview()
    const entry = await actionPlanRepo.create(review.id, 'caseload-size', {}, now)
    expect((await actionPlanRepo.update(entry.id, { reviewPointMonths: 6 })).reviewPointMonths).toBe(6)
    await expect(actionPlanRepo.update(entry.id, { reviewPointMonths: 4 as 3 })).rejects.toMatchObject({
      code: 'invalid',
    })
  })

  it('lists the plans of several reviews together, review by review', async () => {
    const { review } = await createTeamAndReview()
    const { review: another } = await createTeamAndReview()
    const a = await actionPlanRepo.create(review.id, 'caseload-size', {}, now)
    const b = await actionPlanRepo.create(another.id, 'caseload-size', {}, now)
    expect((await actionPlanRepo.listForReviews([another.id, review.id])).map((e) => e.id)).toEqual([b.id, a.id])
    expect(await actionPlanRepo.listForReviews([])).toEqual([])
  })
})

describe('follow-ups of a review', () => {
  it('records a dated follow-up on a final review, which stays final', async () => {
    const { review } = await createTeamAndReview()
    await expect(reviewsRepo.addFollowUp(review.id, { date: '2026-06-01', by: 'Sam', note: '' })).rejects.toMatchObject(
      { code: 'invalid', message: 'Finalise the review first: a follow-up checks the agreed action plan.' },
    )
    await finaliseReview(review.id, now)
    const saved = await reviewsRepo.addFollowUp(
      review.id,
      { date: '2026-06-01', by: ' Sam ', note: 'Met the team' },
      later,
    )
    expect(saved.status).toBe('final')
    expect(saved.followUps).toEqual([{ id: expect.any(String), date: '2026-06-01', by: 'Sam', note: 'Met the team' }])
  })

  it('refuses a follow-up dated before the visit, or with nobody named, with a message', async () => {
    const { review } = await createTeamAndReview()
    await finaliseReview(review.id, now)
    await expect(reviewsRepo.addFollowUp(review.id, { date: '2026-03-01', by: 'Sam', note: '' })).rejects.toMatchObject(
      {
        code: 'invalid',
        message: 'The follow-up is dated before the visit: choose a date on or after the visit',
      },
    )
    await expect(reviewsRepo.addFollowUp(review.id, { date: '2026-06-01', by: ' ', note: '' })).rejects.toMatchObject({
      code: 'invalid',
    })
    expect((await reviewsRepo.get(review.id)).followUps).toEqual([])
  })
})

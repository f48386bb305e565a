import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { visitRepo } from '../../src/storage/visit-repo'
import { createTeamAndReview, finaliseReview, useFreshDatabase } from './fresh-database'

useFreshDatabase()
const uk = findScale('ips-uk', '1.0.0')!

describe('adding several sessions at once', () => {
  it('adds them after the existing ones in their order, or none when one is invalid', async () => {
    const { review } = await createTeamAndReview({ scaleId: 'ips-uk' })
    const plan = defaultVisitPlan(uk, review, 3)
    await visitRepo.addSession(review.id, plan[0]!)
    await visitRepo.addSessions(review.id, plan.slice(1))
    const sessions = await visitRepo.listSessions(review.id)
    expect(sessions.map((s) => s.position)).toEqual([...plan.keys()])
    expect(sessions.map((s) => `${s.date} ${s.start}`)).toEqual(plan.map((p) => `${p.date} ${p.start}`))

    await expect(visitRepo.addSessions(review.id, [plan[0]!, { ...plan[1]!, end: '08:00' }])).rejects.toMatchObject({
      code: 'invalid',
    })
    expect(await visitRepo.listSessions(review.id)).toHaveLength(plan.length)
  })

  it('refuses a final review', async () => {
    const { review } = await createTeamAndReview({ scaleId: 'ips-uk' })
    await finaliseReview(review.id)
    await expect(visitRepo.addSessions(review.id, defaultVisitPlan(uk, review, 3))).rejects.toThrow(/final/)
    expect(await visitRepo.listSessions(review.id)).toEqual([])
  })
})

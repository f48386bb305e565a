import { describe, expect, it } from 'vitest'
import { reportNarrativeRepo } from '../../src/storage/report-narrative-repo'
import { createTeamAndReview, finaliseReview, later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('the report narrative', () => {
  it('is created on its first edit and changes only the fields given, even once the review is final', async () => {
    const { review } = await createTeamAndReview()
    expect(await reportNarrativeRepo.getNarrative(review.id)).toBeNull()
    await reportNarrativeRepo.updateNarrative(review.id, { executiveSummary: 'In short' }, now)
    await finaliseReview(review.id)
    const next = await reportNarrativeRepo.updateNarrative(review.id, { topRecommendations: ['caseload-size'] }, later)
    expect(next).toEqual({
      reviewId: review.id,
      executiveSummary: 'In short',
      serviceContext: null,
      overallStrengths: '',
      topRecommendations: ['caseload-size'],
      updatedAt: later.toISOString(),
    })
  })

  it('refuses six top recommendations with a clear message, and keeps what was stored', async () => {
    const { review } = await createTeamAndReview()
    await reportNarrativeRepo.updateNarrative(review.id, { topRecommendations: ['a'] }, now)
    await expect(
      reportNarrativeRepo.updateNarrative(review.id, { topRecommendations: ['a', 'b', 'c', 'd', 'e', 'f'] }, later),
    ).rejects.toThrow(/Pick at most 5 top recommendations/)
    expect((await reportNarrativeRepo.getNarrative(review.id))?.topRecommendations).toEqual(['a'])
  })

  it('is refused for a review that is not on this device', async () => {
    await expect(reportNarrativeRepo.updateNarrative('gone', { executiveSummary: 'x' }, now)).rejects.toThrow(
      /not on this device/,
    )
    await expect(reportNarrativeRepo.updateFinding('gone', 'caseload-size', { text: 'x' }, now)).rejects.toThrow(
      /not on this device/,
    )
  })
})

describe('item findings', () => {
  it('keep one row per item: the chosen kind and the words, each changed on its own', async () => {
    const { review } = await createTeamAndReview()
    await reportNarrativeRepo.updateFinding(review.id, 'caseload-size', { text: 'Caseloads creep up' }, now)
    await reportNarrativeRepo.updateFinding(review.id, 'caseload-size', { kind: 'area-to-develop' }, later)
    await reportNarrativeRepo.updateFinding(review.id, 'zero-exclusion', { kind: 'strength' }, later)
    expect(await reportNarrativeRepo.listFindings(review.id)).toEqual([
      {
        reviewId: review.id,
        itemId: 'caseload-size',
        kind: 'area-to-develop',
        text: 'Caseloads creep up',
        updatedAt: later.toISOString(),
      },
      { reviewId: review.id, itemId: 'zero-exclusion', kind: 'strength', text: '', updatedAt: later.toISOString() },
    ])
    await reportNarrativeRepo.updateFinding(review.id, 'caseload-size', { kind: null }, later)
    expect((await reportNarrativeRepo.listFindings(review.id))[0]?.kind).toBeNull()
  })
})

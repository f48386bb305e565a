import { describe, expect, it } from 'vitest'
import { loadDemoTeam } from '../../src/storage/demo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { evidenceRepo } from '../../src/storage/evidence-repo'
import { findScale } from '#domain/scale/catalogue'
import { suggestAnchor } from '#domain/calculators/suggest'
import { demoEvidence, demoFinalReviews } from '../../src/storage/demo-content'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { computeResults, scoresForReview } from '#domain/scoring/results'
import { comparisonBasis, compareResults, describeBandChange } from '#domain/scoring/comparison'
import { later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('loadDemoTeam', () => {
  it('creates the fictional Northgate team', async () => {
    const id = await loadDemoTeam(now)
    expect(await teamsRepo.get(id)).toMatchObject({
      name: 'Northgate Community Recovery Team',
      serviceType: 'community-recovery',
      specialistCount: 3,
      specialistFte: 2.6,
      archivedAt: null,
      createdAt: now.toISOString(),
    })
  })

  it('does not create a duplicate, or undo edits, when loaded again', async () => {
    const id = await loadDemoTeam(now)
    await teamsRepo.update(id, { notes: 'Edited by me' }, now)
    expect(await loadDemoTeam(later)).toBe(id)
    const teams = await teamsRepo.list({ includeArchived: true })
    expect(teams).toHaveLength(1)
    expect(teams[0]?.notes).toBe('Edited by me')
  })
})

describe('the demo review in progress', () => {
  it('has evidence for several items of the UK scale, calculator values and anonymous record rows', async () => {
    const teamId = await loadDemoTeam(now)
    const [review] = await reviewsRepo.listForTeam(teamId)
    expect(review).toMatchObject({ status: 'collecting-evidence', scaleId: 'ips-uk', scaleVersion: '1.0.0' })
    const uk = findScale('ips-uk', '1.0.0')!
    const entries = await evidenceRepo.listEntriesForReview(review!.id)
    const items = new Set(entries.map((entry) => entry.itemId))
    expect(items.size).toBeGreaterThanOrEqual(5)
    for (const itemId of items) expect(uk.items.some((item) => item.id === itemId)).toBe(true)

    const caseload = await evidenceRepo.getCalculatorInputs(review!.id, 'caseload-size')
    const suggestion = suggestAnchor(
      uk.items.find((item) => item.id === 'caseload-size')!,
      caseload!.values,
    )
    expect(suggestion).toMatchObject({ status: 'suggested', anchor: 4 })

    const rows = await evidenceRepo.listRecordReviewRows(review!.id)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => /^R-\d+$/.test(row.anonymousId))).toBe(true)
  })

  it('is not duplicated when the demo is loaded again', async () => {
    const teamId = await loadDemoTeam(now)
    await loadDemoTeam(later)
    const reviews = await reviewsRepo.listForTeam(teamId)
    expect(reviews).toHaveLength(1 + demoFinalReviews.length)
    expect(await evidenceRepo.listEntriesForReview(reviews[0]!.id)).toHaveLength(demoEvidence.length)
  })
})

describe('the demo team history', () => {
  async function resultsOf(reviewId: string) {
    const review = await reviewsRepo.get(reviewId)
    const scores = scoresForReview(
      review,
      await ratingsRepo.listRatings(reviewId),
      await ratingsRepo.listConsensus(reviewId),
    )
    return computeResults(findScale('ips-uk', '1.0.0')!, scores)
  }

  it('moves from Good to Exemplary between its last two independent reviews, with a self-assessment between', async () => {
    const teamId = await loadDemoTeam(now)
    const reviews = await reviewsRepo.listForTeam(teamId)
    const finals = reviews.filter((review) => review.status === 'final')
    expect(finals.map((review) => review.type)).toEqual(['independent', 'self-assessment', 'independent'])
    const latest = await resultsOf(finals[0]!.id)
    expect(latest.band?.label).toMatch(/Exemplary/)
    // Like for like: the latest independent review is compared with the one before, not the self-assessment between.
    const basis = comparisonBasis(reviews, finals[0]!)
    expect(basis.previous?.id).toBe(finals[2]!.id)
    expect(basis.alongside.map((review) => review.id)).toEqual([finals[1]!.id])
    const oldest = await resultsOf(finals[2]!.id)
    expect(oldest.band?.label).toMatch(/Good/)
    const comparison = compareResults(latest, oldest)
    expect(describeBandChange(comparison.bandChange)).toMatch(/from Good.* to Exemplary/)
    expect([oldest.total, latest.total, comparison.totalChange]).toEqual([104, 119, 15])
    expect((await resultsOf(finals[1]!.id)).total).toBe(110)
  })

  it('keeps both reviewers’ ratings and the agreement figures with each independent review', async () => {
    const teamId = await loadDemoTeam(now)
    const independent = (await reviewsRepo.listForTeam(teamId)).filter(
      (r) => r.status === 'final' && r.type === 'independent',
    )
    for (const review of independent) {
      const ratings = await ratingsRepo.listRatings(review.id)
      expect(new Set(ratings.map((rating) => rating.reviewerId)).size).toBe(2)
      expect(review.agreement?.itemsCompared).toBe(25)
      expect(review.agreement?.exactPercent).toBeLessThan(100)
    }
  })
})

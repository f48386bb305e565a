import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkExchangeFile } from '#domain/exchange/check'
import { reviewExchangeFile, serialiseExchangeFile, utf8ByteLength } from '#domain/exchange/export'
import { planImport, resolveImport } from '#domain/import/plan'
import { findScale } from '#domain/scale/catalogue'
import type { Review } from '#domain/review/review'
import { figuresOf } from '#domain/scoring/final-scores'
import { getDatabase } from '../../src/storage/database'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { networkRepo } from '../../src/storage/network-repo'
import { backfillFinalScores } from '../../src/storage/final-scores-backfill'
import { loadDemoTeam } from '../../src/storage/demo'
import { resultsState } from '../../src/features/results/use-review-results'
import { later, now, reviewInput, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()
beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

const scale = findScale('ips-uk', '1.0.0')!
const itemIds = scale.items.map((item) => item.id)
const uk = { scaleId: 'ips-uk', scaleVersion: '1.0.0' }

/** Finalises a two-reviewer review whose agreed scores vary by item (5, 4, 3, 2, 1, 5, ...), as the app does. */
async function finaliseWithVariedScores(review: Review) {
  for (const reviewer of review.reviewers) {
    for (const [i, itemId] of itemIds.entries()) {
      await ratingsRepo.saveRating(
        { reviewId: review.id, itemId, reviewerId: reviewer.id, score: 5 - (i % 5), rationale: 'Seen' },
        now,
      )
    }
    await reviewsRepo.finishRating(review.id, reviewer.id, itemIds, now)
  }
  const n = itemIds.length
  await reviewsRepo.startConsensus(
    review.id,
    {
      itemsCompared: n,
      exactCount: n,
      exactPercent: 100,
      withinOneCount: n,
      withinOnePercent: 100,
      weightedKappa: 1,
      computedAt: now.toISOString(),
    },
    now,
  )
  for (const [i, itemId] of itemIds.entries()) {
    // The agreed score differs from both reviewers' on the first item: only the consensus counts.
    const score = i === 0 ? 2 : 5 - (i % 5)
    await ratingsRepo.saveConsensus({ reviewId: review.id, itemId, score, rationale: 'Agreed' }, now)
  }
  return reviewsRepo.finalise(review.id, scale, later)
}

/** What the results page shows for the review, from its ratings and consensus. */
async function resultsPageFigures(review: Review) {
  const state = resultsState(
    review,
    findScale(review.scaleId, review.scaleVersion),
    await ratingsRepo.listRatings(review.id),
    await ratingsRepo.listConsensus(review.id),
  )
  if (state.status !== 'ready') throw new Error(state.status)
  const { complete, total, band, scores } = state.results
  return { complete, total, band, scores: scores.map(({ item, score }) => ({ item: { id: item.id }, score })) }
}

async function finalisedReview() {
  const team = await teamsRepo.create(teamInput(), now)
  const review = await reviewsRepo.create(reviewInput(team.id, uk), now)
  return finaliseWithVariedScores(review)
}

describe('the results snapshot of a final review', () => {
  it('is taken when the review is finalised, with the total, band and scores its results page shows', async () => {
    const final = await finalisedReview()
    const snapshot = await getDatabase().finalScores.get(final.id)
    expect(snapshot).toMatchObject({ reviewId: final.id, teamId: final.teamId, finalisedAt: final.finalisedAt })
    const shown = await resultsPageFigures(final)
    // 5 rounds of 5+4+3+2+1, with the first item agreed at 2 instead of 5.
    expect(shown.total).toBe(72)
    expect(figuresOf(snapshot!)).toEqual(shown)

    const loaded = await networkRepo.load()
    expect(loaded.finalScores.map((s) => s.reviewId)).toEqual([final.id])
    expect(loaded.missingFinalScores).toEqual([])
  })

  it('no longer counts once the review is reopened', async () => {
    const final = await finalisedReview()
    await reviewsRepo.reopen(final.id, 'Reviewer A', 'A score was wrong', later)
    const loaded = await networkRepo.load()
    expect(loaded.finalScores).toEqual([])
    expect(loaded.missingFinalScores).toEqual([])
  })

  it('is taken for a final review brought in from a file, on a device that never saw it', async () => {
    const final = await finalisedReview()
    const text = serialiseExchangeFile(
      reviewExchangeFile(await exchangeRepo.readReview(final.id), final.id, {
        appVersion: 'test',
        now: later,
        purpose: 'export',
      }),
    )
    const shown = await resultsPageFigures(final)
    await exchangeRepo.eraseEverything()
    expect(await getDatabase().finalScores.count()).toBe(0)

    const check = checkExchangeFile(text, utf8ByteLength(text))
    if (!check.ok) throw new Error(check.reason)
    const existing = await exchangeRepo.readExisting(check.file)
    const plan = planImport(check.file, existing, (id, version) => findScale(id, version) !== undefined)
    await exchangeRepo.applyImport(resolveImport(plan, {}), existing)

    const snapshot = await getDatabase().finalScores.get(final.id)
    expect(figuresOf(snapshot!)).toEqual(shown)
    expect((await networkRepo.load()).missingFinalScores).toEqual([])
  })

  it('is filled in for final reviews that have none, with the same figures as their results pages', async () => {
    await loadDemoTeam(now)
    const before = await networkRepo.load()
    const finals = before.reviews.filter((r) => r.status === 'final' && r.type !== 'training')
    expect(finals.length).toBeGreaterThan(1)
    expect(before.missingFinalScores.map((m) => m.reviewId).sort()).toEqual(finals.map((r) => r.id).sort())

    await backfillFinalScores(before.missingFinalScores.map((m) => m.reviewId))
    const after = await networkRepo.load()
    expect(after.missingFinalScores).toEqual([])
    for (const review of finals) {
      const snapshot = after.finalScores.find((s) => s.reviewId === review.id)
      expect(figuresOf(snapshot!)).toEqual(await resultsPageFigures(review))
    }
  })

  it('is not taken where the review’s scale is not on the device, and the review stays listed as missing', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const review = await reviewsRepo.create(reviewInput(team.id, uk), now)
    const final = await finaliseWithVariedScores(review)
    // As if the review pinned a scale this device does not have (imported elsewhere).
    await getDatabase().reviews.put({ ...final, scaleId: 'ips-elsewhere' })
    await getDatabase().finalScores.clear()
    await backfillFinalScores([final.id])
    expect(await getDatabase().finalScores.count()).toBe(0)
    expect((await networkRepo.load()).missingFinalScores.map((m) => m.reviewId)).toEqual([final.id])
  })
})

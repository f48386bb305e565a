import { comparisonBasis } from '#domain/scoring/comparison'
import type { PreviousReview, ReportInput } from '#domain/report-model/model'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { actionPlanRepo } from '../../storage/action-plan-repo'
import { evidenceRepo } from '../../storage/evidence-repo'
import { reportNarrativeRepo } from '../../storage/report-narrative-repo'
import { ratingsRepo } from '../../storage/ratings-repo'
import { reviewsRepo } from '../../storage/reviews-repo'
import { settingsRepo } from '../../storage/settings-repo'
import { teamsRepo } from '../../storage/teams-repo'
import { visitRepo } from '../../storage/visit-repo'

export type FindScale = (id: string, version: string) => ScaleFile | undefined

async function loadScores(earlier: Review, findScale: FindScale): Promise<PreviousReview | null> {
  const scale = findScale(earlier.scaleId, earlier.scaleVersion)
  // Without its scale an earlier review cannot be scored, so the report simply leaves it out.
  if (!scale) return null
  const [ratings, consensus] = await Promise.all([
    ratingsRepo.listRatings(earlier.id),
    ratingsRepo.listConsensus(earlier.id),
  ])
  return { review: earlier, ratings, consensus, scale }
}

/** The previous review of the same type, and those of the other type since then (compared like with like). */
async function loadEarlier(review: Review, findScale: FindScale) {
  const basis = comparisonBasis(await reviewsRepo.listForTeam(review.teamId), review)
  const [previous, ...alongside] = await Promise.all([
    basis.previous ? loadScores(basis.previous, findScale) : null,
    ...basis.alongside.map((earlier) => loadScores(earlier, findScale)),
  ])
  return { previous: previous ?? null, alongside: alongside.filter((entry) => entry !== null) }
}

/** Every promise of an object awaited at once, each result under its own name. */
async function allNamed<T extends Record<string, Promise<unknown>>>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const entries = await Promise.all(Object.entries(promises).map(async ([name, promise]) => [name, await promise]))
  return Object.fromEntries(entries) as { [K in keyof T]: Awaited<T[K]> }
}

/** Everything the report is built from, read once from this device when the report is requested. */
export async function loadReportInput(review: Review, findScale: FindScale): Promise<ReportInput> {
  const scale = findScale(review.scaleId, review.scaleVersion)
  if (!scale) {
    throw new Error(
      `this review uses the scale ${review.scaleId} version ${review.scaleVersion}, which is not on this device`,
    )
  }
  const { team, earlier, settings, ...rows } = await allNamed({
    team: teamsRepo.find(review.teamId),
    ratings: ratingsRepo.listRatings(review.id),
    consensus: ratingsRepo.listConsensus(review.id),
    evidence: evidenceRepo.listEntriesForReview(review.id),
    records: evidenceRepo.listRecordReviewRows(review.id),
    sessions: visitRepo.listSessions(review.id),
    actionPlan: actionPlanRepo.listForReview(review.id),
    narrative: reportNarrativeRepo.getNarrative(review.id),
    findings: reportNarrativeRepo.listFindings(review.id),
    calculatorInputs: evidenceRepo.listCalculatorInputs(review.id),
    earlier: loadEarlier(review, findScale),
    settings: settingsRepo.get(),
  })
  if (!team) throw new Error('the review’s team is not on this device')
  const { reportWeeks, actionPlanWeeks, nextReviewMonths } = settings
  return { team, review, scale, ...rows, ...earlier, deadlines: { reportWeeks, actionPlanWeeks, nextReviewMonths } }
}

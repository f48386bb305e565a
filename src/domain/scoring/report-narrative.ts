import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import { MAX_ITEM_SCORE } from './results'

/**
 * What the reviewers write for the report beyond the item scores: the narrative a chief executive reads first,
 * and each item's finding in their own words. Kept in its own rows (one narrative per review, one finding per
 * item), so two reviewers writing different parts never overwrite each other and a file merges them field by field.
 */

/** Long enough for any real summary; longer text is still printed, over as many pages as it takes. */
export const NARRATIVE_MAX_LENGTH = 20_000
const narrativeText = z
  .string()
  .check(z.maxLength(NARRATIVE_MAX_LENGTH, { error: 'Keep this under 20,000 characters' }))

/** The reviewers put 3 to 5 recommendations first (IPS Grow's reports lead with a handful, not every item). */
export const MIN_TOP_RECOMMENDATIONS = 3
export const MAX_TOP_RECOMMENDATIONS = 5

const itemIds = z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(
  z.maxLength(MAX_TOP_RECOMMENDATIONS, { error: `Pick at most ${MAX_TOP_RECOMMENDATIONS} top recommendations` }),
  z.refine((ids) => new Set(ids).size === ids.length, { error: 'A recommendation is picked twice' }),
)

const narrativeFields = {
  executiveSummary: narrativeText,
  /** null until someone edits it: the report then shows the context pre-filled from what the review recorded. */
  serviceContext: z.nullable(narrativeText),
  overallStrengths: narrativeText,
  /** The items whose recommendations lead the report, in the reviewers' order. */
  topRecommendations: itemIds,
}

export const ReportNarrativeSchema = z.object({
  reviewId: z.string().check(z.minLength(1)),
  ...narrativeFields,
  updatedAt: z.iso.datetime(),
})
export type ReportNarrative = z.infer<typeof ReportNarrativeSchema>

export const ReportNarrativePatchSchema = z.partial(z.object(narrativeFields))
export type ReportNarrativePatch = z.input<typeof ReportNarrativePatchSchema>

export const emptyNarrative = (reviewId: string, updatedAt: string): ReportNarrative => ({
  reviewId,
  executiveSummary: '',
  serviceContext: null,
  overallStrengths: '',
  topRecommendations: [],
  updatedAt,
})

/** The findings a reviewer can choose for an item. */
export const reviewerFindings = ['strength', 'area-to-develop', 'recommendation'] as const
export const ReviewerFindingSchema = z.enum(reviewerFindings)
export type ReviewerFinding = z.infer<typeof ReviewerFindingSchema>
export const findingLabels: Record<ReviewerFinding, string> = {
  strength: 'Strength',
  'area-to-develop': 'Area to develop',
  recommendation: 'Recommendation',
}

const itemFindingFields = {
  /** null: the finding follows the score (see findingFromScore). */
  kind: z.nullable(ReviewerFindingSchema),
  /** The reviewers' words: what the strength is, or what the team should develop. */
  text: narrativeText,
}

export const ItemFindingSchema = z.object({
  reviewId: z.string().check(z.minLength(1)),
  itemId: z.string().check(z.minLength(1), z.maxLength(100)),
  ...itemFindingFields,
  updatedAt: z.iso.datetime(),
})
export type ItemFinding = z.infer<typeof ItemFindingSchema>

export const ItemFindingPatchSchema = z.partial(z.object(itemFindingFields))
export type ItemFindingPatch = z.input<typeof ItemFindingPatchSchema>

/** A finding as the report prints it: a reviewer's choice, or nothing to say for an unscored or middling item. */
export type Finding = ReviewerFinding | 'none'

/**
 * The finding an item gets when the reviewers have not chosen one: a strength at the top anchor, a
 * recommendation at or below the action plan threshold, otherwise nothing to single out.
 */
export function findingFromScore(score: number | null, threshold: number): Finding {
  if (score === null) return 'none'
  if (score === MAX_ITEM_SCORE) return 'strength'
  return score <= threshold ? 'recommendation' : 'none'
}

/**
 * The finding the report prints for an item. The reviewers' choice wins over the score's; a recommendation
 * with no recommendation written is an area to develop, so no item ever prints an empty recommendation.
 */
export function itemFinding(
  score: number | null,
  threshold: number,
  chosen: Pick<ItemFinding, 'kind'> | undefined,
  recommendationText: string,
): Finding {
  const kind = chosen?.kind ?? findingFromScore(score, threshold)
  if (kind === 'recommendation' && recommendationText.trim() === '') return 'area-to-develop'
  return kind
}

/**
 * The picked top recommendations that still are recommendations, in the reviewers' order: an item whose
 * finding changed since it was picked drops out rather than printing as an empty row.
 */
export function topRecommendationsStillValid(picked: readonly string[], recommended: ReadonlySet<string>): string[] {
  return picked.filter((itemId) => recommended.has(itemId)).slice(0, MAX_TOP_RECOMMENDATIONS)
}

/** What to tell the reviewers about their pick, or null when it is fine. */
export function topRecommendationsAdvice(pickedCount: number, availableCount: number): string | null {
  const wanted = Math.min(MIN_TOP_RECOMMENDATIONS, availableCount)
  if (pickedCount >= wanted) return null
  return availableCount <= MIN_TOP_RECOMMENDATIONS
    ? `Pick the ${availableCount === 1 ? 'recommendation' : `${availableCount} recommendations`} to lead the report.`
    : `Pick ${MIN_TOP_RECOMMENDATIONS} to ${MAX_TOP_RECOMMENDATIONS} recommendations to lead the report (${pickedCount} picked).`
}

/** Moves one picked item up (-1) or down (+1); the ends stay put. */
export function moveTopRecommendation(picked: readonly string[], itemId: string, step: -1 | 1): string[] {
  const from = picked.indexOf(itemId)
  const to = from + step
  if (from < 0 || to < 0 || to >= picked.length) return [...picked]
  const next = [...picked]
  next.splice(from, 1)
  next.splice(to, 0, itemId)
  return next
}

import { entriesForItem, type ActionPlanEntry } from '#domain/scoring/action-plan'
import { findingFromScore, itemFinding, type Finding, type ItemFinding } from '#domain/scoring/report-narrative'
import type { ReviewResults } from '#domain/scoring/results'
import type { ScaleItem } from '#domain/scale/schema'

/** One item as the report judges it: its score, the finding the score gives, the reviewers' choice and the result. */
export interface ItemFindingRow {
  item: ScaleItem
  score: number | null
  /** The finding the score alone gives, shown beside the reviewers' choice. */
  fromScore: Finding
  chosen: ItemFinding | undefined
  /** The finding the report prints. */
  finding: Finding
  /** The item's recommendations from the action plan, one paragraph each; '' when none is written. */
  recommendation: string
}

/**
 * Every item of the review with the finding the report prints for it (itemFinding's rule), in scale order.
 * The report, the report-writing screen and the top-recommendation picker all read findings from here.
 */
export function itemFindingRows(
  results: Pick<ReviewResults, 'scores'>,
  review: { id: string; actionPlanThreshold: number },
  actionPlan: readonly ActionPlanEntry[],
  findings: readonly ItemFinding[],
): ItemFindingRow[] {
  const plan = actionPlan.filter((entry) => entry.reviewId === review.id)
  const chosen = new Map(findings.filter((f) => f.reviewId === review.id).map((f) => [f.itemId, f]))
  return results.scores.map(({ item, score }) => {
    const recommendation = entriesForItem(plan, item.id)
      .map((entry) => entry.recommendation.trim())
      .filter((text) => text !== '')
      .join('\n\n')
    const mine = chosen.get(item.id)
    return {
      item,
      score,
      fromScore: findingFromScore(score, review.actionPlanThreshold),
      chosen: mine,
      finding: itemFinding(score, review.actionPlanThreshold, mine, recommendation),
      recommendation,
    }
  })
}

/** The items the report recommends something for, lowest score first, then in scale order. */
export function recommendedItems(rows: readonly ItemFindingRow[]): ItemFindingRow[] {
  return rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.score !== null && row.finding === 'recommendation')
    .sort((a, b) => (a.row.score ?? 0) - (b.row.score ?? 0) || a.order - b.order)
    .map(({ row }) => row)
}

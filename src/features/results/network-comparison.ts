import { itemsBelowNetworkMedian, itemsAcrossNetwork, type ItemAcrossNetwork } from '#domain/network/network-items'
import type { Review } from '#domain/review/review'
import type { ReviewResults } from '#domain/scoring/results'
import type { ScaleFile } from '#domain/scale/schema'
import type { NetworkResults } from './use-network-results'

export interface NetworkComparison {
  items: ItemAcrossNetwork[]
  /** Item numbers where this review scored below the network's median. */
  below: number[]
  /** Teams whose latest final independent review makes the median. */
  teams: number
}

/**
 * The network's median per item beside a final independent review: only then, and only when another team has
 * such a review to compare with (a median of one team would be the team itself).
 */
export function networkComparison(
  review: Review,
  scale: ScaleFile,
  results: ReviewResults,
  network: NetworkResults,
): NetworkComparison | null {
  if (review.type !== 'independent' || review.status !== 'final' || network.status !== 'ready') return null
  const latest = network.teams.flatMap(({ latest }) => (latest ? [latest] : []))
  if (!latest.some((result) => result.teamId !== review.teamId)) return null
  const items = itemsAcrossNetwork(scale, latest)
  const scores = Object.fromEntries(results.scores.map(({ item, score }) => [item.id, score]))
  return { items, below: itemsBelowNetworkMedian({ scores }, items), teams: latest.length }
}

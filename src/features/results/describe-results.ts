import type { FidelityBand, ScaleItem } from '#domain/scale/schema'
import type { ReviewResults } from '#domain/scoring/results'

/** "Good fidelity, 100-114". */
export function describeBand(band: FidelityBand): string {
  return `${band.label}, ${band.min}-${band.max}`
}

/** "4. Integration of employment services with mental health treatment through team assignment". */
export function itemName(item: ScaleItem): string {
  return `${item.number}. ${item.title}`
}

/** What a list of reviews says about one review's score: "112 of 125, Good fidelity" or "18 of 25 rated (provisional)". */
export function describeScore(results: ReviewResults): string {
  if (results.band) return `${results.total} of ${results.itemCount * 5}, ${results.band.label}`
  if (results.ratedCount === 0) return 'Not scored yet'
  return `${results.ratedCount} of ${results.itemCount} rated (provisional)`
}

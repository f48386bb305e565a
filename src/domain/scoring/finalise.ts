import type { Consensus, Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import { decidingScores, itemsInScaleOrder } from './results'
import type { ScaleFile } from '#domain/scale/schema'

/** "item 4", "items 4 and 9", "items 4, 9 and 12". */
export function describeItemNumbers(numbers: readonly number[]): string {
  if (numbers.length === 1) return `item ${numbers[0]}`
  return `items ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const verb = (numbers: readonly number[], one: string, many: string) => (numbers.length === 1 ? one : many)

/**
 * Everything that stops a review being final, as sentences a reviewer can act on; an empty list
 * means it can be finalised. Every item needs a score and a written rationale: with two reviewers
 * the agreed consensus score and the consensus rationale, with one reviewer that reviewer's own.
 */
export function finaliseProblems(
  scale: ScaleFile,
  review: Pick<Review, 'reviewers'>,
  ratings: readonly Rating[],
  consensus: readonly Consensus[],
): string[] {
  const pair = review.reviewers.length >= 2
  const deciding = decidingScores(review, ratings, consensus)
  const unscored: number[] = []
  const noRationale: number[] = []
  for (const item of itemsInScaleOrder(scale)) {
    const entry = deciding.get(item.id)
    if (entry?.score == null) unscored.push(item.number)
    else if (entry.rationale.trim() === '') noRationale.push(item.number)
  }
  const problems: string[] = []
  if (unscored.length > 0) {
    const items = capitalise(describeItemNumbers(unscored))
    problems.push(
      pair
        ? `${items} ${verb(unscored, 'has', 'have')} no consensus score yet.`
        : `${items} ${verb(unscored, 'is', 'are')} not rated yet.`,
    )
  }
  if (noRationale.length > 0) {
    const items = capitalise(describeItemNumbers(noRationale))
    problems.push(
      pair
        ? `${items} ${verb(noRationale, 'has', 'have')} a consensus score but no consensus rationale.`
        : `${items} ${verb(noRationale, 'has', 'have')} a score but no rationale.`,
    )
  }
  return problems
}

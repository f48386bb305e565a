import type { Rating } from './rating'

export interface AgreementStats {
  /** Items both reviewers rated; only these are compared. */
  itemsCompared: number
  exactCount: number
  /** 0-100, unrounded; 0 when nothing was compared (check itemsCompared first). */
  exactPercent: number
  withinOneCount: number
  withinOnePercent: number
  /** Quadratic-weighted Cohen's kappa over the categories 1-5, or null when it is not defined. */
  weightedKappa: number | null
}

export type AgreementErrorCode = 'invalid-score'

export class AgreementError extends Error {
  readonly code: AgreementErrorCode
  constructor(code: AgreementErrorCode, message: string) {
    super(message)
    this.name = 'AgreementError'
    this.code = code
  }
}

const LOWEST = 1
const HIGHEST = 5

function checkScore(score: number) {
  if (!Number.isInteger(score) || score < LOWEST || score > HIGHEST) {
    throw new AgreementError('invalid-score', `A score is a whole number from 1 to 5 (got ${score})`)
  }
}

/**
 * Quadratic-weighted kappa: 1 - (observed weighted disagreement / disagreement expected by chance),
 * with weight (i - j)² / (k - 1)² for the pair of categories i, j (k = 5). Chance disagreement pairs
 * every rating of A with every rating of B, i.e. the product of the two reviewers' marginals.
 *
 * It is null (not defined) when nothing was compared, or when chance disagreement is 0: that happens
 * only when both reviewers gave every item the same single score. Agreement is then perfect, but
 * kappa measures agreement beyond chance, and with no spread there is nothing to measure; the exact
 * agreement figure (100%) already says what there is to say, so we report "not defined" rather than 1.
 */
function quadraticWeightedKappa(pairs: readonly (readonly [number, number])[]): number | null {
  const n = pairs.length
  if (n === 0) return null
  const weight = (i: number, j: number) => ((i - j) * (i - j)) / ((HIGHEST - LOWEST) * (HIGHEST - LOWEST))
  const observed = pairs.reduce((sum, [a, b]) => sum + weight(a, b), 0) / n
  let expected = 0
  for (const [a] of pairs) for (const [, b] of pairs) expected += weight(a, b)
  expected /= n * n
  if (expected === 0) return null
  return 1 - observed / expected
}

export function agreementStats(pairs: readonly (readonly [number, number])[]): AgreementStats {
  for (const [a, b] of pairs) {
    checkScore(a)
    checkScore(b)
  }
  const n = pairs.length
  const exactCount = pairs.filter(([a, b]) => a === b).length
  const withinOneCount = pairs.filter(([a, b]) => Math.abs(a - b) <= 1).length
  const percent = (count: number) => (n === 0 ? 0 : (count / n) * 100)
  return {
    itemsCompared: n,
    exactCount,
    exactPercent: percent(exactCount),
    withinOneCount,
    withinOnePercent: percent(withinOneCount),
    weightedKappa: quadraticWeightedKappa(pairs),
  }
}

/** The two reviewers' scores for each item both have rated, in the order of `itemIds`. */
export function ratingPairs(
  itemIds: readonly string[],
  ratingsA: readonly Rating[],
  ratingsB: readonly Rating[],
): [number, number][] {
  const scoreOf = (ratings: readonly Rating[], itemId: string) =>
    ratings.find((r) => r.itemId === itemId)?.score ?? null
  return itemIds.flatMap((itemId): [number, number][] => {
    const a = scoreOf(ratingsA, itemId)
    const b = scoreOf(ratingsB, itemId)
    return a === null || b === null ? [] : [[a, b]]
  })
}

/** "67%" for 66.67: whole percentages are what reviewers quote. */
export function formatPercent(percent: number): string {
  return `${Math.round(percent)}%`
}

/** "0.38" for a kappa, or "not defined". */
export function formatKappa(kappa: number | null): string {
  return kappa === null ? 'not defined' : kappa.toFixed(2)
}

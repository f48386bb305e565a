import { agreementStats } from '#domain/review/agreement'
import { bandForTotal } from '#domain/scale/bands'
import type { PracticeCase, ReferenceScore } from '#domain/practice/case'
import { computeResults, itemsInScaleOrder, type ScoreMap } from '#domain/scoring/results'
import type { FidelityBand, ScaleFile, ScaleItem } from '#domain/scale/schema'

export type TrainingErrorCode = 'case-on-other-scale' | 'missing-reference'

/** A practice case that does not fit the scale it is compared on: a bug or a broken case file, never trainee data. */
export class TrainingError extends Error {
  readonly code: TrainingErrorCode
  constructor(code: TrainingErrorCode, message: string) {
    super(message)
    this.name = 'TrainingError'
    this.code = code
  }
}

/** Said wherever a trainee total or band would be, until the trainee has rated every item. */
export const NOT_ALL_ITEMS_RATED = 'Not all items rated'

export interface ItemComparison {
  item: ScaleItem
  traineeScore: number | null
  reference: ReferenceScore
  /** Trainee minus reference: positive when the trainee scored higher; null when the trainee has not rated it. */
  difference: number | null
  exact: boolean
  withinOne: boolean
}

export interface TrainingComparison {
  /** Every scale item in scale order. */
  items: ItemComparison[]
  /** Items the trainee rated: agreement is over these only. */
  itemsCompared: number
  exactCount: number
  /** 0-100, unrounded; 0 when nothing was compared. */
  exactPercent: number
  withinOneCount: number
  withinOnePercent: number
  /** Only when the trainee rated every item: a partial sum is not a total (the screen says "not all items rated"). */
  traineeTotal: number | null
  referenceTotal: number
  /** Trainee total minus reference total, when there is a trainee total. */
  totalDifference: number | null
  traineeBand: FidelityBand | null
  referenceBand: FidelityBand
  /** null when the trainee has no band yet. */
  bandMatch: boolean | null
}

/** The case's reference for every scale item, in scale order; a case that misses one cannot be compared. */
export function referenceScores(
  scale: ScaleFile,
  practiceCase: PracticeCase,
): { item: ScaleItem; reference: ReferenceScore }[] {
  if (practiceCase.scaleId !== scale.id || practiceCase.scaleVersion !== scale.version) {
    throw new TrainingError(
      'case-on-other-scale',
      `The practice case ${practiceCase.id} is written for ${practiceCase.scaleId} ${practiceCase.scaleVersion}, not ${scale.id} ${scale.version}`,
    )
  }
  const byItem = new Map(practiceCase.items.map((entry) => [entry.itemId, entry.reference]))
  return itemsInScaleOrder(scale).map((item) => {
    const reference = byItem.get(item.id)
    if (!reference) {
      throw new TrainingError(
        'missing-reference',
        `The practice case ${practiceCase.id} has no reference score for item ${item.number} (${item.id})`,
      )
    }
    return { item, reference }
  })
}

/**
 * A trainee's scores beside the case's reference. The trainee's scores are the training review's
 * deciding scores (scoresForReview): with the usual single trainee, that trainee's own ratings.
 */
export function compareWithReference(
  scale: ScaleFile,
  practiceCase: PracticeCase,
  traineeScores: ScoreMap,
): TrainingComparison {
  const references = referenceScores(scale, practiceCase)
  // Also refuses scores for items the scale does not have and scores outside 1-5.
  const trainee = computeResults(scale, traineeScores)
  const items = references.map(({ item, reference }): ItemComparison => {
    const traineeScore = traineeScores[item.id] ?? null
    const difference = traineeScore === null ? null : traineeScore - reference.score
    return {
      item,
      traineeScore,
      reference,
      difference,
      exact: difference === 0,
      withinOne: difference !== null && Math.abs(difference) <= 1,
    }
  })
  const pairs = items.flatMap((entry): [number, number][] =>
    entry.traineeScore === null ? [] : [[entry.traineeScore, entry.reference.score]],
  )
  const stats = agreementStats(pairs)
  const referenceTotal = references.reduce((sum, { reference }) => sum + reference.score, 0)
  const referenceBand = bandForTotal(scale, referenceTotal)
  const traineeTotal = trainee.complete ? trainee.total : null
  return {
    items,
    itemsCompared: stats.itemsCompared,
    exactCount: stats.exactCount,
    exactPercent: stats.exactPercent,
    withinOneCount: stats.withinOneCount,
    withinOnePercent: stats.withinOnePercent,
    traineeTotal,
    referenceTotal,
    totalDifference: traineeTotal === null ? null : traineeTotal - referenceTotal,
    traineeBand: trainee.band,
    referenceBand,
    bandMatch: trainee.band === null ? null : trainee.band.id === referenceBand.id,
  }
}

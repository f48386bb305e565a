import type { PracticeCase } from '#domain/practice/case'
import type { FidelityBand, ScaleFile, ScaleItem } from '#domain/scale/schema'
import type { TraineeExercise } from './trainee-files'
import { compareWithReference, referenceScores, type TrainingComparison } from './comparison'
import { bandForTotal } from '#domain/scale/bands'

export type ScoreCounts = [number, number, number, number, number]

export interface ClassItemSummary {
  item: ScaleItem
  referenceScore: number
  /** Each trainee's score, in trainee order; null where that trainee did not rate the item. */
  scores: (number | null)[]
  /** How many trainees gave 1, 2, 3, 4 and 5. */
  counts: ScoreCounts
  /** Trainees who rated the item. */
  ratedCount: number
  exactCount: number
  /** Trainees whose score differs from the reference (unrated items are not misread). */
  misreadCount: number
  /** Mean of trainee minus reference over those who rated it: positive when the class scored higher. */
  meanDifference: number | null
  meanAbsoluteDifference: number | null
}

export interface ClassTrainee {
  label: string
  name: string | null
  fileName: string
  comparison: TrainingComparison
}

export interface ClassSummary {
  practiceCase: PracticeCase
  scaleTitle: string
  referenceTotal: number
  referenceBand: FidelityBand
  /** In the order of the exercises (file order). */
  trainees: ClassTrainee[]
  /** Every scale item in scale order. */
  items: ClassItemSummary[]
  /** Up to five items most trainees misread, then by the largest mean distance; items nobody misread are left out. */
  mostMisread: ClassItemSummary[]
}

const MOST_MISREAD_COUNT = 5

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length

function summariseItem(item: ScaleItem, referenceScore: number, scores: (number | null)[]): ClassItemSummary {
  const rated = scores.filter((score): score is number => score !== null)
  const counts: ScoreCounts = [0, 0, 0, 0, 0]
  for (const score of rated) counts[score - 1] = (counts[score - 1] ?? 0) + 1
  const differences = rated.map((score) => score - referenceScore)
  return {
    item,
    referenceScore,
    scores,
    counts,
    ratedCount: rated.length,
    exactCount: differences.filter((d) => d === 0).length,
    misreadCount: differences.filter((d) => d !== 0).length,
    meanDifference: mean(differences),
    meanAbsoluteDifference: mean(differences.map(Math.abs)),
  }
}

/** Orders by how many misread the item, then how far off they were on average, then scale order. */
function byMisreading(a: ClassItemSummary, b: ClassItemSummary): number {
  return (
    b.misreadCount - a.misreadCount ||
    (b.meanAbsoluteDifference ?? 0) - (a.meanAbsoluteDifference ?? 0) ||
    a.item.number - b.item.number
  )
}

/** The class's spread per item against the reference, and each trainee's agreement. No exercises gives an empty class. */
export function summariseClass(
  scale: ScaleFile,
  practiceCase: PracticeCase,
  exercises: readonly TraineeExercise[],
): ClassSummary {
  const references = referenceScores(scale, practiceCase)
  const trainees = exercises.map((exercise) => ({
    label: exercise.label,
    name: exercise.name,
    fileName: exercise.fileName,
    comparison: compareWithReference(scale, practiceCase, exercise.scores),
  }))
  const items = references.map(({ item, reference }, index) =>
    summariseItem(
      item,
      reference.score,
      trainees.map((t) => t.comparison.items[index]?.traineeScore ?? null),
    ),
  )
  const referenceTotal = references.reduce((sum, { reference }) => sum + reference.score, 0)
  return {
    practiceCase,
    scaleTitle: scale.title,
    referenceTotal,
    referenceBand: bandForTotal(scale, referenceTotal),
    trainees,
    items,
    mostMisread: items
      .filter((entry) => entry.misreadCount > 0)
      .sort(byMisreading)
      .slice(0, MOST_MISREAD_COUNT),
  }
}

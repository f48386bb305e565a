import { clean, describeBand, findBand, formatNumber, nearestPoint } from './bands'
import { cannot, listProblem, sum } from './inputs'
import type { CalculatorInputs, Suggestion } from './inputs'
import type { PercentageEachSpecialistCalculator, PerSpecialistAverageCalculator } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'

const RATING_POINTS = [1, 2, 3, 4, 5].map((n) => ({ value: n, anchor: n }))

/** Average the specialists' values (contacts a week, or ratings), then take the nearest point. */
export function suggestPerSpecialistAverage(
  calculator: PerSpecialistAverageCalculator,
  inputs: CalculatorInputs,
): Suggestion {
  const problem = listProblem(inputs.perSpecialist, calculator.valueLabel, {
    whole: calculator.wholeNumbersOnly,
    min: calculator.minValue,
    max: calculator.maxValue,
  })
  if (problem) return cannot(problem)
  const values = inputs.perSpecialist as number[]
  const mean = clean(sum(values) / values.length)
  const { anchor, rule } = nearestPoint(calculator.points, mean, calculator.belowLowestPoint)
  return {
    status: 'suggested',
    anchor,
    arithmetic: `(${values.join(' + ')}) ÷ ${plural(values.length, 'specialist')} = ${formatNumber(mean)} on average`,
    rule: `average ${rule}`,
  }
}

/** Rate each specialist's percentage by the bands, average the ratings, then take the nearest anchor. */
export function suggestEachSpecialistPercentage(
  calculator: PercentageEachSpecialistCalculator,
  inputs: CalculatorInputs,
): Suggestion {
  const problem = listProblem(inputs.perSpecialist, calculator.valueLabel, { max: 100 })
  if (problem) return cannot(problem)
  const values = inputs.perSpecialist as number[]
  const ratings: number[] = []
  const parts: string[] = []
  for (const [i, value] of values.entries()) {
    const band = findBand(calculator.bands, value)
    if (!band) return cannot(`No band of this item covers ${value}%; the scale file is incomplete.`)
    ratings.push(band.anchor)
    parts.push(`specialist ${i + 1}: ${value}% (${describeBand(band, { upper: 100, unit: '%' })}) → ${band.anchor}`)
  }
  const mean = clean(sum(ratings) / ratings.length)
  const { anchor, rule } = nearestPoint(RATING_POINTS, mean, null)
  return {
    status: 'suggested',
    anchor,
    arithmetic: `${parts.join('; ')}. Mean rating (${ratings.join(' + ')}) ÷ ${ratings.length} = ${formatNumber(mean)}`,
    rule: `mean rating ${rule}`,
  }
}

import { clean, describeBand, findBand, formatNumber } from './bands'
import { cannot, listProblem, numberProblem, sum, upgradeCalculatorValues } from './inputs'
import type { CalculatorInputs, Suggestion } from './inputs'
import type { AnchorScore, DayBandsCalculator, PercentageOverallCalculator } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'

const noBand = (value: number) => cannot(`No band of this item covers ${value}; the scale file is incomplete.`)

/** A share of the whole team's counts or hours, compared unrounded with the bands. */
export function suggestPercentage(calculator: PercentageOverallCalculator, inputs: CalculatorInputs): Suggestion {
  if (calculator.minimumDenominator) return suggestWithMinimum(calculator, calculator.minimumDenominator, inputs)
  return suggestShare(calculator, inputs.numerator, inputs.denominator)
}

function suggestShare(
  calculator: PercentageOverallCalculator,
  numerator: number | undefined,
  denominator: number | undefined,
  minimumMet = '',
  denominatorLabel = calculator.denominatorLabel,
): Suggestion {
  const whole = calculator.wholeCounts
  const problem =
    numberProblem(numerator, calculator.numeratorLabel, { whole }) ??
    numberProblem(denominator, denominatorLabel, { whole })
  if (problem) return cannot(problem)
  const top = numerator as number
  const bottom = denominator as number
  if (top > bottom) {
    return cannot(
      `The ${calculator.numeratorLabel} (${top}) cannot be more than the ${denominatorLabel} (${bottom}): that would be over 100%.`,
    )
  }
  if (bottom === 0) return cannot(`The ${denominatorLabel} is 0, so there is no percentage to work out.`)
  // × 100 before ÷ keeps whole-number shares exact (19 ÷ 20 × 100 would give 94.99999…).
  const percentage = clean((top * 100) / bottom)
  const band = findBand(calculator.bands, percentage)
  if (!band) return noBand(percentage)
  return {
    status: 'suggested',
    anchor: band.anchor as AnchorScore,
    arithmetic: `${top} ${calculator.numeratorLabel} ÷ ${bottom} ${denominatorLabel} × 100 = ${formatNumber(percentage)}%`,
    rule: `${minimumMet}${describeBand(band, { upper: 100, unit: '%' })} → ${band.anchor}`,
  }
}

/**
 * Competitive jobs (item 21): "fewer than 10 jobs held at present scores 1" is about every job held by people on
 * the caseload, a management-data count; the share may come from the record sample. So a sample of 8 records
 * says nothing about the minimum, and only the caseload total can trigger it.
 */
function suggestWithMinimum(
  calculator: PercentageOverallCalculator,
  minimum: { count: number; anchor: number },
  inputs: CalculatorInputs,
): Suggestion {
  const {
    numerator,
    denominatorCounted: counted,
    denominatorTotal: total,
  } = upgradeCalculatorValues(calculator, inputs)
  const what = calculator.denominatorLabel
  const whole = calculator.wholeCounts
  if (total !== undefined) {
    const problem = numberProblem(total, `${what} across the whole caseload`, { whole })
    if (problem) return cannot(problem)
    if (typeof counted === 'number' && counted > total) {
      return cannot(
        `The ${what} counted for the share (${counted}) cannot be more than the ${what} across the whole caseload (${total}).`,
      )
    }
    if (total < minimum.count) {
      const share =
        typeof numerator === 'number' && typeof counted === 'number' && counted > 0 && numerator <= counted
          ? `; the share would be ${numerator} ÷ ${counted} = ${formatNumber(clean((numerator * 100) / counted))}%`
          : ''
      return {
        status: 'suggested',
        anchor: minimum.anchor as AnchorScore,
        arithmetic: `${total} ${what} across the whole caseload${share}`,
        rule: `fewer than ${minimum.count} ${what} across the caseload → ${minimum.anchor}, whatever the percentage`,
      }
    }
    return suggestShare(
      calculator,
      numerator,
      counted,
      `${total} ${what} across the caseload, so the minimum of ${minimum.count} is met; `,
      `${what} counted`,
    )
  }
  if (typeof counted === 'number' && counted >= minimum.count) {
    // The caseload holds at least the jobs counted, so the minimum is met without its total.
    return suggestShare(
      calculator,
      numerator,
      counted,
      `at least ${counted} ${what}, so the minimum of ${minimum.count} is met; `,
      `${what} counted`,
    )
  }
  const problem =
    numberProblem(numerator, calculator.numeratorLabel, { whole }) ??
    numberProblem(counted, `${what} counted for the share`, { whole })
  if (problem) return cannot(problem)
  return cannot(
    `Enter the ${what} across the whole caseload (management data): fewer than ${minimum.count} scores ${minimum.anchor}, and ${counted} counted for the share cannot show whether the caseload has that many.`,
  )
}

/** Rapid job search: mean days over sampled records; the top anchor also needs tracked employer contacts. */
export function suggestDays(calculator: DayBandsCalculator, inputs: CalculatorInputs): Suggestion {
  const { daysPerRecord, employerContactsTracked } = inputs
  const problem = listProblem(daysPerRecord, calculator.valueLabel)
  if (problem) return cannot(problem)
  if (typeof employerContactsTracked !== 'boolean') return cannot('Say whether employer contacts are tracked.')
  const days = daysPerRecord as number[]
  const mean = clean(sum(days) / days.length)
  const band = findBand(calculator.bands, mean)
  if (!band) return noBand(mean)
  const arithmetic = `(${days.join(' + ')}) ÷ ${plural(days.length, 'record')} = ${formatNumber(mean)} days on average`
  const words = describeBand(band, { suffix: ' days' })
  const { anchor: trackedAnchor, otherwise } = calculator.trackingRequired
  if (band.anchor === trackedAnchor && !employerContactsTracked) {
    return {
      status: 'suggested',
      anchor: otherwise as AnchorScore,
      arithmetic,
      rule: `${words}, but employer contacts are not tracked → ${otherwise}`,
    }
  }
  const tracked = band.anchor === trackedAnchor ? ' and employer contacts are tracked' : ''
  return {
    status: 'suggested',
    anchor: band.anchor as AnchorScore,
    arithmetic,
    rule: `${words}${tracked} → ${band.anchor}`,
  }
}

import { clean, describeBand, findBand, formatNumber } from './bands'
import { cannot, listProblem, numberProblem, sum } from './inputs'
import type { CalculatorInputs, Suggestion } from './inputs'
import type {
  AnchorScore,
  DayBandsCalculator,
  PercentageOverallCalculator,
  RatioBandsCalculator,
} from '#domain/scale/schema'
import { plural } from '#domain/text/plural'

const noBand = (value: number) => cannot(`No band of this item covers ${value}; the scale file is incomplete.`)

/** Caseload: active clients ÷ specialist FTE, compared unrounded with the bands. */
export function suggestRatio(calculator: RatioBandsCalculator, inputs: CalculatorInputs): Suggestion {
  const { activeClients, specialistFte } = inputs
  const problem =
    numberProblem(activeClients, `number of ${calculator.numeratorLabel}`, { whole: true }) ??
    numberProblem(specialistFte, calculator.denominatorLabel, { positive: true })
  if (problem) return cannot(problem)
  const clients = activeClients as number
  const fte = specialistFte as number
  const ratio = clean(clients / fte)
  const band = findBand(calculator.bands, ratio)
  if (!band) return noBand(ratio)
  return {
    status: 'suggested',
    anchor: band.anchor as AnchorScore,
    arithmetic: `${clients} ${calculator.numeratorLabel} ÷ ${fte} ${calculator.denominatorLabel} = ${formatNumber(ratio)} ${calculator.resultLabel}`,
    rule: `${describeBand(band, { suffix: ` ${calculator.resultLabel}` })} → ${band.anchor}`,
  }
}

/** A share of the whole team's counts or hours, compared unrounded with the bands. */
export function suggestPercentage(calculator: PercentageOverallCalculator, inputs: CalculatorInputs): Suggestion {
  const { numerator, denominator } = inputs
  const whole = calculator.wholeCounts
  const problem =
    numberProblem(numerator, calculator.numeratorLabel, { whole }) ??
    numberProblem(denominator, calculator.denominatorLabel, { whole })
  if (problem) return cannot(problem)
  const top = numerator as number
  const bottom = denominator as number
  if (top > bottom) {
    return cannot(
      `The ${calculator.numeratorLabel} (${top}) cannot be more than the ${calculator.denominatorLabel} (${bottom}): that would be over 100%.`,
    )
  }
  const minimum = calculator.minimumDenominator
  if (minimum && bottom < minimum.count) {
    const shown =
      bottom === 0
        ? 'there is no percentage to work out'
        : `${top} ÷ ${bottom} = ${formatNumber(clean((top * 100) / bottom))}%`
    return {
      status: 'suggested',
      anchor: minimum.anchor as AnchorScore,
      arithmetic: `${bottom} ${calculator.denominatorLabel}: ${shown}`,
      rule: `fewer than ${minimum.count} ${calculator.denominatorLabel} → ${minimum.anchor}, whatever the percentage`,
    }
  }
  if (bottom === 0) return cannot(`The ${calculator.denominatorLabel} is 0, so there is no percentage to work out.`)
  // × 100 before ÷ keeps whole-number shares exact (19 ÷ 20 × 100 would give 94.99999…).
  const percentage = clean((top * 100) / bottom)
  const band = findBand(calculator.bands, percentage)
  if (!band) return noBand(percentage)
  return {
    status: 'suggested',
    anchor: band.anchor as AnchorScore,
    arithmetic: `${top} ${calculator.numeratorLabel} ÷ ${bottom} ${calculator.denominatorLabel} × 100 = ${formatNumber(percentage)}%`,
    rule: `${describeBand(band, { upper: 100, unit: '%' })} → ${band.anchor}`,
  }
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

import { clean, describeBand, findBand, formatNumber } from './bands'
import { cannot, isTeamTotals, numberProblem, sum } from './inputs'
import type { CalculatorInputs, Suggestion } from './inputs'
import type { AnchorScore, RatioBandsCalculator } from '#domain/scale/schema'

/** One employment specialist's row, named by its place in the list, never by a person's name. */
export interface SpecialistCaseload {
  label: string
  caseload: number
  fte: number
  /** Caseload ÷ FTE, unrounded. */
  perFte: number
  /** The anchor this specialist's own figure would reach on the item's bands. */
  anchor: AnchorScore
}

export const specialistLabel = (index: number) => `Specialist ${index + 1}`

// A full-time post is 1 FTE; a row is one person, so more than 1 is a typing slip (the whole team's FTE in one row).
const MAX_FTE = 1

/** Each specialist's caseload per FTE and the anchor it alone would reach, or why the rows cannot be used. */
export function specialistCaseloads(
  calculator: RatioBandsCalculator,
  inputs: CalculatorInputs,
): SpecialistCaseload[] | string {
  const { specialistCaseloads: caseloads, specialistFtes: ftes } = inputs
  if (!Array.isArray(caseloads) || !Array.isArray(ftes) || caseloads.length === 0)
    return 'Enter each specialist’s active caseload and FTE.'
  if (caseloads.length !== ftes.length) return 'Give each specialist both an active caseload and an FTE.'
  const rows: SpecialistCaseload[] = []
  for (const [i, caseload] of caseloads.entries()) {
    const fte: unknown = ftes[i]
    const label = specialistLabel(i)
    const problem =
      numberProblem(caseload, `${calculator.numeratorLabel} of ${label}`, { whole: true }) ??
      numberProblem(fte, `${calculator.denominatorLabel} of ${label}`, { positive: true, max: MAX_FTE })
    if (problem) return problem
    const perFte = clean(caseload / (fte as number))
    const band = findBand(calculator.bands, perFte)
    if (!band) return `No band of this item covers ${perFte}; the scale file is incomplete.`
    rows.push({ label, caseload, fte: fte as number, perFte, anchor: band.anchor as AnchorScore })
  }
  return rows
}

/**
 * Caseload size. The scale file's rule is the whole team: active service users ÷ specialist FTE, compared
 * unrounded with the bands. Each specialist's own figure is shown too, and one whose figure alone would score
 * lower than the team is flagged for the reviewer: the criterion is about each specialist, and whether the
 * published scale means the team figure or each specialist's is not settled (reference §4 item 1, §9.2).
 */
export function suggestRatio(calculator: RatioBandsCalculator, inputs: CalculatorInputs): Suggestion {
  if (isTeamTotals(inputs)) return suggestFromTeamTotals(calculator, inputs)
  const rows = specialistCaseloads(calculator, inputs)
  if (typeof rows === 'string') return cannot(rows)
  const unit = calculator.resultLabel
  const clients = sum(rows.map((r) => r.caseload))
  const fte = clean(sum(rows.map((r) => r.fte)))
  const ratio = clean(clients / fte)
  const band = findBand(calculator.bands, ratio)
  if (!band) return cannot(`No band of this item covers ${ratio}; the scale file is incomplete.`)
  const each = rows.map((r) => `${r.label}: ${r.caseload} ÷ ${r.fte} FTE = ${formatNumber(r.perFte)}`)
  const team =
    rows.length === 1
      ? ''
      : ` Team: (${rows.map((r) => r.caseload).join(' + ')}) ÷ (${rows.map((r) => r.fte).join(' + ')}) FTE = ${clients} ÷ ${fte} = ${formatNumber(ratio)} ${unit}.`
  const flags = rows
    .filter((r) => r.anchor < band.anchor)
    .map(
      (r) =>
        `${r.label} holds ${formatNumber(r.perFte)} ${unit} (${r.caseload} over ${r.fte} FTE), which alone would be anchor ${r.anchor}: weigh this when you rate, as the criterion is about each specialist.`,
    )
  return {
    status: 'suggested',
    anchor: band.anchor as AnchorScore,
    arithmetic: `${each.join('; ')}.${team}`,
    rule: `whole team (the scale file’s rule): ${describeBand(band, { suffix: ` ${unit}` })} → ${band.anchor}`,
    ...(flags.length > 0 ? { flags } : {}),
  }
}

/** Figures stored before per-specialist rows: one team total over one FTE, read as before. */
function suggestFromTeamTotals(calculator: RatioBandsCalculator, inputs: CalculatorInputs): Suggestion {
  const { activeClients, specialistFte } = inputs
  const problem =
    numberProblem(activeClients, `number of ${calculator.numeratorLabel}`, { whole: true }) ??
    numberProblem(specialistFte, calculator.denominatorLabel, { positive: true })
  if (problem) return cannot(problem)
  const clients = activeClients as number
  const fte = specialistFte as number
  const ratio = clean(clients / fte)
  const band = findBand(calculator.bands, ratio)
  if (!band) return cannot(`No band of this item covers ${ratio}; the scale file is incomplete.`)
  return {
    status: 'suggested',
    anchor: band.anchor as AnchorScore,
    arithmetic: `${clients} ${calculator.numeratorLabel} ÷ ${fte} ${calculator.denominatorLabel} = ${formatNumber(ratio)} ${calculator.resultLabel}`,
    rule: `whole team (the scale file’s rule): ${describeBand(band, { suffix: ` ${calculator.resultLabel}` })} → ${band.anchor}`,
    flags: [
      'These are team totals entered before each specialist’s caseload was asked for: enter each specialist’s caseload and FTE to see whether one of them is over the band.',
    ],
  }
}

/** One row's caseload per FTE and the anchor it alone would reach, or null while the row is not usable. */
export function caseloadPerFte(
  calculator: RatioBandsCalculator,
  caseload: number,
  fte: number,
): { perFte: number; words: string; anchor: AnchorScore } | null {
  if (!Number.isFinite(caseload) || !Number.isFinite(fte) || caseload < 0 || fte <= 0) return null
  const perFte = clean(caseload / fte)
  const band = findBand(calculator.bands, perFte)
  return band ? { perFte, words: formatNumber(perFte), anchor: band.anchor as AnchorScore } : null
}

import { specialistCaseloads } from '#domain/calculators/caseload'
import { formatNumber } from '#domain/calculators/bands'
import { isTeamTotals, sum } from '#domain/calculators/inputs'
import type { CalculatorInputs, RecordReviewRow } from '#domain/review/evidence'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'

const people = (count: number) => plural(count, 'person', 'people')

/** The caseload and the team's make-up, from the caseload calculator's figures. */
function caseloadSentence(scale: ScaleFile, inputs: readonly CalculatorInputs[]): string | null {
  for (const item of scale.items) {
    if (item.calculator?.kind !== 'ratio-bands') continue
    const values = inputs.find((i) => i.itemId === item.id)?.values
    if (!values) continue
    if (isTeamTotals(values)) {
      const { activeClients, specialistFte } = values
      if (typeof activeClients !== 'number' || typeof specialistFte !== 'number' || specialistFte <= 0) continue
      return `Employment specialists (${formatNumber(specialistFte)} FTE) support an active caseload of ${people(activeClients)}.`
    }
    const rows = specialistCaseloads(item.calculator, values)
    if (typeof rows === 'string') continue
    const caseload = sum(rows.map((r) => r.caseload))
    const fte = sum(rows.map((r) => r.fte))
    return (
      `${plural(rows.length, 'employment specialist')} (${formatNumber(fte)} FTE) ` +
      `${rows.length === 1 ? 'supports' : 'support'} an active caseload of ` +
      `${people(caseload)}, ${formatNumber(Math.round((caseload / fte) * 10) / 10)} per FTE.`
    )
  }
  return null
}

/** People in work across the caseload, from a share calculator that takes the whole caseload's jobs (item 21). */
function jobsSentence(scale: ScaleFile, inputs: readonly CalculatorInputs[]): string | null {
  for (const item of scale.items) {
    const calculator = item.calculator
    if (calculator?.kind !== 'percentage-bands' || calculator.combine !== 'overall') continue
    if (!calculator.minimumDenominator) continue
    const total = inputs.find((i) => i.itemId === item.id)?.values.denominatorTotal
    if (typeof total !== 'number') continue
    return `${plural(total, 'job')} held at present across the whole caseload.`
  }
  return null
}

function recordsSentence(records: readonly RecordReviewRow[]): string | null {
  if (records.length === 0) return null
  const starts = records.filter((r) => r.jobStartDate).length
  return `Of the ${plural(records.length, 'record')} sampled, ${starts} show${starts === 1 ? 's' : ''} a job start.`
}

/**
 * The service context as far as the review recorded it: the caseload and team from the caseload calculator,
 * jobs held from the competitive-jobs figures, job starts in the sampled records. It is offered for the
 * reviewers to edit (referrals and anything else the reader needs are theirs to add); '' when nothing is recorded.
 */
export function prefilledServiceContext(
  scale: ScaleFile,
  reviewId: string,
  calculatorInputs: readonly CalculatorInputs[],
  records: readonly RecordReviewRow[],
): string {
  const inputs = calculatorInputs.filter((i) => i.reviewId === reviewId)
  return [
    caseloadSentence(scale, inputs),
    jobsSentence(scale, inputs),
    recordsSentence(records.filter((r) => r.reviewId === reviewId)),
  ]
    .filter((sentence): sentence is string => sentence !== null)
    .join(' ')
}

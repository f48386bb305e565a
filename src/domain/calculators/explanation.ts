import { describeBand } from './bands'
import { inputFieldsFor } from './inputs'
import type { AnchorScore, Calculator } from '#domain/scale/schema'

export interface CalculatorExplanation {
  /** What the reviewer enters (empty for an item rated by judgement). */
  inputs: string[]
  /** How the value is worked out from the evidence. */
  method: string
  /** Which values give which anchor, highest anchor first. */
  rows: { anchor: AnchorScore; condition: string }[]
  /** Extra conditions (minimum jobs, tracking) that override the bands. */
  conditions: string[]
  /** The rule the scale file chose where the published scale is open (rounding, ties, gaps). */
  ruleNote: string | null
}

const byAnchorDescending = (a: { anchor: AnchorScore }, b: { anchor: AnchorScore }) => b.anchor - a.anchor

const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1)

/** Plain words for how an item's calculator turns evidence into a suggested anchor. */
export function explainCalculator(calculator: Calculator): CalculatorExplanation {
  const explanation = explainParts(calculator)
  const inputs = inputFieldsFor(calculator).map((field) => {
    const optional = field.type === 'number' && field.optional ? ' (needed when fewer than 10 jobs are counted)' : ''
    // "each specialist's FTE", not "each specialist's specialist FTE".
    const label =
      field.type === 'number-list' && field.specialistColumn
        ? `each specialist’s ${field.label.replace(/^specialist /i, '')}`
        : field.label
    return sentence(`${label}${optional}`)
  })
  return { ...explanation, inputs, method: sentence(explanation.method) }
}

function explainParts(calculator: Calculator): Omit<CalculatorExplanation, 'inputs'> {
  switch (calculator.kind) {
    case 'ratio-bands':
      return {
        method:
          `each specialist’s ${calculator.numeratorLabel} ÷ their ${calculator.denominatorLabel} gives their own figure; ` +
          `the team figure is all ${calculator.numeratorLabel} ÷ all ${calculator.denominatorLabel}, in ${calculator.resultLabel}. ` +
          'The suggestion uses the team figure, as this scale file’s rule says. Whether the published scale means the team figure or each ' +
          'specialist’s is not settled, so a specialist whose own figure would score lower than the team is flagged for you to weigh.',
        rows: calculator.bands
          .map((band) => ({ anchor: band.anchor as AnchorScore, condition: describeBand(band) }))
          .sort(byAnchorDescending),
        conditions: [],
        ruleNote: calculator.ruleNote,
      }
    case 'percentage-bands': {
      const rows = calculator.bands
        .map((band) => ({
          anchor: band.anchor as AnchorScore,
          condition: describeBand(band, { upper: 100, unit: '%' }),
        }))
        .sort(byAnchorDescending)
      if (calculator.combine === 'rate-each-specialist') {
        return {
          method: `Rate each employment specialist's ${calculator.valueLabel} with the bands below, then average the ratings and take the nearest anchor.`,
          rows,
          conditions: [],
          ruleNote: calculator.ruleNote,
        }
      }
      const minimum = calculator.minimumDenominator
      return {
        method: minimum
          ? `${calculator.numeratorLabel} ÷ ${calculator.denominatorLabel} counted for the share × 100.`
          : `${calculator.numeratorLabel} ÷ ${calculator.denominatorLabel} × 100.`,
        rows,
        conditions: minimum
          ? [
              `Fewer than ${minimum.count} ${calculator.denominatorLabel} across the whole caseload scores ${minimum.anchor}, whatever the percentage. ` +
                'That count is every job held by people on the caseload now (management data), not the record sample; the sample gives only the percentage. ' +
                `When ${minimum.count} or more are counted for the share, the caseload must hold at least that many, so its total is not needed.`,
            ]
          : [],
        ruleNote: calculator.ruleNote,
      }
    }
    case 'day-bands':
      return {
        method: `The mean of the ${calculator.valueLabel}.`,
        rows: calculator.bands
          .map((band) => ({ anchor: band.anchor as AnchorScore, condition: describeBand(band, { suffix: ' days' }) }))
          .sort(byAnchorDescending),
        conditions: [
          `Anchor ${calculator.trackingRequired.anchor} also needs employer contacts to be tracked; without tracking the item scores ${calculator.trackingRequired.otherwise}.`,
        ],
        ruleNote: calculator.ruleNote,
      }
    case 'per-specialist-average': {
      const rows = calculator.points.map((point) => ({
        anchor: point.anchor as AnchorScore,
        condition: `average of ${point.value}`,
      }))
      const lowest = calculator.points[0]
      if (calculator.belowLowestPoint !== null && lowest) {
        rows.push({ anchor: calculator.belowLowestPoint as AnchorScore, condition: `average under ${lowest.value}` })
      }
      return {
        method: `Find each employment specialist's ${calculator.valueLabel}, average them across specialists, and take the nearest point.`,
        rows: rows.sort(byAnchorDescending),
        conditions: [],
        ruleNote: calculator.ruleNote,
      }
    }
    case 'checklist':
      return {
        method: `Count how many of these ${calculator.elements.length} elements the evidence shows: ${calculator.elements
          .map((element, index) => `(${index + 1}) ${element.text}`)
          .join(' ')}`,
        rows: calculator.countToAnchor
          .filter((range) => range.anchor !== null)
          .map((range) => ({
            anchor: range.anchor as AnchorScore,
            condition: range.min === range.max ? `${range.min} present` : `${range.min} to ${range.max} present`,
          }))
          .sort(byAnchorDescending),
        conditions: calculator.countToAnchor.filter((range) => range.anchor === null && range.note).map((r) => r.note!),
        ruleNote: calculator.ruleNote,
      }
    case 'ordinal':
      return { method: calculator.explanation, rows: [], conditions: [], ruleNote: null }
  }
}

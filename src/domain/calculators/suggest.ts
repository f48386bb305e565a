import { suggestEachSpecialistPercentage, suggestPerSpecialistAverage } from './average'
import { cannot } from './inputs'
import type { CalculatorInputs, Suggestion } from './inputs'
import { suggestRatio } from './caseload'
import { suggestDays, suggestPercentage } from './numeric'
import type { AnchorScore, ChecklistCalculator, ScaleItem } from '#domain/scale/schema'

/**
 * Suggests an anchor for an item from its evidence values, with the arithmetic and the rule
 * that produced it, or says why it cannot. Pure: the reviewer always makes the final rating.
 */
export function suggestAnchor(item: Pick<ScaleItem, 'calculator'>, inputs: CalculatorInputs): Suggestion {
  const calculator = item.calculator
  if (!calculator) return cannot('This item has no calculator: choose the anchor from the descriptions.')
  switch (calculator.kind) {
    case 'ratio-bands':
      return suggestRatio(calculator, inputs)
    case 'percentage-bands':
      return calculator.combine === 'overall'
        ? suggestPercentage(calculator, inputs)
        : suggestEachSpecialistPercentage(calculator, inputs)
    case 'day-bands':
      return suggestDays(calculator, inputs)
    case 'per-specialist-average':
      return suggestPerSpecialistAverage(calculator, inputs)
    case 'checklist':
      return suggestChecklist(calculator, inputs)
    case 'ordinal':
      return cannot(calculator.explanation)
  }
}

/**
 * The suggestion from the figures stored for an item, or null while an item with a calculator has none stored:
 * an empty checklist would otherwise read as "none found" and suggest anchor 1 before anyone has looked.
 */
export function suggestFromStored(
  item: Pick<ScaleItem, 'calculator'>,
  stored: { values: CalculatorInputs } | null | undefined,
): Suggestion | null {
  if (!item.calculator) return suggestAnchor(item, {})
  return stored ? suggestAnchor(item, stored.values) : null
}

/** Counts the distinct elements present and maps the count to an anchor. */
export function suggestChecklist(calculator: ChecklistCalculator, inputs: CalculatorInputs): Suggestion {
  const present = inputs.elementsPresent
  if (!Array.isArray(present)) return cannot('Tick the elements you found evidence for (none is a valid answer).')
  const known = new Set(calculator.elements.map((e) => e.id))
  const unknown = present.filter((id) => !known.has(id))
  if (unknown.length > 0)
    return cannot(`This item has no element called ${unknown.map((id) => `"${String(id)}"`).join(', ')}.`)
  const count = new Set(present).size
  const range = calculator.countToAnchor.find((r) => r.min <= count && count <= r.max)
  if (!range) return cannot(`No anchor covers ${count} elements; the scale file is incomplete.`)
  const total = calculator.elements.length
  const arithmetic = `${count} of ${total} elements present`
  const counted = range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`
  if (range.anchor === null) return cannot(`${arithmetic}. ${range.note ?? ''}`.trim())
  const note = range.note ? ` (${range.note})` : ''
  return {
    status: 'suggested',
    anchor: range.anchor as AnchorScore,
    arithmetic,
    rule: `${counted} element${range.max === 1 ? '' : 's'} → ${range.anchor}${note}`,
  }
}

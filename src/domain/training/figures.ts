import { storedInputFields, upgradeCalculatorValues } from '#domain/calculators/inputs'
import type { CalculatorInputs } from '#domain/calculators/inputs'
import { suggestAnchor } from '#domain/calculators/suggest'
import type { PracticeCase } from '#domain/practice/case'
import { itemsInScaleOrder } from '#domain/scoring/results'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'

/** Said where a trainee left a figure empty. */
export const NOT_ENTERED = 'not entered'

/** One calculator input where the trainee's figures are not the reference's. */
export interface FigureDifference {
  /** The input's name in the calculator's values, e.g. "activeClients". */
  name: string
  /** The input's label as the calculator declares it, e.g. "active service users". */
  label: string
  /** The trainee's figures in words, or NOT_ENTERED. */
  yours: string
  /** The reference's figures in words, or NOT_ENTERED. */
  reference: string
  /** For lists and checklists: the entries only the trainee has, in words (a figure twice counts twice). */
  onlyYours: string[]
  /** For lists and checklists: the entries only the reference has. */
  onlyReference: string[]
}

export interface ItemFigures {
  item: ScaleItem
  /** 'not-entered': the trainee left the calculator empty; 'same': every figure as the reference's. */
  status: 'not-entered' | 'same' | 'differ'
  /** Inputs whose figures differ, in the calculator's order; with nothing entered, every input the reference gives. */
  differences: FigureDifference[]
  /** The anchor the trainee's figures suggest, or null when they suggest none. */
  yourSuggestion: number | null
  /** The anchor the reference figures suggest (the practice-case checks keep it at the reference score). */
  referenceSuggestion: number | null
}

type Values = Readonly<Record<string, unknown>>

/** A field as far as the comparison needs it: any calculator's declaration has a name and a label. */
interface FieldLike {
  name: string
  label: string
  options?: readonly { id: string; text: string }[]
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

function entryWords(entry: unknown, field: FieldLike): string {
  if (typeof entry === 'string') return field.options?.find((option) => option.id === entry)?.text ?? entry
  if (typeof entry === 'boolean') return entry ? 'yes' : 'no'
  if (entry && typeof entry === 'object') {
    // A row of figures, e.g. one specialist's caseload and FTE: each part by its name, in a stable order.
    return Object.entries(entry)
      .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
      .map(([key, value]) => `${key} ${entryWords(value, field)}`)
      .join(', ')
  }
  return String(entry)
}

function valueWords(value: unknown, field: FieldLike): string {
  if (isEmpty(value)) return NOT_ENTERED
  if (!Array.isArray(value)) return entryWords(value, field)
  if (field.options) return `${value.length} of ${field.options.length} ticked`
  return value.length === 0 ? 'none' : value.map((entry) => entryWords(entry, field)).join(', ')
}

/** Entries of `a` that `b` lacks, counting repeats: [5, 5, 6] less [5, 6, 6] leaves [5]. */
function without(a: readonly unknown[], b: readonly unknown[], field: FieldLike): string[] {
  const left = b.map((entry) => entryWords(entry, field))
  return a
    .map((entry) => entryWords(entry, field))
    .filter((words) => {
      const at = left.indexOf(words)
      if (at < 0) return true
      left.splice(at, 1)
      return false
    })
}

/**
 * Compares one input. Lists are compared as collections, not in order: every calculator reads its lists
 * as a set of figures (a mean, a count), and a trainee may list the records or specialists in another order.
 */
function compareInput(field: FieldLike, yours: unknown, reference: unknown): FigureDifference | null {
  const difference = (onlyYours: string[] = [], onlyReference: string[] = []): FigureDifference => ({
    name: field.name,
    label: field.label,
    yours: valueWords(yours, field),
    reference: valueWords(reference, field),
    onlyYours,
    onlyReference,
  })
  if (isEmpty(yours) && isEmpty(reference)) return null
  if (isEmpty(yours) || isEmpty(reference)) return difference()
  if (Array.isArray(yours) && Array.isArray(reference)) {
    const onlyYours = without(yours, reference, field)
    const onlyReference = without(reference, yours, field)
    return onlyYours.length + onlyReference.length === 0 ? null : difference(onlyYours, onlyReference)
  }
  return entryWords(yours, field) === entryWords(reference, field) ? null : difference()
}

function suggested(item: ScaleItem, values: Values): number | null {
  const suggestion = suggestAnchor(item, values as CalculatorInputs)
  return suggestion.status === 'suggested' ? suggestion.anchor : null
}

/**
 * For each item whose calculator the case gives reference figures for, in scale order: where the figures
 * the trainee entered differ from the reference's, input by input, with the labels the calculator
 * declares. Generic over the calculator's inputs: an input neither side knows the label of is named by
 * its key, so a new kind of input still shows up rather than hiding a difference.
 */
export function compareFigures(
  scale: ScaleFile,
  practiceCase: PracticeCase,
  traineeInputs: readonly { itemId: string; values: Values }[],
): ItemFigures[] {
  const references = new Map(practiceCase.items.map((entry) => [entry.itemId, entry.calculatorInputs as Values]))
  const traineeValues = new Map(traineeInputs.map((row) => [row.itemId, row.values]))
  return itemsInScaleOrder(scale).flatMap((item): ItemFigures[] => {
    const stated = references.get(item.id)
    if (!item.calculator || !stated) return []
    // Figures in a calculator's older shape (e.g. item 21's one denominator) read as the calculator reads them.
    const reference = upgradeCalculatorValues(item.calculator, stated)
    const yours = upgradeCalculatorValues(item.calculator, traineeValues.get(item.id) ?? {})
    const declared: FieldLike[] = storedInputFields(item.calculator, reference)
    const names = new Set(declared.map((field) => field.name))
    const undeclared = [...new Set([...Object.keys(reference), ...Object.keys(yours)])]
      .filter((name) => !names.has(name))
      .sort()
      .map((name): FieldLike => ({ name, label: name }))
    const fields = [...declared, ...undeclared]
    const differences = fields.flatMap((field) => compareInput(field, yours[field.name], reference[field.name]) ?? [])
    const entered = fields.some((field) => !isEmpty(yours[field.name]))
    return [
      {
        item,
        status: !entered ? 'not-entered' : differences.length === 0 ? 'same' : 'differ',
        differences,
        yourSuggestion: entered ? suggested(item, yours) : null,
        referenceSuggestion: suggested(item, reference),
      },
    ]
  })
}

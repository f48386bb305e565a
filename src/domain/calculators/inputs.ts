import type { AnchorScore, Calculator } from '#domain/scale/schema'

/** Caseload (ratio-bands). */
export type RatioInputs = { activeClients: number; specialistFte: number }
/** Percentage-bands over the whole team: numerator ÷ denominator × 100. */
export type PercentageInputs = { numerator: number; denominator: number }
/** One value per specialist: a percentage, a weekly count or a 1–5 rating, depending on the item. */
export type PerSpecialistInputs = { perSpecialist: number[] }
/** Day-bands (rapid job search): one value per sampled record. */
export type DayInputs = { daysPerRecord: number[]; employerContactsTracked: boolean }
/** Checklist: ids of the elements the reviewer found evidence for. */
export type ChecklistInputs = { elementsPresent: string[] }

/** Every field any calculator reads; a form fills the ones `inputFieldsFor` lists. */
export type CalculatorInputs = Partial<
  RatioInputs & PercentageInputs & PerSpecialistInputs & DayInputs & ChecklistInputs
>

export type Suggestion =
  | { status: 'suggested'; anchor: AnchorScore; arithmetic: string; rule: string }
  | { status: 'cannot-suggest'; reason: string }

export const cannot = (reason: string): Suggestion => ({ status: 'cannot-suggest', reason })

export type InputField =
  | {
      name: 'activeClients' | 'specialistFte' | 'numerator' | 'denominator'
      type: 'number'
      label: string
      wholeNumber: boolean
    }
  | { name: 'perSpecialist' | 'daysPerRecord'; type: 'number-list'; label: string; wholeNumber: boolean }
  | { name: 'employerContactsTracked'; type: 'yes-no'; label: string }
  | { name: 'elementsPresent'; type: 'element-set'; label: string; options: { id: string; text: string }[] }

/** What a form must ask for to run an item's calculator (empty for ordinal items). */
export function inputFieldsFor(calculator: Calculator): InputField[] {
  switch (calculator.kind) {
    case 'ratio-bands':
      return [
        { name: 'activeClients', type: 'number', label: calculator.numeratorLabel, wholeNumber: true },
        { name: 'specialistFte', type: 'number', label: calculator.denominatorLabel, wholeNumber: false },
      ]
    case 'percentage-bands':
      if (calculator.combine === 'rate-each-specialist') {
        return [{ name: 'perSpecialist', type: 'number-list', label: calculator.valueLabel, wholeNumber: false }]
      }
      return [
        { name: 'numerator', type: 'number', label: calculator.numeratorLabel, wholeNumber: calculator.wholeCounts },
        {
          name: 'denominator',
          type: 'number',
          label: calculator.denominatorLabel,
          wholeNumber: calculator.wholeCounts,
        },
      ]
    case 'day-bands':
      return [
        { name: 'daysPerRecord', type: 'number-list', label: calculator.valueLabel, wholeNumber: false },
        { name: 'employerContactsTracked', type: 'yes-no', label: 'Employer contacts are tracked' },
      ]
    case 'per-specialist-average':
      return [
        {
          name: 'perSpecialist',
          type: 'number-list',
          label: calculator.valueLabel,
          wholeNumber: calculator.wholeNumbersOnly,
        },
      ]
    case 'checklist':
      return [
        { name: 'elementsPresent', type: 'element-set', label: 'Elements with evidence', options: calculator.elements },
      ]
    case 'ordinal':
      return []
  }
}

/** A reason the value cannot be used, or null when it is a usable number. */
export function numberProblem(
  value: unknown,
  label: string,
  rules: { whole?: boolean; positive?: boolean; max?: number } = {},
): string | null {
  if (value === undefined || value === null || value === '') return `Enter the ${label}.`
  if (typeof value !== 'number' || !Number.isFinite(value)) return `The ${label} must be a number.`
  if (value < 0) return `The ${label} cannot be negative.`
  if (rules.positive && value === 0) return `The ${label} must be more than 0.`
  if (rules.whole && !Number.isInteger(value)) return `The ${label} must be a whole number.`
  if (rules.max !== undefined && value > rules.max) return `The ${label} cannot be more than ${rules.max}.`
  return null
}

/** A reason the list cannot be used, or null; each entry is checked like a single number. */
export function listProblem(
  value: unknown,
  label: string,
  rules: { whole?: boolean; min?: number; max?: number | null } = {},
): string | null {
  if (!Array.isArray(value) || value.length === 0) return `Enter at least one value for the ${label}.`
  for (const [i, entry] of value.entries()) {
    const problem = numberProblem(entry, `${label} (entry ${i + 1})`, {
      whole: rules.whole,
      max: rules.max ?? undefined,
    })
    if (problem) return problem
    if (rules.min !== undefined && (entry as number) < rules.min)
      return `The ${label} (entry ${i + 1}) cannot be less than ${rules.min}.`
  }
  return null
}

export const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0)

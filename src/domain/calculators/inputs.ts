import type { AnchorScore, Calculator } from '#domain/scale/schema'

/**
 * Caseload (ratio-bands): one row per employment specialist, the two lists read side by side. A row is
 * named by its place ("Specialist 2"), never by a person's name.
 */
export type CaseloadInputs = { specialistCaseloads: number[]; specialistFtes: number[] }
/** Caseload as stored before per-specialist rows (one team total and one FTE): still read, never written. */
export type TeamTotalInputs = { activeClients: number; specialistFte: number }
/** Percentage-bands over the whole team: numerator ÷ denominator × 100. */
export type PercentageInputs = { numerator: number; denominator: number }
/**
 * Percentage-bands with a minimum count (item 21): the share from the figures counted (the record sample or
 * management data), and the whole caseload's count from management data for the minimum rule.
 */
export type MinimumCountInputs = { numerator: number; denominatorCounted: number; denominatorTotal: number }
/** One value per specialist: a percentage, a weekly count or a 1–5 rating, depending on the item. */
export type PerSpecialistInputs = { perSpecialist: number[] }
/** Day-bands (rapid job search): one value per sampled record. */
export type DayInputs = { daysPerRecord: number[]; employerContactsTracked: boolean }
/** Checklist: ids of the elements the reviewer found evidence for. */
export type ChecklistInputs = { elementsPresent: string[] }

/** Every field any calculator reads; a form fills the ones `inputFieldsFor` lists. */
export type CalculatorInputs = Partial<
  CaseloadInputs &
    TeamTotalInputs &
    PercentageInputs &
    MinimumCountInputs &
    PerSpecialistInputs &
    DayInputs &
    ChecklistInputs
>

export type Suggestion =
  | {
      status: 'suggested'
      anchor: AnchorScore
      arithmetic: string
      rule: string
      /** What the reviewer should weigh beside the rule, such as a specialist whose own caseload is over the band. */
      flags?: string[]
    }
  | { status: 'cannot-suggest'; reason: string }

export const cannot = (reason: string): Suggestion => ({ status: 'cannot-suggest', reason })

export type InputField =
  | {
      name: 'activeClients' | 'specialistFte' | 'numerator' | 'denominator' | 'denominatorCounted' | 'denominatorTotal'
      type: 'number'
      label: string
      wholeNumber: boolean
      /** The calculator can work without it in some cases (item 21's caseload total when 10 or more jobs are counted). */
      optional?: boolean
    }
  | {
      name: 'perSpecialist' | 'daysPerRecord' | 'specialistCaseloads' | 'specialistFtes'
      type: 'number-list'
      label: string
      wholeNumber: boolean
      /** A column of the per-specialist table: the form shows one row per specialist, not a typed list. */
      specialistColumn?: boolean
    }
  | { name: 'employerContactsTracked'; type: 'yes-no'; label: string }
  | { name: 'elementsPresent'; type: 'element-set'; label: string; options: { id: string; text: string }[] }

/** What a form must ask for to run an item's calculator (empty for ordinal items). */
export function inputFieldsFor(calculator: Calculator): InputField[] {
  switch (calculator.kind) {
    case 'ratio-bands':
      return [
        {
          name: 'specialistCaseloads',
          type: 'number-list',
          label: calculator.numeratorLabel,
          wholeNumber: true,
          specialistColumn: true,
        },
        {
          name: 'specialistFtes',
          type: 'number-list',
          label: calculator.denominatorLabel,
          wholeNumber: false,
          specialistColumn: true,
        },
      ]
    case 'percentage-bands':
      if (calculator.combine === 'rate-each-specialist') {
        return [{ name: 'perSpecialist', type: 'number-list', label: calculator.valueLabel, wholeNumber: false }]
      }
      if (calculator.minimumDenominator) {
        return [
          { name: 'numerator', type: 'number', label: calculator.numeratorLabel, wholeNumber: calculator.wholeCounts },
          {
            name: 'denominatorCounted',
            type: 'number',
            label: `${calculator.denominatorLabel} counted for the share (record sample or management data)`,
            wholeNumber: calculator.wholeCounts,
          },
          {
            name: 'denominatorTotal',
            type: 'number',
            label: `${calculator.denominatorLabel} across the whole caseload (management data)`,
            wholeNumber: calculator.wholeCounts,
            optional: true,
          },
        ]
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

/**
 * The fields stored values are written in: today's, or the shape stored before (item 1's team total and FTE,
 * item 21's numerator and denominator), so old reviews, exchange files and practice cases still check and
 * read. Optional fields the values leave out are left out here too.
 */
export function storedInputFields(calculator: Calculator, values: Record<string, unknown>): InputField[] {
  if (calculator.kind === 'ratio-bands' && isTeamTotals(values)) {
    return [
      { name: 'activeClients', type: 'number', label: calculator.numeratorLabel, wholeNumber: true },
      { name: 'specialistFte', type: 'number', label: calculator.denominatorLabel, wholeNumber: false },
    ]
  }
  if (
    calculator.kind === 'percentage-bands' &&
    calculator.combine === 'overall' &&
    calculator.minimumDenominator &&
    isOldMinimumCount(values)
  ) {
    const whole = calculator.wholeCounts
    return [
      { name: 'numerator', type: 'number', label: calculator.numeratorLabel, wholeNumber: whole },
      { name: 'denominator', type: 'number', label: calculator.denominatorLabel, wholeNumber: whole },
    ]
  }
  return inputFieldsFor(calculator).filter(
    (field) => !(field.type === 'number' && field.optional && !(field.name in values)),
  )
}

/** Item 1 as stored before per-specialist rows: a team total and FTE, and no rows. */
export const isTeamTotals = (values: Record<string, unknown>) =>
  !('specialistCaseloads' in values) &&
  !('specialistFtes' in values) &&
  ('activeClients' in values || 'specialistFte' in values)

/** Item 21 as stored before the caseload total was asked for: `denominator` was "jobs held at present". */
const isOldMinimumCount = (values: Record<string, unknown>) =>
  'denominator' in values && !('denominatorCounted' in values) && !('denominatorTotal' in values)

/**
 * Values in today's shape where the old one says the same thing: item 21's old denominator was labelled
 * "jobs held at present", so it is both the count for the share and the caseload total. Item 1's team totals
 * cannot become per-specialist rows and stay as they are (the calculator still reads them).
 */
export function upgradeCalculatorValues<T extends Record<string, unknown>>(
  calculator: Calculator | undefined,
  values: T,
): T {
  if (
    calculator?.kind === 'percentage-bands' &&
    calculator.combine === 'overall' &&
    calculator.minimumDenominator &&
    isOldMinimumCount(values)
  ) {
    const { denominator, ...rest } = values
    return { ...rest, denominatorCounted: denominator, denominatorTotal: denominator } as unknown as T
  }
  return values
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

import type { CalculatorValue } from '#domain/review/evidence'
import { isTeamTotals, type InputField } from '#domain/calculators/inputs'
import type { Calculator } from '#domain/scale/schema'
import { specialistLabel } from '#domain/calculators/caseload'

/** What the calculator form holds while the user types: text for numbers, "yes"/"no"/"" and ticked ids. */
export type RawForm = Record<string, string | string[]>

export interface ParsedForm {
  /** Only values that passed every check: these are stored and fed to the calculator. */
  values: Record<string, CalculatorValue>
  /** A message per field whose value is impossible; such a value never reaches the calculator. */
  problems: Record<string, string>
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** Splits "12, 30 45;7" into its figures; commas, semicolons, spaces and new lines all separate. */
export const splitList = (text: string) => text.split(/[\s,;]+/).filter(Boolean)

export function rawFromValues(fields: readonly InputField[], values: Record<string, unknown>): RawForm {
  const raw: RawForm = {}
  for (const field of fields) {
    const value = values[field.name]
    switch (field.type) {
      case 'number':
        raw[field.name] = typeof value === 'number' ? String(value) : ''
        break
      case 'number-list':
        // A column of the specialist table keeps one text per row; other lists are typed as one line.
        if (field.specialistColumn) raw[field.name] = Array.isArray(value) ? value.map(String) : []
        else raw[field.name] = Array.isArray(value) ? value.map(String).join(', ') : ''
        break
      case 'yes-no':
        raw[field.name] = value === true ? 'yes' : value === false ? 'no' : ''
        break
      case 'element-set':
        raw[field.name] = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
        break
    }
  }
  return raw
}

export const serialiseForm = (raw: RawForm) => JSON.stringify(raw)

export function deserialiseForm(text: string): RawForm {
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as RawForm
  } catch {
    // A damaged draft is treated as an empty form rather than breaking the screen.
  }
  return {}
}

type Rules = { whole: boolean; min?: number; max?: number | null; unit?: string }

function numberProblem(text: string, label: string, rules: Rules): string | null {
  if (!NUMBER.test(text)) return `Enter the ${label} as a number, e.g. 12 or 2.5.`
  const value = Number(text)
  if (value < 0) return `The ${label} cannot be negative.`
  if (rules.whole && !Number.isInteger(value)) return `The ${label} must be a whole number.`
  if (rules.min !== undefined && value < rules.min) return `The ${label} cannot be less than ${rules.min}.`
  if (rules.max !== undefined && rules.max !== null && value > rules.max)
    return `The ${label} cannot be more than ${rules.max}${rules.unit ?? ''}.`
  return null
}

function listRules(calculator: Calculator, field: InputField & { type: 'number-list' }): Rules {
  if (calculator.kind === 'percentage-bands') return { whole: field.wholeNumber, max: 100, unit: '%' }
  if (calculator.kind === 'per-specialist-average')
    return { whole: field.wholeNumber, min: calculator.minValue, max: calculator.maxValue }
  return { whole: field.wholeNumber }
}

/** Checks what was typed; impossible values get a message for their field and are left out of `values`. */
export function parseForm(calculator: Calculator, fields: readonly InputField[], raw: RawForm): ParsedForm {
  const values: ParsedForm['values'] = {}
  const problems: ParsedForm['problems'] = {}
  for (const field of fields) {
    const entry = raw[field.name]
    if (field.type === 'element-set') {
      const known = new Set(field.options.map((o) => o.id))
      if (Array.isArray(entry)) values[field.name] = entry.filter((id) => known.has(id))
      continue
    }
    if (field.type === 'number-list' && field.specialistColumn) continue
    const text = typeof entry === 'string' ? entry.trim() : ''
    if (text === '') continue
    if (field.type === 'yes-no') {
      if (text === 'yes' || text === 'no') values[field.name] = text === 'yes'
      continue
    }
    if (field.type === 'number') {
      const problem = numberProblem(text, field.label, { whole: field.wholeNumber })
      if (problem) problems[field.name] = problem
      else values[field.name] = Number(text)
      continue
    }
    const parts = splitList(text)
    const rules = listRules(calculator, field)
    const problem = parts
      .map((part, i) => {
        const p = numberProblem(part, field.label.replace(/\s*\(.*\)$/, ''), rules)
        return p && parts.length > 1 ? `Figure ${i + 1} ("${part}"): ${p}` : p
      })
      .find(Boolean)
    if (problem) problems[field.name] = problem
    else values[field.name] = parts.map(Number)
  }
  const columns = fields.filter((f): f is ListField => f.type === 'number-list' && Boolean(f.specialistColumn))
  if (columns.length > 0) parseSpecialistRows(columns, raw, values, problems)
  crossChecks(calculator, values, problems)
  return { values, problems }
}

export type ListField = Extract<InputField, { type: 'number-list' }>

/** Problem keys of the specialist table name the column and the row: "specialistFtes.1". */
export const rowProblemKey = (name: string, row: number) => `${name}.${row}`

/** Rows as typed, one text per column; the longer column sets the count. */
export function specialistRowTexts(columns: readonly ListField[], raw: RawForm): string[][] {
  const texts = columns.map((c) => (Array.isArray(raw[c.name]) ? (raw[c.name] as string[]) : []))
  const count = Math.max(0, ...texts.map((t) => t.length))
  return Array.from({ length: count }, (_, row) => texts.map((t) => (t[row] ?? '').trim()))
}

// The specialist table: blank rows at the end are ignored (a row just added); any other row needs every figure.
// The columns are stored only when every row is usable, so a row never pairs with another row's figure.
function parseSpecialistRows(
  columns: readonly ListField[],
  raw: RawForm,
  values: ParsedForm['values'],
  problems: ParsedForm['problems'],
) {
  const rows = specialistRowTexts(columns, raw)
  while (rows.length > 0 && rows[rows.length - 1]!.every((text) => text === '')) rows.pop()
  if (rows.length === 0) return
  let usable = true
  const numbers = columns.map(() => [] as number[])
  rows.forEach((texts, row) => {
    columns.forEach((column, c) => {
      const text = texts[c]!
      const label = `${column.label} of ${specialistLabel(row)}`
      const problem =
        text === ''
          ? `Enter the ${label}, or remove the row.`
          : numberProblem(text, label, {
              whole: column.wholeNumber,
              ...(column.name === 'specialistFtes' ? { max: 1 } : {}),
            })
      const zero = column.name === 'specialistFtes' && !problem && Number(text) === 0
      if (problem || zero) {
        problems[rowProblemKey(column.name, row)] =
          problem ?? `The ${label} must be more than 0; leave out a post with nobody in it.`
        usable = false
      } else numbers[c]!.push(Number(text))
    })
  })
  if (usable) columns.forEach((column, c) => (values[column.name] = numbers[c]!))
}

// Values that are fine alone but impossible together.
function crossChecks(calculator: Calculator, values: ParsedForm['values'], problems: ParsedForm['problems']) {
  if (calculator.kind === 'percentage-bands' && calculator.combine === 'overall') {
    const { numerator } = values
    const denominator = calculator.minimumDenominator ? values.denominatorCounted : values.denominator
    const name = calculator.minimumDenominator
      ? `${calculator.denominatorLabel} counted for the share`
      : calculator.denominatorLabel
    if (typeof numerator === 'number' && typeof denominator === 'number' && numerator > denominator) {
      problems.numerator = `The ${calculator.numeratorLabel} (${numerator}) cannot be more than the ${name} (${denominator}): that would be over 100%.`
      delete values.numerator
    }
    const { denominatorCounted: counted, denominatorTotal: total } = values
    if (typeof counted === 'number' && typeof total === 'number' && counted > total) {
      problems.denominatorCounted = `The ${calculator.denominatorLabel} counted for the share (${counted}) cannot be more than those across the whole caseload (${total}).`
      delete values.denominatorCounted
    }
  }
}

/** Item 1's team total and FTE stored before per-specialist rows, or null. */
export function teamTotalsOf(
  calculator: Calculator | undefined,
  values: Record<string, unknown>,
): { activeClients: number; specialistFte: number } | null {
  if (calculator?.kind !== 'ratio-bands' || !isTeamTotals(values)) return null
  const { activeClients, specialistFte } = values
  return typeof activeClients === 'number' && typeof specialistFte === 'number'
    ? { activeClients, specialistFte }
    : null
}

/** Keeps old team totals beside the form's values until per-specialist rows are there to replace them. */
export function withTeamTotals(
  values: ParsedForm['values'],
  totals: ReturnType<typeof teamTotalsOf>,
): ParsedForm['values'] {
  return totals && !('specialistCaseloads' in values) ? { ...values, ...totals } : values
}

/** Whether two drafts of the form mean the same values ("1,2" and "1, 2"). */
export function sameMeaning(calculator: Calculator, fields: readonly InputField[], a: string, b: string): boolean {
  const pa = parseForm(calculator, fields, deserialiseForm(a))
  const pb = parseForm(calculator, fields, deserialiseForm(b))
  return (
    Object.keys(pa.problems).length === 0 &&
    Object.keys(pb.problems).length === 0 &&
    JSON.stringify(pa.values) === JSON.stringify(pb.values)
  )
}

import { storedInputFields } from '#domain/calculators/inputs'
import type { CalculatorInputs, InputField } from '#domain/calculators/inputs'
import { suggestAnchor } from '#domain/calculators/suggest'
import { RecordReviewRowInputSchema } from '#domain/review/evidence'
import type { CalculatorValue } from '#domain/review/evidence'
import type { PracticeCase, PracticeItem } from './case'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'

export interface PracticeCaseProblem {
  path: string
  message: string
}

/**
 * What the schema cannot see: a case must fit the scale it names, so that a trainee's comparison
 * is fair. Every item once, calculator figures that lead to the reference score, a total in the
 * band the case claims, anonymous record codes, and boundary reasoning that names the other anchor.
 * An empty list means the case is sound.
 */
export function checkPracticeCase(practiceCase: PracticeCase, scale: ScaleFile): PracticeCaseProblem[] {
  if (scale.id !== practiceCase.scaleId || scale.version !== practiceCase.scaleVersion) {
    return [
      {
        path: 'scaleId',
        message: `The case is written for scale ${practiceCase.scaleId} version ${practiceCase.scaleVersion}, not ${scale.id} version ${scale.version}.`,
      },
    ]
  }
  const scaleItems = new Map(scale.items.map((item) => [item.id, item]))
  const problems: PracticeCaseProblem[] = [...checkCoverage(practiceCase, scale)]
  for (const [index, item] of practiceCase.items.entries()) {
    const path = `items.${index}`
    const scaleItem = scaleItems.get(item.itemId)
    if (scaleItem && item.calculatorInputs) {
      problems.push(...checkCalculator(scaleItem, item, `${path}.calculatorInputs`))
    }
    problems.push(...checkReasoning(item, path))
    for (const [e, entry] of item.evidence.entries()) {
      if (entry.source === 'interview' && !entry.intervieweeRole) {
        problems.push({
          path: `${path}.evidence.${e}.intervieweeRole`,
          message: 'Interview evidence names the role of the person interviewed, such as "team leader".',
        })
      }
    }
  }
  problems.push(...checkRecordRows(practiceCase), ...checkRapidJobSearchDays(practiceCase))
  problems.push(...checkTotal(practiceCase, scale))
  return problems
}

function checkCoverage(practiceCase: PracticeCase, scale: ScaleFile): PracticeCaseProblem[] {
  const problems: PracticeCaseProblem[] = []
  const known = new Set(scale.items.map((item) => item.id))
  const seen = new Set<string>()
  for (const [index, item] of practiceCase.items.entries()) {
    if (!known.has(item.itemId)) {
      problems.push({ path: `items.${index}.itemId`, message: `The scale has no item "${item.itemId}".` })
    } else if (seen.has(item.itemId)) {
      problems.push({ path: `items.${index}.itemId`, message: `Item "${item.itemId}" appears more than once.` })
    }
    seen.add(item.itemId)
  }
  for (const item of scale.items) {
    if (!seen.has(item.id)) {
      problems.push({ path: 'items', message: `Item ${item.number} ${item.title} ("${item.id}") is missing.` })
    }
  }
  return problems
}

function valueFits(field: InputField, value: CalculatorValue): boolean {
  switch (field.type) {
    case 'number':
      return typeof value === 'number'
    case 'number-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'number')
    case 'yes-no':
      return typeof value === 'boolean'
    case 'element-set':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
  }
}

function checkCalculator(scaleItem: ScaleItem, item: PracticeItem, path: string): PracticeCaseProblem[] {
  const calculator = scaleItem.calculator
  const values = item.calculatorInputs ?? {}
  if (!calculator || calculator.kind === 'ordinal') {
    return [{ path, message: `Item ${scaleItem.number} is rated by judgement, so it takes no calculator inputs.` }]
  }
  // Cases written before item 1's per-specialist rows and item 21's caseload total still check in their old shape.
  const fields = new Map(storedInputFields(calculator, values).map((field) => [field.name as string, field]))
  const problems: PracticeCaseProblem[] = []
  for (const [name, value] of Object.entries(values)) {
    const field = fields.get(name)
    if (!field) {
      const names = [...fields.keys()].map((n) => `"${n}"`).join(', ')
      problems.push({
        path: `${path}.${name}`,
        message: `"${name}" is not an input of this calculator; it takes ${names}.`,
      })
    } else if (!valueFits(field, value)) {
      problems.push({ path: `${path}.${name}`, message: `"${name}" (${field.label}) has the wrong kind of value.` })
    }
  }
  for (const [name, field] of fields) {
    if (!(name in values)) problems.push({ path: `${path}.${name}`, message: `Give "${name}" (${field.label}).` })
  }
  if (problems.length > 0) return problems
  const suggestion = suggestAnchor(scaleItem, values as CalculatorInputs)
  if (suggestion.status === 'cannot-suggest') return [{ path, message: suggestion.reason }]
  if (suggestion.anchor !== item.reference.score) {
    return [
      {
        path,
        message: `The calculator suggests ${suggestion.anchor} (${suggestion.arithmetic}; ${suggestion.rule}) but the reference score is ${item.reference.score}.`,
      },
    ]
  }
  return []
}

/**
 * A trainee learns most where the evidence sits on an edge, so boundary reasoning must say which
 * other anchor was weighed, as "anchor N" or "the N/M boundary", rather than only that it was close.
 */
function checkReasoning(item: PracticeItem, path: string): PracticeCaseProblem[] {
  const { score, reasoning, nearBoundary } = item.reference
  if (!nearBoundary) return []
  const named = [
    ...[...reasoning.matchAll(/\banchors?\s+([1-5])\b/gi)].map((m) => [m[1]]),
    ...[...reasoning.matchAll(/\b([1-5])\s*\/\s*([1-5])\s+boundary\b/gi)].map((m) => [m[1], m[2]]),
  ].flat()
  if (named.some((n) => Number(n) !== score)) return []
  const other = score === 5 ? 4 : score + 1
  const pair = `${Math.min(score, other)}/${Math.max(score, other)}`
  return [
    {
      path: `${path}.reference.reasoning`,
      message: `The item is marked near a boundary, so the reasoning names the other anchor it was weighed against, e.g. "anchor ${other}" or "the ${pair} boundary", and says why the score is ${score}.`,
    },
  ]
}

const anonymousCode = RecordReviewRowInputSchema.shape.anonymousId

function checkRecordRows(practiceCase: PracticeCase): PracticeCaseProblem[] {
  const problems: PracticeCaseProblem[] = []
  const seen = new Set<string>()
  for (const [index, row] of practiceCase.recordReviewRows.entries()) {
    const path = `recordReviewRows.${index}.anonymousId`
    const parsed = anonymousCode.safeParse(row.anonymousId)
    if (!parsed.success) {
      problems.push({ path, message: parsed.error.issues[0]?.message ?? 'Use an anonymous code such as "P-01".' })
    } else if (seen.has(parsed.data)) {
      problems.push({ path, message: `The code "${parsed.data}" is used for two records.` })
    }
    if (parsed.success) seen.add(parsed.data)
  }
  return problems
}

/**
 * The record-review table feeds item 15: a trainee who fills the calculator from the records must
 * get the figures the case gives, or the two would disagree on screen.
 */
function checkRapidJobSearchDays(practiceCase: PracticeCase): PracticeCaseProblem[] {
  const fromRows = practiceCase.recordReviewRows.flatMap((row) =>
    row.daysToFirstEmployerContact === null || row.daysToFirstEmployerContact === undefined
      ? []
      : [row.daysToFirstEmployerContact],
  )
  const index = practiceCase.items.findIndex((item) => item.itemId === 'rapid-job-search')
  const given = practiceCase.items[index]?.calculatorInputs?.daysPerRecord
  if (fromRows.length === 0 || !Array.isArray(given)) return []
  const sorted = (list: readonly (number | string)[]) => [...list].map(Number).sort((a, b) => a - b)
  if (sorted(given).join() === sorted(fromRows).join()) return []
  return [
    {
      path: `items.${index}.calculatorInputs.daysPerRecord`,
      message: `The days (${given.join(', ')}) differ from the record-review rows' days to first employer contact (${fromRows.join(', ')}).`,
    },
  ]
}

function checkTotal(practiceCase: PracticeCase, scale: ScaleFile): PracticeCaseProblem[] {
  const expected = scale.bands.find((band) => band.id === practiceCase.expectedBandId)
  if (!expected) {
    return [{ path: 'expectedBandId', message: `The scale has no band "${practiceCase.expectedBandId}".` }]
  }
  const scores = new Map(practiceCase.items.map((item) => [item.itemId, item.reference.score]))
  // Without every item the total means nothing; the missing item is reported already.
  if (!scale.items.every((item) => scores.has(item.id))) return []
  const total = scale.items.reduce((sum, item) => sum + (scores.get(item.id) ?? 0), 0)
  if (expected.min <= total && total <= expected.max) return []
  const actual = scale.bands.find((band) => band.min <= total && total <= band.max)
  return [
    {
      path: 'expectedBandId',
      message: `The reference scores add up to ${total}, which is ${actual?.label ?? 'outside every band'}, not ${expected.label} (${expected.min} to ${expected.max}).`,
    },
  ]
}

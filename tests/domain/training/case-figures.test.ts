import { describe, expect, it } from 'vitest'
import { upgradeCalculatorValues } from '#domain/calculators/inputs'
import { practiceCases } from '#domain/practice/catalogue'
import { inputsFromRecords } from '#domain/review/record-review-inputs'
import { findScale } from '#domain/scale/catalogue'
import { compareFigures } from '#domain/training/figures'

/**
 * A trainee starts with empty calculators and enters the figures from the case's evidence, so every figure
 * the reference works from must be findable there. Figures a trainee works out rather than reads are listed
 * with where they come from.
 */
const workedOut: Record<string, string> = {
  'north-fenwold-rural-cmht/caseload-size/specialistCaseloads':
    'each specialist’s "active" plus "maintenance" service users (19 + 2, 19 + 2, 20 + 2, 13 + 1)',
  'kelverton-drug-and-alcohol/job-development-quality/perSpecialist': 'each specialist rated 1 to 5 on the anchors',
  'north-fenwold-rural-cmht/job-development-quality/perSpecialist': 'each specialist rated 1 to 5 on the anchors',
  'riverside-early-intervention/job-development-quality/perSpecialist': 'each specialist rated 1 to 5 on the anchors',
}

/** "2.6" in "2.6 full-time equivalent" and 1 in "1.0 FTE", but not the "6" in "2.6" or the "66" in "660". */
const mentions = (text: string, figure: number) =>
  new RegExp(`(^|[^\\d.])${String(figure).replace('.', '\\.')}(\\.0+)?(?!\\d|\\.\\d)`).test(text)

/** Every number in an input's value, also inside rows of figures (such as one row per specialist). */
const numbersIn = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(numbersIn)
      : []

const cases = practiceCases.map((practiceCase) => ({
  id: practiceCase.id,
  practiceCase,
  scale: findScale(practiceCase.scaleId, practiceCase.scaleVersion)!,
}))

describe.each(cases)('the shipped practice case $id', ({ id, practiceCase, scale }) => {
  it('gives in each item’s evidence every reference figure a trainee must enter', () => {
    const missing = practiceCase.items.flatMap((item) => {
      const text = item.evidence.map((entry) => entry.note).join('\n')
      return Object.entries(item.calculatorInputs ?? {}).flatMap(([name, value]) => {
        if (`${id}/${item.itemId}/${name}` in workedOut) return []
        return numbersIn(value)
          .filter((figure) => !mentions(text, figure))
          .map((figure) => `${item.itemId} ${name} ${figure}`)
      })
    })
    expect(missing).toEqual([])
  })

  it('has record-review rows that fill each calculator they feed with the reference figures', () => {
    // What "Use the record review" would enter, over the reference's other inputs (such as tracking).
    const filled = practiceCase.items.flatMap((entry) => {
      const item = scale.items.find((candidate) => candidate.id === entry.itemId)!
      const fill = entry.calculatorInputs && inputsFromRecords(item, practiceCase.recordReviewRows, null)
      return fill
        ? [
            {
              itemId: item.id,
              values: { ...upgradeCalculatorValues(item.calculator, entry.calculatorInputs ?? {}), ...fill.values },
            },
          ]
        : []
    })
    expect(filled.length).toBeGreaterThan(0)
    const fed = new Set(filled.map((row) => row.itemId))
    const differing = compareFigures(scale, practiceCase, filled).filter(
      (entry) => fed.has(entry.item.id) && entry.status !== 'same',
    )
    expect(differing.map((entry) => [entry.item.id, entry.differences])).toEqual([])
  })
})

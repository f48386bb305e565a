import type { Calculator, CountRange, RangeBand, ScaleProblem } from './schema'

/** One problem per repeated value, pointing at the repeat and naming the first occurrence. */
export function duplicates(values: string[], listPath: string, field: string, what: string): ScaleProblem[] {
  return values.flatMap((value, i) => {
    const first = values.indexOf(value)
    const path = field ? `${listPath}.${i}.${field}` : `${listPath}.${i}`
    return first < i ? [{ path, message: `${what} "${value}" repeats ${listPath}.${first}` }] : []
  })
}

/** Checks that an item calculator maps every possible value to exactly one anchor. */
export function checkCalculator(calculator: Calculator, at: string): ScaleProblem[] {
  switch (calculator.kind) {
    case 'ratio-bands':
    case 'day-bands':
      return checkRangeBands(calculator.bands, `${at}.bands`, null)
    case 'percentage-bands':
      return checkRangeBands(calculator.bands, `${at}.bands`, 100)
    case 'per-specialist-average':
      return checkPoints(
        calculator.points.map((p) => p.value),
        calculator.points.map((p) => p.anchor),
        `${at}.points`,
      )
    case 'checklist':
      return [
        ...duplicates(
          calculator.elements.map((e) => e.id),
          `${at}.elements`,
          'id',
          'Element id',
        ),
        ...checkCountRanges(calculator.countToAnchor, calculator.elements.length, `${at}.countToAnchor`),
      ]
    case 'ordinal':
      return []
  }
}

/** Bands must cover [0, upper] (upper null = no limit) exactly once: sorted, touching, one side owning each edge. */
export function checkRangeBands(bands: RangeBand[], at: string, upper: number | null): ScaleProblem[] {
  const problems: ScaleProblem[] = []
  bands.forEach((band, i) => {
    if (
      band.max !== null &&
      (band.max < band.min || (band.max === band.min && !(band.minInclusive && band.maxInclusive)))
    ) {
      problems.push({
        path: `${at}.${i}`,
        message: `Band for anchor ${band.anchor} is empty: its upper limit is not above its lower limit`,
      })
    }
  })
  const sorted = [...bands.entries()].sort(
    ([, a], [, b]) => a.min - b.min || Number(b.minInclusive) - Number(a.minInclusive),
  )
  const [firstIndex, first] = sorted[0] ?? []
  if (first && (first.min !== 0 || !first.minInclusive)) {
    problems.push({
      path: `${at}.${firstIndex}`,
      message: 'The lowest band must start at 0, including 0: values below it would be uncovered',
    })
  }
  for (let k = 1; k < sorted.length; k++) {
    const [, prev] = sorted[k - 1]!
    const [index, band] = sorted[k]!
    if (prev.max === null || prev.max > band.min || (prev.max === band.min && prev.maxInclusive && band.minInclusive)) {
      problems.push({
        path: `${at}.${index}`,
        message: `Band for anchor ${band.anchor} overlaps the band for anchor ${prev.anchor}`,
      })
    } else if (prev.max < band.min || (!prev.maxInclusive && !band.minInclusive)) {
      problems.push({
        path: `${at}.${index}`,
        message: `Gap between the bands for anchors ${prev.anchor} and ${band.anchor}: values near ${prev.max} are uncovered`,
      })
    }
  }
  const [lastIndex, last] = sorted[sorted.length - 1] ?? []
  if (last) {
    const endsRight = upper === null ? last.max === null : last.max === upper && last.maxInclusive
    if (!endsRight) {
      const where = upper === null ? 'have no upper limit (max: null)' : `end at ${upper}, including ${upper}`
      problems.push({
        path: `${at}.${lastIndex}`,
        message: `The highest band must ${where}: values above it would be uncovered`,
      })
    }
  }
  return problems
}

function checkPoints(values: number[], anchors: number[], at: string): ScaleProblem[] {
  for (let k = 1; k < values.length; k++) {
    if (values[k]! <= values[k - 1]! || anchors[k]! <= anchors[k - 1]!) {
      return [{ path: `${at}.${k}`, message: 'Points must rise in both value and anchor' }]
    }
  }
  return []
}

/** Every count 0..elementCount must map to exactly one range. */
function checkCountRanges(ranges: CountRange[], elementCount: number, at: string): ScaleProblem[] {
  const problems: ScaleProblem[] = []
  ranges.forEach((range, i) => {
    if (range.anchor === null && !range.note) {
      problems.push({
        path: `${at}.${i}.note`,
        message: 'A count range without an anchor needs a note saying what the reviewer decides',
      })
    }
    if (range.max < range.min) problems.push({ path: `${at}.${i}`, message: 'Count range ends before it starts' })
  })
  for (let count = 0; count <= elementCount; count++) {
    const owners = ranges.filter((r) => r.min <= count && count <= r.max).length
    if (owners === 0) problems.push({ path: at, message: `No anchor for ${count} elements present` })
    if (owners > 1) problems.push({ path: at, message: `Count ${count} falls in more than one range` })
  }
  ranges.forEach((range, i) => {
    if (range.max > elementCount) {
      problems.push({ path: `${at}.${i}.max`, message: `Count range goes past the ${elementCount} elements listed` })
    }
  })
  return problems
}

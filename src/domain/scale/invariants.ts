import { checkCalculator, duplicates } from './calculator-invariants'
import type { ScaleFile, ScaleItem, ScaleProblem } from './schema'

/** The IPS-25 structure every scale file must declare, in this order. */
export const IPS_SECTIONS = [
  { id: 'staffing', itemCount: 3 },
  { id: 'organization', itemCount: 8 },
  { id: 'services', itemCount: 14 },
] as const
export const IPS_ITEM_COUNT = 25
export const LOWEST_TOTAL = 25
export const HIGHEST_TOTAL = 125
const ANCHOR_SCORES = [1, 2, 3, 4, 5] as const

/** Path segments for a zod issue from a dotted problem path ("items.3.anchors" -> ['items', 3, 'anchors']). */
export function pathSegments(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/** Every rule a structurally valid scale file must also obey; an empty list means the file is sound. */
export function checkScaleInvariants(scale: ScaleFile): ScaleProblem[] {
  return [...checkBlankText(scale, ''), ...checkStructure(scale), ...checkItems(scale), ...checkTotalBands(scale)]
}

function checkBlankText(value: unknown, path: string): ScaleProblem[] {
  if (typeof value === 'string') {
    return value.trim() === '' ? [{ path: path || '(file)', message: 'Text is empty' }] : []
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => checkBlankText(v, join(path, i)))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => checkBlankText(v, join(path, key)))
  }
  return []
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`)

function checkStructure(scale: ScaleFile): ScaleProblem[] {
  const problems: ScaleProblem[] = []
  const declared = scale.sections.map((s) => `${s.id} ${s.itemCount}`).join(', ')
  const expected = IPS_SECTIONS.map((s) => `${s.id} ${s.itemCount}`).join(', ')
  if (declared !== expected) {
    problems.push({ path: 'sections', message: `Sections must be ${expected} (found ${declared || 'none'})` })
  }
  for (const [i, section] of scale.sections.entries()) {
    const actual = scale.items.filter((item) => item.sectionId === section.id).length
    if (actual !== section.itemCount) {
      problems.push({
        path: `sections.${i}.itemCount`,
        message: `Section "${section.id}" declares ${section.itemCount} items but has ${actual}`,
      })
    }
  }
  if (scale.items.length !== IPS_ITEM_COUNT) {
    problems.push({
      path: 'items',
      message: `The scale must have ${IPS_ITEM_COUNT} items (found ${scale.items.length})`,
    })
  }
  problems.push(
    ...duplicates(
      scale.dataSources.map((d) => d.code),
      'dataSources',
      'code',
      'Data source code',
    ),
  )
  problems.push(
    ...duplicates(
      scale.sections.map((s) => s.id),
      'sections',
      'id',
      'Section id',
    ),
  )
  return problems
}

function checkItems(scale: ScaleFile): ScaleProblem[] {
  const problems = duplicates(
    scale.items.map((item) => item.id),
    'items',
    'id',
    'Item id',
  )
  const declaredSources = new Set(scale.dataSources.map((d) => d.code))
  const sectionOrder = scale.sections.map((s) => s.id)
  let previousSection = -1
  let sectionNumber = 0
  for (const [i, item] of scale.items.entries()) {
    const at = `items.${i}`
    if (item.number !== i + 1) {
      problems.push({
        path: `${at}.number`,
        message: `Item numbers must run 1, 2, 3… without gaps: expected ${i + 1}, found ${item.number}`,
      })
    }
    const sectionIndex = sectionOrder.indexOf(item.sectionId)
    if (sectionIndex === -1) {
      problems.push({ path: `${at}.sectionId`, message: `Section "${item.sectionId}" is not declared in sections` })
    } else if (sectionIndex < previousSection) {
      problems.push({
        path: `${at}.sectionId`,
        message: `Items of section "${item.sectionId}" must be together, in section order`,
      })
    } else {
      sectionNumber = sectionIndex === previousSection ? sectionNumber + 1 : 1
      previousSection = sectionIndex
      if (item.sectionNumber !== sectionNumber) {
        problems.push({
          path: `${at}.sectionNumber`,
          message: `Numbers within section "${item.sectionId}" must run 1, 2, 3… without gaps: expected ${sectionNumber}, found ${item.sectionNumber}`,
        })
      }
    }
    problems.push(...checkAnchors(item, at), ...checkSources(item, at, declaredSources))
    if (item.calculator) problems.push(...checkCalculator(item.calculator, `${at}.calculator`))
  }
  return problems
}

function checkAnchors(item: ScaleItem, at: string): ScaleProblem[] {
  const problems: ScaleProblem[] = []
  for (const score of ANCHOR_SCORES) {
    const count = item.anchors.filter((a) => a.score === score).length
    if (count === 0) problems.push({ path: `${at}.anchors`, message: `Item "${item.id}" has no anchor ${score}` })
    if (count > 1)
      problems.push({ path: `${at}.anchors`, message: `Item "${item.id}" has anchor ${score} ${count} times` })
  }
  item.anchors.forEach((anchor, j) => {
    if (anchor.score !== j + 1) {
      problems.push({
        path: `${at}.anchors.${j}.score`,
        message: `Anchors must be listed 1 to 5 in order: expected ${j + 1}, found ${anchor.score}`,
      })
    }
  })
  return problems
}

function checkSources(item: ScaleItem, at: string, declared: Set<string>): ScaleProblem[] {
  const problems = duplicates(item.dataSources, `${at}.dataSources`, '', 'Data source')
  item.dataSources.forEach((code, j) => {
    if (!declared.has(code))
      problems.push({ path: `${at}.dataSources.${j}`, message: `Data source "${code}" is not declared in dataSources` })
    if (!item.evidencePrompts.some((p) => p.source === code)) {
      problems.push({
        path: `${at}.evidencePrompts`,
        message: `Item "${item.id}" has no evidence prompt for data source ${code}`,
      })
    }
  })
  item.evidencePrompts.forEach((prompt, j) => {
    if (!item.dataSources.includes(prompt.source)) {
      problems.push({
        path: `${at}.evidencePrompts.${j}.source`,
        message: `Data source ${prompt.source} is not listed for item "${item.id}"`,
      })
    }
  })
  return problems
}

function checkTotalBands(scale: ScaleFile): ScaleProblem[] {
  const problems: ScaleProblem[] = []
  for (const [i, band] of scale.bands.entries()) {
    if (band.max < band.min) problems.push({ path: `bands.${i}`, message: `Band "${band.id}" ends before it starts` })
    if (band.min < LOWEST_TOTAL || band.max > HIGHEST_TOTAL) {
      problems.push({
        path: `bands.${i}`,
        message: `Band "${band.id}" reaches outside the possible totals ${LOWEST_TOTAL}–${HIGHEST_TOTAL}`,
      })
    }
  }
  const uncovered: number[] = []
  for (let total = LOWEST_TOTAL; total <= HIGHEST_TOTAL; total++) {
    const owners = scale.bands.filter((b) => b.min <= total && total <= b.max)
    if (owners.length === 0) uncovered.push(total)
    if (owners.length > 1) {
      problems.push({
        path: 'bands',
        message: `Total ${total} falls in more than one band (${owners.map((b) => b.id).join(', ')})`,
      })
    }
  }
  if (uncovered.length > 0) {
    problems.push({
      path: 'bands',
      message: `No band covers the total${uncovered.length > 1 ? 's' : ''} ${summarise(uncovered)}`,
    })
  }
  problems.push(
    ...duplicates(
      scale.bands.map((b) => b.id),
      'bands',
      'id',
      'Band id',
    ),
  )
  return problems
}

/** "26–30, 74" from [26, 27, 28, 29, 30, 74]. */
function summarise(numbers: number[]): string {
  const runs: string[] = []
  let start = numbers[0]!
  for (let k = 1; k <= numbers.length; k++) {
    const current = numbers[k]
    const previous = numbers[k - 1]!
    if (current !== previous + 1) {
      runs.push(start === previous ? String(start) : `${start}–${previous}`)
      if (current !== undefined) start = current
    }
  }
  return runs.join(', ')
}

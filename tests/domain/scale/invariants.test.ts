import { describe, expect, it } from 'vitest'
import { parseScale } from '#domain/scale/parse'
import type { ScaleFile, ScaleProblem } from '#domain/scale/schema'
import { itemOf, rawScale } from './helpers'

function problemsOf(scale: unknown): ScaleProblem[] {
  const result = parseScale(scale)
  return result.ok ? [] : result.problems
}

/** A deliberately broken copy of the UK file. */
function broken(edit: (scale: ScaleFile) => void): ScaleFile {
  const scale = rawScale('ips-uk')
  edit(scale)
  return scale
}

const calculatorOf = (scale: ScaleFile, id: string) => {
  const calculator = itemOf(scale, id).calculator
  if (!calculator) throw new Error(`${id} has no calculator`)
  return calculator
}

describe('scale invariants reject broken copies with a path and a readable message', () => {
  it('accepts the shipped file as a control', () => {
    expect(problemsOf(rawScale('ips-uk'))).toEqual([])
  })

  const cases: [string, (scale: ScaleFile) => void, ScaleProblem][] = [
    [
      'a repeated item id',
      (s) => (s.items[4]!.id = 'caseload-size'),
      { path: 'items.4.id', message: 'Item id "caseload-size" repeats items.0' },
    ],
    [
      'an item missing anchor 3',
      (s) => s.items[0]!.anchors.splice(2, 1),
      { path: 'items.0.anchors', message: 'Item "caseload-size" has no anchor 3' },
    ],
    [
      'an item with only four anchors (the last dropped)',
      (s) => s.items[24]!.anchors.pop(),
      { path: 'items.24.anchors', message: 'Item "assertive-engagement-and-outreach" has no anchor 5' },
    ],
    [
      'a section whose size differs from its declared count',
      (s) => (s.items[3]!.sectionId = 'staffing'),
      { path: 'sections.0.itemCount', message: 'Section "staffing" declares 3 items but has 4' },
    ],
    [
      'a declared structure other than Staffing 3, Organization 8, Services 14',
      (s) => {
        s.sections[0]!.itemCount = 4
        s.sections[1]!.itemCount = 7
      },
      {
        path: 'sections',
        message:
          'Sections must be staffing 3, organization 8, services 14 (found staffing 4, organization 7, services 14)',
      },
    ],
    [
      'a gap in the sequential numbering',
      (s) => (s.items[9]!.number = 11),
      { path: 'items.9.number', message: 'Item numbers must run 1, 2, 3… without gaps: expected 10, found 11' },
    ],
    [
      'a gap in the numbering within a section',
      (s) => (s.items[14]!.sectionNumber = 5),
      {
        path: 'items.14.sectionNumber',
        message: 'Numbers within section "services" must run 1, 2, 3… without gaps: expected 4, found 5',
      },
    ],
    [
      'overlapping calculator bands',
      (s) => {
        const calculator = calculatorOf(s, 'caseload-size')
        if (calculator.kind === 'ratio-bands') calculator.bands[1]!.min = 19
      },
      { path: 'items.0.calculator.bands.1', message: 'Band for anchor 4 overlaps the band for anchor 5' },
    ],
    [
      'two calculator bands that both include their shared edge',
      (s) => {
        const calculator = calculatorOf(s, 'caseload-size')
        if (calculator.kind === 'ratio-bands') calculator.bands[1]!.minInclusive = true
      },
      { path: 'items.0.calculator.bands.1', message: 'Band for anchor 4 overlaps the band for anchor 5' },
    ],
    [
      'a gap between calculator bands',
      (s) => {
        const calculator = calculatorOf(s, 'competitive-jobs')
        if (calculator.kind === 'percentage-bands') calculator.bands[0]!.max = 64
      },
      {
        path: 'items.20.calculator.bands.1',
        message: 'Gap between the bands for anchors 1 and 2: values near 64 are uncovered',
      },
    ],
    [
      'calculator bands that leave their shared edge to neither side',
      (s) => {
        const calculator = calculatorOf(s, 'rapid-job-search')
        if (calculator.kind === 'day-bands') calculator.bands[0]!.maxInclusive = false
      },
      {
        path: 'items.14.calculator.bands.1',
        message: 'Gap between the bands for anchors 5 and 4: values near 30 are uncovered',
      },
    ],
    [
      'percentage bands that stop short of 100%',
      (s) => {
        const calculator = calculatorOf(s, 'employment-services-staff')
        if (calculator.kind === 'percentage-bands') calculator.bands[4]!.maxInclusive = false
      },
      {
        path: 'items.1.calculator.bands.4',
        message: 'The highest band must end at 100, including 100: values above it would be uncovered',
      },
    ],
    [
      'a checklist with a count that maps to no anchor',
      (s) => {
        const calculator = calculatorOf(s, 'disclosure')
        if (calculator.kind === 'checklist') calculator.countToAnchor.splice(2, 1)
      },
      { path: 'items.12.calculator.countToAnchor', message: 'No anchor for 2 elements present' },
    ],
    [
      'total bands that overlap',
      (s) => (s.bands[1]!.max = 115),
      { path: 'bands', message: 'Total 115 falls in more than one band (exemplary, good)' },
    ],
    [
      'total bands that leave a total uncovered',
      (s) => (s.bands[2]!.min = 76),
      { path: 'bands', message: 'No band covers the totals 74–75' },
    ],
    ['an empty title', (s) => (s.items[6]!.title = ''), { path: 'items.6.title', message: 'Text is empty' }],
    [
      'a whitespace-only anchor',
      (s) => (s.items[2]!.anchors[3]!.text = '   \n'),
      { path: 'items.2.anchors.3.text', message: 'Text is empty' },
    ],
    [
      'an empty file note',
      (s) => s.notes.push(' '),
      { path: `notes.${rawScale('ips-uk').notes.length}`, message: 'Text is empty' },
    ],
    [
      'an item data source that the file does not declare',
      (s) => {
        s.items[0]!.dataSources.push('XYZ')
        s.items[0]!.evidencePrompts.push({ source: 'XYZ', prompt: 'Look at it' })
      },
      { path: 'items.0.dataSources.3', message: 'Data source "XYZ" is not declared in dataSources' },
    ],
    [
      'a data source with no evidence prompt',
      (s) => s.items[0]!.evidencePrompts.pop(),
      { path: 'items.0.evidencePrompts', message: 'Item "caseload-size" has no evidence prompt for data source INT' },
    ],
  ]

  it.each(cases)('%s', (_name, edit, expected) => {
    expect(problemsOf(broken(edit))).toContainEqual(expected)
  })
})

describe('parseScale on files that are not scales at all', () => {
  it('returns problems instead of throwing', () => {
    expect(problemsOf(null)).toEqual([{ path: '(file)', message: expect.any(String) }])
    expect(problemsOf('not json')).toHaveLength(1)
  })

  it('names the path of a missing or mistyped field', () => {
    const scale = broken((s) => {
      delete (s as Partial<ScaleFile>).title
      ;(s.items[1] as { number: unknown }).number = 'two'
    })
    const paths = problemsOf(scale).map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['title', 'items.1.number']))
  })

  it('rejects an unknown calculator kind and a wrong anchor score at their paths', () => {
    const scale = broken((s) => {
      ;(s.items[0]!.calculator as { kind: string }).kind = 'guess'
      s.items[1]!.anchors[0]!.score = 6
    })
    const paths = problemsOf(scale).map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['items.0.calculator.kind', 'items.1.anchors.0.score']))
  })
})

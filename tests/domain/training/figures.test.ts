import { describe, expect, it } from 'vitest'
import type { PracticeCase } from '#domain/practice/case'
import type { ChecklistCalculator } from '#domain/scale/schema'
import { compareFigures, NOT_ENTERED, type ItemFigures } from '#domain/training/figures'
import { practiceCase, ukScale } from './helpers'

type Values = Record<string, unknown>

// Reference figures on four kinds of calculator; the case's reference is 4 on every item.
const referenceInputs: Record<string, Values> = {
  'caseload-size': { activeClients: 88, specialistFte: 4 },
  'rapid-job-search': { daysPerRecord: [35, 40, 40, 50], employerContactsTracked: true },
  disclosure: { elementsPresent: ['not-required', 'pros-and-cons', 'what-to-say'] },
  'job-development-frequency': { perSpecialist: [5, 5, 6] },
}

function caseWith(inputs: Record<string, Values>): PracticeCase {
  const base = practiceCase()
  return {
    ...base,
    items: base.items.map((item) =>
      item.itemId in inputs ? { ...item, calculatorInputs: inputs[item.itemId] as never } : item,
    ),
  }
}

const figuresCase = caseWith(referenceInputs)

/** The comparison of one item when the trainee entered `values` for it (undefined: no row at all). */
function itemFigures(itemId: string, values: Values | undefined, theCase = figuresCase): ItemFigures {
  const rows = values === undefined ? [] : [{ itemId, values }]
  const found = compareFigures(ukScale, theCase, rows).find((entry) => entry.item.id === itemId)
  if (!found) throw new Error(`No figures for ${itemId}`)
  return found
}

const disclosure = ukScale.items.find((item) => item.id === 'disclosure')!.calculator as ChecklistCalculator
const disclosureText = (id: string) => disclosure.elements.find((element) => element.id === id)!.text

describe('compareFigures', () => {
  it('lists only items the case gives reference figures for, in scale order', () => {
    expect(compareFigures(ukScale, figuresCase, []).map((entry) => entry.item.number)).toEqual([1, 13, 15, 17])
    expect(compareFigures(ukScale, practiceCase(), [])).toEqual([])
  })

  it.each([
    ['no row at all', 'caseload-size', undefined, ['activeClients', 'specialistFte']],
    ['a row with no values', 'caseload-size', {}, ['activeClients', 'specialistFte']],
    [
      'a row whose figures were cleared',
      'rapid-job-search',
      { daysPerRecord: null },
      ['daysPerRecord', 'employerContactsTracked'],
    ],
  ])('says the trainee entered nothing for %s, beside every reference figure', (_name, itemId, values, names) => {
    const figures = itemFigures(itemId, values)
    expect(figures).toMatchObject({ status: 'not-entered', yourSuggestion: null, referenceSuggestion: 4 })
    expect(figures.differences.map((difference) => [difference.name, difference.yours])).toEqual(
      names.map((name) => [name, NOT_ENTERED]),
    )
  })

  it.each([
    ['the same ratio figures', 'caseload-size', { activeClients: 88, specialistFte: 4 }],
    [
      'the same days in another order',
      'rapid-job-search',
      { daysPerRecord: [50, 40, 35, 40], employerContactsTracked: true },
    ],
    [
      'the same elements ticked in another order',
      'disclosure',
      { elementsPresent: ['what-to-say', 'not-required', 'pros-and-cons'] },
    ],
    ['the same specialists in another order', 'job-development-frequency', { perSpecialist: [6, 5, 5] }],
  ])('finds no difference for %s', (_name, itemId, values) => {
    expect(itemFigures(itemId, values)).toMatchObject({ status: 'same', differences: [] })
  })

  it.each([
    {
      name: 'one ratio figure differs, labelled as the calculator declares it',
      itemId: 'caseload-size',
      values: { activeClients: 78, specialistFte: 4 },
      differences: [
        {
          name: 'activeClients',
          label: 'active service users',
          yours: '78',
          reference: '88',
          onlyYours: [],
          onlyReference: [],
        },
      ],
      yourSuggestion: 5,
    },
    {
      name: 'a figure left empty',
      itemId: 'caseload-size',
      values: { activeClients: 88 },
      differences: [
        {
          name: 'specialistFte',
          label: 'specialist FTE',
          yours: NOT_ENTERED,
          reference: '4',
          onlyYours: [],
          onlyReference: [],
        },
      ],
      yourSuggestion: null,
    },
    {
      name: 'one record’s days typed wrong, counting a repeated figure once per record',
      itemId: 'rapid-job-search',
      values: { daysPerRecord: [35, 40, 53, 50], employerContactsTracked: true },
      differences: [
        {
          name: 'daysPerRecord',
          label: 'days between joining and meeting an employer in person (one figure per sampled record)',
          yours: '35, 40, 53, 50',
          reference: '35, 40, 40, 50',
          onlyYours: ['53'],
          onlyReference: ['40'],
        },
      ],
      yourSuggestion: 4,
    },
    {
      name: 'a yes-or-no answered the other way',
      itemId: 'rapid-job-search',
      values: { daysPerRecord: [35, 40, 40, 50], employerContactsTracked: false },
      differences: [
        {
          name: 'employerContactsTracked',
          label: 'Employer contacts are tracked',
          yours: 'no',
          reference: 'yes',
          onlyYours: [],
          onlyReference: [],
        },
      ],
      yourSuggestion: 4,
    },
    {
      name: 'a checklist with one element missed and one extra, named in words',
      itemId: 'disclosure',
      values: { elementsPresent: ['not-required', 'what-to-say', 'revisited'] },
      differences: [
        {
          name: 'elementsPresent',
          label: 'Elements with evidence',
          yours: '3 of 4 ticked',
          reference: '3 of 4 ticked',
          onlyYours: [disclosureText('revisited')],
          onlyReference: [disclosureText('pros-and-cons')],
        },
      ],
      yourSuggestion: 4,
    },
    {
      name: 'a checklist entered with nothing ticked',
      itemId: 'disclosure',
      values: { elementsPresent: [] },
      differences: [
        {
          name: 'elementsPresent',
          label: 'Elements with evidence',
          yours: '0 of 4 ticked',
          reference: '3 of 4 ticked',
          onlyYours: [],
          onlyReference: ['not-required', 'pros-and-cons', 'what-to-say'].map(disclosureText),
        },
      ],
      yourSuggestion: 1,
    },
    {
      name: 'a specialist missing from the list',
      itemId: 'job-development-frequency',
      values: { perSpecialist: [5, 6] },
      differences: [
        {
          name: 'perSpecialist',
          label: 'face-to-face employer contacts a week (one figure per specialist)',
          yours: '5, 6',
          reference: '5, 5, 6',
          onlyYours: [],
          onlyReference: ['5'],
        },
      ],
      yourSuggestion: 4,
    },
  ])('shows where the figures differ: $name', ({ itemId, values, differences, yourSuggestion }) => {
    expect(itemFigures(itemId, values)).toEqual({
      item: expect.objectContaining({ id: itemId }),
      status: 'differ',
      differences,
      yourSuggestion,
      referenceSuggestion: 4,
    })
  })

  it('compares inputs it has no label for by their key, including rows of figures in any order', () => {
    // As a calculator with one row per specialist would store them: every input still shows, named by its key.
    const rowsCase = caseWith({
      'caseload-size': {
        activeClients: 88,
        specialistFte: 4,
        specialists: [
          { caseload: 16, fte: 0.5 },
          { caseload: 20, fte: 1 },
        ],
      },
    })
    const same = {
      activeClients: 88,
      specialistFte: 4,
      specialists: [
        { fte: 1, caseload: 20 },
        { caseload: 16, fte: 0.5 },
      ],
    }
    expect(itemFigures('caseload-size', same, rowsCase).status).toBe('same')
    const differing = {
      ...same,
      specialists: [
        { fte: 1, caseload: 20 },
        { caseload: 61, fte: 0.5 },
      ],
    }
    expect(itemFigures('caseload-size', differing, rowsCase).differences).toEqual([
      {
        name: 'specialists',
        label: 'specialists',
        yours: 'caseload 20, fte 1, caseload 61, fte 0.5',
        reference: 'caseload 16, fte 0.5, caseload 20, fte 1',
        onlyYours: ['caseload 61, fte 0.5'],
        onlyReference: ['caseload 16, fte 0.5'],
      },
    ])
  })
})

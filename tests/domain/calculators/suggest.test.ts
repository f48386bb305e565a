import { describe, expect, it } from 'vitest'
import { inputFieldsFor } from '#domain/calculators/inputs'
import type { CalculatorInputs } from '#domain/calculators/inputs'
import { suggestAnchor, suggestFromStored } from '#domain/calculators/suggest'
import { findScale } from '#domain/scale/catalogue'
import type { ScaleFile } from '#domain/scale/schema'
import { itemOf } from '../scale/helpers'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!

function anchorFor(scale: ScaleFile, itemId: string, inputs: CalculatorInputs) {
  const suggestion = suggestAnchor(itemOf(scale, itemId), inputs)
  return suggestion.status === 'suggested' ? suggestion.anchor : suggestion.reason
}

describe.each([
  ['UK', uk],
  ['US', us],
])('%s scale', (_name, scale) => {
  describe('caseload size: the whole team’s clients ÷ specialist FTE, unrounded', () => {
    it.each([
      [20, 1, 5],
      [21, 1, 4],
      [25, 1, 4],
      [26, 1, 3],
      [30, 1, 3],
      [31, 1, 2],
      [40, 1, 2],
      [41, 1, 1],
      [0, 1, 5],
    ])('one full-time specialist holding %s → %s', (caseload, fte, anchor) => {
      expect(anchorFor(scale, 'caseload-size', { specialistCaseloads: [caseload], specialistFtes: [fte] })).toBe(anchor)
    })

    it.each([
      // [caseloads, FTEs, team anchor]
      [[21, 20, 21], [1, 1, 1], 4], // 62 ÷ 3 = 20.67
      [[20, 20, 10], [1, 1, 0.5], 5], // 50 ÷ 2.5 = 20.0
      [[20, 21], [1, 1], 4], // 41 ÷ 2 = 20.5: over 20
      [[41, 41, 41, 41], [1, 1, 1, 1], 1], // 164 ÷ 4 = 41.0
      [[25, 25, 25, 25, 15], [1, 1, 1, 1, 0.6], 4], // 115 ÷ 4.6: exactly 25, though floating point gives 25.000000000000004
      [[30, 12], [1, 0.4], 3], // 42 ÷ 1.4: exactly 30
      [[22, 23, 23, 16], [1, 1, 1, 0.5], 4], // 84 ÷ 3.5 = 24, although specialist 4 holds 32 per FTE
      [[102, 102, 100], [5, 5, 5].map(() => 1), 1], // 101.33
    ])('%j over %j FTE → %s', (specialistCaseloads, specialistFtes, anchor) => {
      expect(anchorFor(scale, 'caseload-size', { specialistCaseloads, specialistFtes })).toBe(anchor)
    })

    it.each([
      // Team totals stored before per-specialist rows still read, including the unrounded edges.
      [20, 1, 5],
      [204, 10, 4], // 20.4
      [304, 10, 2], // 30.4
      [62, 3, 4],
      [164, 4, 1],
      [115, 4.6, 4],
    ])('team totals %s over %s FTE, stored before rows, → %s', (activeClients, specialistFte, anchor) => {
      expect(anchorFor(scale, 'caseload-size', { activeClients, specialistFte })).toBe(anchor)
    })
  })

  describe('rapid job search: mean days from entry to first employer contact', () => {
    it.each([
      [30, 5],
      [31, 4],
      [60, 4],
      [61, 3],
      [150, 3],
      [151, 2],
      [270, 2],
      [271, 1],
      [30.5, 4],
    ])('mean %s days with contacts tracked → %s', (days, anchor) => {
      expect(anchorFor(scale, 'rapid-job-search', { daysPerRecord: [days], employerContactsTracked: true })).toBe(
        anchor,
      )
    })

    it('scores a mean of 30 days or fewer as 4 when employer contacts are not tracked', () => {
      expect(
        anchorFor(scale, 'rapid-job-search', { daysPerRecord: [10, 30, 50], employerContactsTracked: false }),
      ).toBe(4)
      expect(anchorFor(scale, 'rapid-job-search', { daysPerRecord: [61], employerContactsTracked: false })).toBe(3)
    })

    it('averages over the sampled records before banding', () => {
      expect(anchorFor(scale, 'rapid-job-search', { daysPerRecord: [20, 41], employerContactsTracked: true })).toBe(4)
      expect(anchorFor(scale, 'rapid-job-search', { daysPerRecord: [20, 40], employerContactsTracked: true })).toBe(5)
    })
  })

  const percentageEdges: [string, [number, number][]][] = [
    [
      'employment-services-staff',
      [
        [59.9, 1],
        [60, 2],
        [74, 2],
        [74.9, 2],
        [75, 3],
        [89, 3],
        [90, 4],
        [95, 4],
        [95.5, 4],
        [96, 5],
        [100, 5],
      ],
    ],
    [
      'individual-job-search',
      [
        [0, 1],
        [24, 1],
        [25, 2],
        [49, 2],
        [50, 3],
        [74, 3],
        [75, 4],
        [89, 4],
        [90, 5],
        [100, 5],
      ],
    ],
    ...(['diversity-of-job-types', 'diversity-of-employers'] as const).map((id): [string, [number, number][]] => [
      id,
      [
        [49, 1],
        [50, 2],
        [59, 2],
        [60, 3],
        [69, 3],
        [70, 4],
        [84, 4],
        [85, 5],
        [100, 5],
      ],
    ]),
    [
      'competitive-jobs',
      [
        [63, 1],
        [64, 1],
        [64.5, 1],
        [65, 2],
        [74, 2],
        [75, 3],
        [84, 3],
        [85, 4],
        [94, 4],
        [95, 5],
        [100, 5],
      ],
    ],
  ]

  describe.each(percentageEdges)('%s: percentage bands, unrounded', (itemId, edges) => {
    it.each(edges)('%s%% → %s', (percentage, anchor) => {
      // 1000 in the denominator keeps at least 10 jobs and lets a tenth of a percent be expressed in whole counts.
      const counts =
        itemId === 'competitive-jobs'
          ? { numerator: percentage * 10, denominatorCounted: 1000 }
          : { numerator: percentage * 10, denominator: 1000 }
      expect(anchorFor(scale, itemId, counts)).toBe(anchor)
    })
  })

  describe('competitive jobs: fewer than 10 jobs held across the caseload scores 1; the share may come from a sample', () => {
    it.each([
      // [competitive counted, jobs counted, jobs held across the caseload, anchor]
      [8, 8, 9, 1], // 9 across the caseload: under the minimum
      [0, 0, 0, 1],
      [8, 8, 10, 5], // a sample of 8, all competitive, from a caseload with 10 jobs
      [6, 8, 10, 3], // 75%
      [5, 8, 40, 1], // 62.5%
      [7, 8, 40, 4], // 87.5%
      [10, 10, undefined, 5], // 10 counted: the caseload holds at least 10
      [19, 20, undefined, 5], // 95%
      [12, 16, undefined, 3], // 75%
    ])('%s competitive of %s counted, %s across the caseload → %s', (numerator, counted, total, anchor) => {
      const inputs = {
        numerator,
        denominatorCounted: counted,
        ...(total === undefined ? {} : { denominatorTotal: total }),
      }
      expect(anchorFor(scale, 'competitive-jobs', inputs)).toBe(anchor)
    })

    it('asks for the caseload total rather than scoring a sample under 10 as 1', () => {
      expect(anchorFor(scale, 'competitive-jobs', { numerator: 8, denominatorCounted: 8 })).toMatch(
        /Enter the jobs held at present across the whole caseload \(management data\)/,
      )
    })

    it.each([
      [9, 9, 1], // stored before: "jobs held at present" was the caseload's count
      [0, 0, 1],
      [10, 10, 5],
      [19, 20, 5],
      [8, 9, 1],
    ])('old figures: %s competitive of %s jobs held at present → %s', (numerator, denominator, anchor) => {
      expect(anchorFor(scale, 'competitive-jobs', { numerator, denominator })).toBe(anchor)
    })
  })

  describe('community-based services: rate each specialist, average the ratings, ties go down', () => {
    it.each([
      [[30], 1],
      [[30.1], 2],
      [[39.5], 2],
      [[40], 3],
      [[49], 3],
      [[50], 4],
      [[64], 4],
      [[65], 5],
      [[35, 66], 3], // ratings 2 and 5: 3.5 is a tie → 3
      [[29, 70], 3], // ratings 1 and 5: mean 3
      [[45, 55, 70], 4], // ratings 3, 4, 5: mean 4
      [[45, 66, 70], 4], // ratings 3, 5, 5: mean 4.33 → 4
    ])('%j → %s', (perSpecialist, anchor) => {
      expect(anchorFor(scale, 'community-based-services', { perSpecialist })).toBe(anchor)
    })
  })

  describe('job development frequency: average contacts a week, nearest point, ties go down', () => {
    it.each([
      [[0], 1],
      [[1.9], 1],
      [[2], 2],
      [[2.9], 2],
      [[3], 2], // halfway between 2 (anchor 2) and 4 (anchor 3)
      [[3.1], 3],
      [[4], 3],
      [[4.5], 3], // halfway between 4 and 5
      [[4.6], 4],
      [[5], 4],
      [[5.5], 4], // halfway between 5 and 6
      [[6], 5],
      [[9], 5],
      [[2, 4], 2], // mean 3
      [[4, 7], 4], // mean 5.5
    ])('%j → %s', (perSpecialist, anchor) => {
      expect(anchorFor(scale, 'job-development-frequency', { perSpecialist })).toBe(anchor)
    })
  })

  describe('job development quality: average of specialist ratings, ties go down', () => {
    it.each([
      [[3], 3],
      [[3, 4], 3],
      [[4, 5], 4],
      [[1, 2, 2], 2], // 1.67
      [[4, 4, 5], 4], // 4.33
      [[4, 5, 5], 5], // 4.67
      [[1, 1], 1],
      [[5, 5], 5],
    ])('%j → %s', (perSpecialist, anchor) => {
      expect(anchorFor(scale, 'job-development-quality', { perSpecialist })).toBe(anchor)
    })
  })

  const checklists: [string, (number | string)[]][] = [
    // index = number of elements present; a string means the reviewer must decide.
    ['vocational-generalists', ['decide', 3, 3, 3, 3, 4, 5]],
    ['integration-team-contact', [1, 1, 2, 3, 4, 5]],
    ['employment-supervisor-role', [1, 1, 2, 3, 4, 5]],
    ['agency-focus-on-competitive-employment', [1, 1, 2, 3, 4, 5]],
    ['executive-team-support', [1, 1, 2, 3, 4, 5]],
    ['disclosure', [1, 2, 3, 4, 5]],
    ['assertive-engagement-and-outreach', [1, 1, 1, 2, 3, 4, 5]],
  ]

  describe.each(checklists)('%s: count of elements present', (itemId, expected) => {
    const calculator = itemOf(scale, itemId).calculator
    const ids = calculator?.kind === 'checklist' ? calculator.elements.map((e) => e.id) : []

    it('lists one element per possible count', () => {
      expect(ids).toHaveLength(expected.length - 1)
    })

    it.each(expected.map((anchor, count) => [count, anchor] as const))('%s present → %s', (count, anchor) => {
      const suggestion = suggestAnchor(itemOf(scale, itemId), { elementsPresent: ids.slice(0, count) })
      if (anchor === 'decide') {
        expect(suggestion).toEqual({ status: 'cannot-suggest', reason: expect.stringMatching(/choose 1 .* or 2/) })
      } else {
        expect(suggestion).toMatchObject({
          status: 'suggested',
          anchor,
          arithmetic: `${count} of ${ids.length} elements present`,
        })
      }
    })
  })
})

describe('arithmetic and rule shown to the reviewer', () => {
  it('shows each specialist’s figure and the team’s, and flags a specialist over the team’s band', () => {
    expect(
      suggestAnchor(itemOf(uk, 'caseload-size'), {
        specialistCaseloads: [22, 23, 23, 16],
        specialistFtes: [1, 1, 1, 0.5],
      }),
    ).toEqual({
      status: 'suggested',
      anchor: 4,
      arithmetic:
        'Specialist 1: 22 ÷ 1 FTE = 22; Specialist 2: 23 ÷ 1 FTE = 23; Specialist 3: 23 ÷ 1 FTE = 23; Specialist 4: 16 ÷ 0.5 FTE = 32.' +
        ' Team: (22 + 23 + 23 + 16) ÷ (1 + 1 + 1 + 0.5) FTE = 84 ÷ 3.5 = 24 service users per specialist.',
      rule: 'whole team (the scale file’s rule): over 20 and up to 25 service users per specialist → 4',
      flags: [
        'Specialist 4 holds 32 service users per specialist (16 over 0.5 FTE), which alone would be anchor 2: weigh this when you rate, as the criterion is about each specialist.',
      ],
    })
    expect(
      suggestAnchor(itemOf(us, 'caseload-size'), { specialistCaseloads: [20, 18], specialistFtes: [1, 1] }),
    ).not.toHaveProperty('flags')
  })

  it('reads team totals stored before per-specialist rows, and asks for the rows', () => {
    expect(suggestAnchor(itemOf(us, 'caseload-size'), { activeClients: 81, specialistFte: 3.6 })).toEqual({
      status: 'suggested',
      anchor: 4,
      arithmetic: '81 active clients ÷ 3.6 specialist FTE = 22.5 clients per specialist',
      rule: 'whole team (the scale file’s rule): over 20 and up to 25 clients per specialist → 4',
      flags: [expect.stringMatching(/team totals entered before each specialist’s caseload/)],
    })
  })

  it('explains percentage, minimum-jobs, day and tie rules', () => {
    expect(suggestAnchor(itemOf(uk, 'employment-services-staff'), { numerator: 95.5, denominator: 100 })).toMatchObject(
      {
        arithmetic: '95.5 hours on employment support ÷ 100 hours worked in total × 100 = 95.5%',
        rule: '90% or more and under 96% → 4',
      },
    )
    expect(
      suggestAnchor(itemOf(uk, 'competitive-jobs'), { numerator: 8, denominatorCounted: 8, denominatorTotal: 9 }),
    ).toMatchObject({
      anchor: 1,
      arithmetic: '9 jobs held at present across the whole caseload; the share would be 8 ÷ 8 = 100%',
      rule: 'fewer than 10 jobs held at present across the caseload → 1, whatever the percentage',
    })
    expect(
      suggestAnchor(itemOf(uk, 'competitive-jobs'), { numerator: 7, denominatorCounted: 8, denominatorTotal: 23 }),
    ).toMatchObject({
      anchor: 4,
      arithmetic: '7 permanent competitive jobs ÷ 8 jobs held at present counted × 100 = 87.5%',
      rule: '23 jobs held at present across the caseload, so the minimum of 10 is met; 85% or more and under 95% → 4',
    })
    expect(
      suggestAnchor(itemOf(uk, 'rapid-job-search'), { daysPerRecord: [20, 30], employerContactsTracked: false }),
    ).toMatchObject({
      arithmetic: '(20 + 30) ÷ 2 records = 25 days on average',
      rule: '30 or fewer days, but employer contacts are not tracked → 4',
    })
    expect(suggestAnchor(itemOf(uk, 'job-development-frequency'), { perSpecialist: [2, 4] })).toMatchObject({
      arithmetic: '(2 + 4) ÷ 2 specialists = 3 on average',
      rule: 'average exactly halfway between 2 (anchor 2) and 4 (anchor 3); a tie goes to the lower anchor → 2',
    })
  })
})

describe('cannot suggest from missing or impossible values', () => {
  const cases: [string, CalculatorInputs, RegExp][] = [
    ['caseload-size', {}, /Enter each specialist’s active caseload and FTE/],
    ['caseload-size', { specialistCaseloads: [], specialistFtes: [] }, /Enter each specialist’s/],
    ['caseload-size', { specialistCaseloads: [20, 10], specialistFtes: [1] }, /both an active caseload and an FTE/],
    ['caseload-size', { specialistCaseloads: [20, -1], specialistFtes: [1, 1] }, /Specialist 2 cannot be negative/],
    [
      'caseload-size',
      { specialistCaseloads: [20, 10], specialistFtes: [1, 0] },
      /FTE of Specialist 2 must be more than 0/,
    ],
    ['caseload-size', { specialistCaseloads: [20], specialistFtes: [1.5] }, /cannot be more than 1/],
    ['caseload-size', { specialistCaseloads: [10.5], specialistFtes: [1] }, /whole number/],
    ['caseload-size', { specialistCaseloads: [Number.NaN], specialistFtes: [1] }, /must be a number/],
    ['caseload-size', { activeClients: -1, specialistFte: 2 }, /cannot be negative/],
    ['caseload-size', { activeClients: 10, specialistFte: 0 }, /specialist FTE must be more than 0/],
    ['caseload-size', { activeClients: 10.5, specialistFte: 1 }, /whole number/],
    ['caseload-size', { activeClients: '12' as unknown as number, specialistFte: 1 }, /must be a number/],
    ['employment-services-staff', { numerator: 50, denominator: 40 }, /over 100%/],
    ['employment-services-staff', { numerator: 0, denominator: 0 }, /is 0/],
    ['competitive-jobs', { numerator: 12, denominator: 11 }, /over 100%/],
    ['competitive-jobs', { numerator: 9.5, denominator: 12 }, /whole number/],
    ['competitive-jobs', { numerator: 12, denominatorCounted: 11, denominatorTotal: 20 }, /over 100%/],
    [
      'competitive-jobs',
      { numerator: 5, denominatorCounted: 11, denominatorTotal: 8 },
      /cannot be more than the jobs held/,
    ],
    ['competitive-jobs', { numerator: 5, denominatorCounted: 8, denominatorTotal: 9.5 }, /whole number/],
    ['competitive-jobs', { denominatorCounted: 8 }, /Enter the permanent competitive jobs/],
    ['rapid-job-search', { daysPerRecord: [], employerContactsTracked: true }, /at least one value/],
    ['rapid-job-search', { daysPerRecord: [10, -3], employerContactsTracked: true }, /entry 2\) cannot be negative/],
    ['rapid-job-search', { daysPerRecord: [10] }, /Say whether employer contacts are tracked/],
    ['community-based-services', { perSpecialist: [50, 101] }, /cannot be more than 100/],
    ['job-development-quality', { perSpecialist: [3, 6] }, /cannot be more than 5/],
    ['job-development-quality', { perSpecialist: [0] }, /cannot be less than 1/],
    ['job-development-quality', { perSpecialist: [3.5] }, /whole number/],
    ['job-development-frequency', { perSpecialist: [-1] }, /cannot be negative/],
    ['disclosure', { elementsPresent: ['not-required', 'made-up'] }, /no element called "made-up"/],
    ['disclosure', {}, /Tick the elements/],
    ['zero-exclusion', {}, /Rated by judgement/],
  ]

  it.each(cases)('%s with %j', (itemId, inputs, reason) => {
    const suggestion = suggestAnchor(itemOf(uk, itemId), inputs)
    expect(suggestion).toEqual({ status: 'cannot-suggest', reason: expect.stringMatching(reason) })
  })

  it('counts a ticked element once even if it is sent twice', () => {
    expect(suggestAnchor(itemOf(uk, 'disclosure'), { elementsPresent: ['revisited', 'revisited'] })).toMatchObject({
      anchor: 2,
    })
  })
})

describe('inputFieldsFor', () => {
  it('tells a form what to ask for each kind', () => {
    const fields = (id: string) => {
      const calculator = itemOf(uk, id).calculator
      return calculator ? inputFieldsFor(calculator).map((f) => `${f.name}:${f.type}`) : []
    }
    expect(fields('caseload-size')).toEqual(['specialistCaseloads:number-list', 'specialistFtes:number-list'])
    expect(fields('competitive-jobs')).toEqual([
      'numerator:number',
      'denominatorCounted:number',
      'denominatorTotal:number',
    ])
    expect(fields('diversity-of-employers')).toEqual(['numerator:number', 'denominator:number'])
    expect(fields('rapid-job-search')).toEqual(['daysPerRecord:number-list', 'employerContactsTracked:yes-no'])
    expect(fields('community-based-services')).toEqual(['perSpecialist:number-list'])
    expect(fields('job-development-quality')).toEqual(['perSpecialist:number-list'])
    expect(fields('disclosure')).toEqual(['elementsPresent:element-set'])
    expect(fields('vocational-unit')).toEqual([])
  })
})

describe('the suggestion from stored figures', () => {
  const disclosure = uk.items.find((item) => item.id === 'disclosure')!
  const noCalculator = { calculator: undefined }

  it('suggests nothing for an item with a calculator until figures are stored, not "none found"', () => {
    expect(suggestFromStored(disclosure, null)).toBeNull()
    expect(suggestFromStored(disclosure, undefined)).toBeNull()
    expect(suggestFromStored(disclosure, { values: { elementsPresent: [] } })).toMatchObject({
      status: 'suggested',
      anchor: 1,
    })
  })

  it('says why there is no calculator for an item without one', () => {
    expect(suggestFromStored(noCalculator, null)?.status).not.toBe('suggested')
  })
})

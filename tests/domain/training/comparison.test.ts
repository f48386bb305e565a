import { describe, expect, it } from 'vitest'
import { ResultsError } from '#domain/scoring/results'
import { practiceCases } from '#domain/practice/catalogue'
import { findScale } from '#domain/scale/catalogue'
import { compareWithReference, TrainingError } from '#domain/training/comparison'
import { itemId, practiceCase, scoresByNumber, ukScale } from './helpers'

// The case's reference is 4 on every item (total 100, the lowest Good total) unless a test says otherwise.
const goodCase = practiceCase()

describe('compareWithReference', () => {
  it('a trainee who matches the reference everywhere: 25 compared, all exact, same total and band', () => {
    const result = compareWithReference(ukScale, goodCase, scoresByNumber(4))
    expect(result).toMatchObject({
      itemsCompared: 25,
      exactCount: 25,
      exactPercent: 100,
      withinOneCount: 25,
      withinOnePercent: 100,
      traineeTotal: 100,
      referenceTotal: 100,
      totalDifference: 0,
      bandMatch: true,
    })
    expect(result.traineeBand?.label).toBe('Good fidelity')
    expect(result.referenceBand.label).toBe('Good fidelity')
  })

  it('lists every item in scale order with the reference score and its reasoning', () => {
    const result = compareWithReference(ukScale, goodCase, scoresByNumber(4))
    expect(result.items.map((entry) => entry.item.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(result.items[5]?.reference).toEqual({ score: 4, reasoning: 'Why item 6 scores this.', nearBoundary: false })
  })

  it('counts exact and within-one agreement, with the difference signed trainee minus reference', () => {
    // Items 1-5 one higher, 6-7 two lower, 8 one lower: 17 exact, 23 within one; the total still lands on 100.
    const scores = scoresByNumber(4, { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 2, 7: 2, 8: 3 })
    const result = compareWithReference(ukScale, goodCase, scores)
    expect(result).toMatchObject({ itemsCompared: 25, exactCount: 17, withinOneCount: 23, traineeTotal: 100 })
    expect(result.exactPercent).toBeCloseTo(68, 10)
    expect(result.withinOnePercent).toBeCloseTo(92, 10)
    expect(result.items[0]).toMatchObject({ traineeScore: 5, difference: 1, exact: false, withinOne: true })
    expect(result.items[5]).toMatchObject({ traineeScore: 2, difference: -2, exact: false, withinOne: false })
    expect(result.items[7]).toMatchObject({ traineeScore: 3, difference: -1, exact: false, withinOne: true })
    expect(result.items[8]).toMatchObject({ traineeScore: 4, difference: 0, exact: true, withinOne: true })
    // Disagreement that cancels out still matches the band: the per-item figures are what show it.
    expect(result.bandMatch).toBe(true)
  })

  it('gives the total difference and a band mismatch when the trainee lands in another band', () => {
    const result = compareWithReference(ukScale, goodCase, scoresByNumber(4, { 1: 3, 2: 3, 3: 3, 4: 3, 5: 3 }))
    expect(result).toMatchObject({ traineeTotal: 95, totalDifference: -5, bandMatch: false })
    expect(result.traineeBand?.label).toBe('Fair fidelity')
  })

  it('one point across the Fair/Good edge is a band mismatch', () => {
    // Reference 99 (Fair), trainee 100 (Good).
    const fairCase = practiceCase({ expectedBandId: 'fair' }, { 25: 3 })
    const result = compareWithReference(ukScale, fairCase, scoresByNumber(4))
    expect(result.referenceTotal).toBe(99)
    expect(result.referenceBand.label).toBe('Fair fidelity')
    expect(result).toMatchObject({ traineeTotal: 100, totalDifference: 1, bandMatch: false })
  })

  it('compares only the items the trainee rated, and gives no total or band until all 25 are rated', () => {
    // Five items unrated (null or absent); of the 20 rated, 15 match and 5 are one higher.
    const scores: Record<string, number | null> = scoresByNumber(4, { 1: null, 2: null, 3: null, 10: 5, 11: 5 })
    scores[itemId(12)] = 5
    scores[itemId(13)] = 5
    scores[itemId(14)] = 5
    delete scores[itemId(4)]
    delete scores[itemId(5)]
    const result = compareWithReference(ukScale, goodCase, scores)
    expect(result).toMatchObject({
      itemsCompared: 20,
      exactCount: 15,
      exactPercent: 75,
      withinOneCount: 20,
      withinOnePercent: 100,
      traineeTotal: null,
      totalDifference: null,
      traineeBand: null,
      bandMatch: null,
      referenceTotal: 100,
    })
    expect(result.items[0]).toMatchObject({ traineeScore: null, difference: null, exact: false, withinOne: false })
    expect(result.items[3]).toMatchObject({ traineeScore: null, difference: null, exact: false, withinOne: false })
  })

  it('with nothing rated, nothing is compared and there is no total', () => {
    const result = compareWithReference(ukScale, goodCase, {})
    expect(result).toMatchObject({ itemsCompared: 0, exactCount: 0, traineeTotal: null, bandMatch: null })
    expect(result.referenceBand.label).toBe('Good fidelity')
  })

  it('refuses a case written for another scale', () => {
    const usScale = findScale('ips-us', '1.0.0')!
    expect(() => compareWithReference(usScale, goodCase, {})).toThrow(
      expect.objectContaining({ name: 'TrainingError', code: 'case-on-other-scale' }),
    )
  })

  it('refuses a case with no reference for one of the scale’s items', () => {
    const broken = { ...goodCase, items: goodCase.items.filter((entry) => entry.itemId !== itemId(7)) }
    expect(() => compareWithReference(ukScale, broken, {})).toThrow(TrainingError)
    expect(() => compareWithReference(ukScale, broken, {})).toThrow(/item 7/)
  })

  it('refuses scores for items the scale does not have, and scores outside 1-5', () => {
    expect(() => compareWithReference(ukScale, goodCase, { 'not-an-item': 3 })).toThrow(ResultsError)
    expect(() => compareWithReference(ukScale, goodCase, { [itemId(1)]: 6 })).toThrow(ResultsError)
  })
})

describe('compareWithReference on the shipped practice cases', () => {
  it.each(practiceCases.map((c) => [c.id, c] as const))(
    '%s: the reference itself agrees fully, in the band the case expects',
    (_, shipped) => {
      const scale = findScale(shipped.scaleId, shipped.scaleVersion)!
      const reference = Object.fromEntries(shipped.items.map((entry) => [entry.itemId, entry.reference.score]))
      const result = compareWithReference(scale, shipped, reference)
      expect(result).toMatchObject({ itemsCompared: 25, exactPercent: 100, totalDifference: 0, bandMatch: true })
      expect(result.referenceBand.id).toBe(shipped.expectedBandId)
    },
  )

  it('there are shipped cases to compare with', () => {
    expect(practiceCases.length).toBeGreaterThanOrEqual(3)
  })
})

import { describe, expect, it } from 'vitest'
import { progressByItem, progressOfItem } from '#domain/review/item-progress'
import { findScale } from '#domain/scale/catalogue'

const uk = findScale('ips-uk', '1.0.0')!
const none = { entries: [], calculatorInputs: [], ratings: [] }

describe('item progress', () => {
  it.each([
    [{ evidence: false, suggestion: false, rated: false }, 'no-evidence'],
    [{ evidence: true, suggestion: false, rated: false }, 'evidence'],
    [{ evidence: true, suggestion: true, rated: false }, 'suggestion'],
    [{ evidence: false, suggestion: false, rated: true }, 'rated'],
    [{ evidence: true, suggestion: true, rated: true }, 'rated'],
  ] as const)('%o is %s', (facts, expected) => {
    expect(progressOfItem(facts)).toBe(expected)
  })

  it('works out every item of a review from entries, calculator inputs and ratings', () => {
    const progress = progressByItem(uk.items, {
      entries: [{ itemId: 'disclosure' }],
      calculatorInputs: [
        { itemId: 'caseload-size', values: { activeClients: 81, specialistFte: 3.6 } },
        // Incomplete inputs are evidence but give no suggestion.
        { itemId: 'employment-services-staff', values: { numerator: 30 } },
      ],
      ratings: [
        { itemId: 'zero-exclusion', score: 4 },
        { itemId: 'benefits-planning', score: null },
      ],
      consensus: [{ itemId: 'vocational-unit', score: 3 }],
    })
    expect(progress).toMatchObject({
      disclosure: 'evidence',
      'caseload-size': 'suggestion',
      'employment-services-staff': 'evidence',
      'zero-exclusion': 'rated',
      'benefits-planning': 'no-evidence',
      'vocational-unit': 'rated',
      'rapid-job-search': 'no-evidence',
    })
    expect(Object.keys(progress)).toHaveLength(25)
  })

  it('gives no suggestion for impossible stored values', () => {
    const progress = progressByItem(uk.items, {
      ...none,
      calculatorInputs: [{ itemId: 'caseload-size', values: { activeClients: -5, specialistFte: 2 } }],
    })
    expect(progress['caseload-size']).toBe('evidence')
  })
})

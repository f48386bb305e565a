import { describe, expect, it } from 'vitest'
import { describeItemNumbers, finaliseProblems } from '#domain/scoring/finalise'
import { findScale } from '#domain/scale/catalogue'
import { consensus, rating } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const pair = {
  reviewers: [
    { id: 'reviewer-a', name: 'A' },
    { id: 'reviewer-b', name: 'B' },
  ],
}
const solo = { reviewers: [{ id: 'reviewer-a', name: 'A' }] }

describe('finaliseProblems with two reviewers', () => {
  const everyItem = uk.items.map((item) => consensus(item.id, 4))

  it('has no problems when every item has a consensus score and rationale', () => {
    expect(finaliseProblems(uk, pair, [], everyItem)).toEqual([])
  })

  it('names the items without a consensus score, even when both reviewers rated them', () => {
    const agreed = everyItem.filter((c) => !['caseload-size', 'vocational-generalists'].includes(c.itemId))
    const ratings = [rating('caseload-size', 'reviewer-a', 4), rating('caseload-size', 'reviewer-b', 4)]
    expect(finaliseProblems(uk, pair, ratings, agreed)).toEqual(['Items 1 and 3 have no consensus score yet.'])
  })

  it('treats a consensus row with no score as not scored, and a blank rationale as missing', () => {
    const rows = everyItem.map((c) =>
      c.itemId === 'caseload-size'
        ? { ...c, score: null }
        : c.itemId === 'employment-services-staff'
          ? { ...c, rationale: '  ' }
          : c,
    )
    expect(finaliseProblems(uk, pair, [], rows)).toEqual([
      'Item 1 has no consensus score yet.',
      'Item 2 has a consensus score but no consensus rationale.',
    ])
  })
})

describe('finaliseProblems with one reviewer', () => {
  it('uses the reviewer’s own ratings and rationales', () => {
    const ratings = uk.items
      .filter((item) => item.number !== 25)
      .map((item) =>
        rating(item.id, 'reviewer-a', 3, item.number === 4 || item.number === 7 || item.number === 9 ? '' : 'Seen'),
      )
    expect(finaliseProblems(uk, solo, ratings, [])).toEqual([
      'Item 25 is not rated yet.',
      'Items 4, 7 and 9 have a score but no rationale.',
    ])
  })

  it('lists all 25 items when nothing is rated', () => {
    expect(finaliseProblems(uk, solo, [], [])).toEqual([
      `Items ${Array.from({ length: 24 }, (_, i) => i + 1).join(', ')} and 25 are not rated yet.`,
    ])
  })
})

describe('describeItemNumbers', () => {
  it.each([
    [[4], 'item 4'],
    [[4, 9], 'items 4 and 9'],
    [[4, 9, 12], 'items 4, 9 and 12'],
  ])('%j → %s', (numbers, text) => {
    expect(describeItemNumbers(numbers)).toBe(text)
  })
})

import { describe, expect, it } from 'vitest'
import { describeRuleBreaks, importRuleBreaks } from '#domain/import/rules'
import { findScale } from '#domain/scale/catalogue'
import { ALEX, SAM, validReviewFile } from '../exchange/fixtures'

const scaleOf = () => findScale('ips-uk', '1.0.0')!
const none = { reviews: [], ratings: [], consensus: [] }

describe('importRuleBreaks', () => {
  it('judges the device’s rows with the file’s put over them', () => {
    const { data } = validReviewFile()
    const review = data.reviews[0]!
    const samsRatings = data.ratings.filter((r) => r.reviewerId === SAM.id)
    const alexsRatings = data.ratings.filter((r) => r.reviewerId === ALEX.id)
    const device = { reviews: [review], ratings: alexsRatings, consensus: data.consensus }
    // Sam's ratings arrive beside Alex's: the review is whole.
    expect(importRuleBreaks({ reviews: [review], ratings: samsRatings, consensus: [] }, device, scaleOf)).toEqual([])
    // Alone, the same file leaves Alex finished with nothing scored.
    const alone = importRuleBreaks({ reviews: [review], ratings: samsRatings, consensus: [] }, none, scaleOf)
    expect(alone.flatMap((b) => b.broken.map((rule) => rule.id))).toEqual(['finished-rated-every-item'])
  })

  it('does not hold a rule already broken on the device against a file that leaves it as it was', () => {
    const { data } = validReviewFile()
    const review = { ...data.reviews[0]!, status: 'final' as const, finalisedAt: '2026-11-21T17:00:00.000Z' }
    const device = { reviews: [review], ratings: data.ratings, consensus: data.consensus }
    const writes = { reviews: [], ratings: [{ ...data.ratings[0]!, rationale: 'Edited' }], consensus: [] }
    expect(importRuleBreaks(writes, device, scaleOf)).toEqual([])
    expect(importRuleBreaks(writes, { ...device, reviews: [data.reviews[0]!] }, scaleOf)).toEqual([])
    expect(
      importRuleBreaks({ ...writes, reviews: [review] }, { ...device, reviews: [data.reviews[0]!] }, scaleOf),
    ).toHaveLength(1)
  })
})

describe('describeRuleBreaks', () => {
  it('names the first five reviews and counts the rest', () => {
    const { data } = validReviewFile()
    const broken = [{ id: 'finalised-time' as const, rule: 'A rule.', details: ['Why.'] }]
    const breaks = Array.from({ length: 7 }, (_, i) => ({ review: { ...data.reviews[0]!, id: `r${i}` }, broken }))
    const lines = describeRuleBreaks(breaks, (review) => `Review ${review.id}`)
    expect(lines).toHaveLength(6)
    expect(lines[0]).toBe('Review r0 would break the app’s rules, so nothing can be imported: A rule. (Why.)')
    expect(lines[5]).toBe('2 more reviews break the rules too.')
  })
})

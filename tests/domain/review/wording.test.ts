import { describe, expect, it } from 'vitest'
import { raterLabel, reviewWords } from '#domain/review/wording'

describe('each kind of review in its own words', () => {
  it('calls an independent review a visit by one or two reviewers', () => {
    const words = reviewWords('independent')
    expect(words).toMatchObject({ dates: 'Visit dates', firstRater: "First reviewer's name", hasPlanning: true })
    expect(words.secondRater).toBe("Second reviewer's name (optional)")
    expect(raterLabel('independent', 2)).toBe('Reviewers')
  })

  it('gives a self-assessment assessment dates and one assessor, with no visit and no second reviewer', () => {
    const words = reviewWords('self-assessment')
    expect(words).toMatchObject({ dates: 'Assessment dates', firstRater: "Assessor's name", secondRater: null })
    expect(words.reportTitle).toBe('IPS fidelity self-assessment')
    expect(raterLabel('self-assessment', 1)).toBe('Assessor')
    expect(JSON.stringify(words)).not.toMatch(/visit|reviewer/i)
  })

  it('gives a training exercise one date and a trainee, with no planning and no personal data', () => {
    const words = reviewWords('training')
    expect(words).toMatchObject({
      dates: 'Exercise date',
      lastDay: null,
      firstRater: "Trainee's name",
      secondRater: null,
      hasPlanning: false,
      hasPersonalData: false,
    })
    expect(JSON.stringify(words)).not.toMatch(/visit|reviewer|consensus/i)
  })
})

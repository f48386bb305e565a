import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkExchangeFile } from '#domain/exchange/check'
import { ExchangeFileSchema, type ReviewData } from '#domain/exchange/file'
import { networkSummary, networkSummaryProblem } from '#domain/exchange/network-summary'
import { asUpload, reviewData, REVIEW_ID, SAM, validReviewFile } from './fixtures'

/** The fixture's review, final, as it would be summarised. */
function finalReviewData(overrides: Partial<ReviewData['reviews'][number]> = {}): ReviewData {
  const data = reviewData()
  data.reviews = data.reviews.map((review) => ({
    ...review,
    status: 'final',
    finalisedAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  }))
  return data
}

describe('a summary for the network', () => {
  it('keeps the team, the review, the consensus, findings, narrative and action plan', () => {
    const data = finalReviewData()
    const summary = networkSummary(data)
    for (const table of ['teams', 'consensus', 'actionPlan', 'reportNarratives', 'itemFindings'] as const) {
      expect(summary[table]).toEqual(data[table])
      expect(summary[table].length).toBeGreaterThan(0)
    }
    expect(summary.reviews).toEqual(data.reviews.map((review) => ({ ...review, source: 'network-summary' })))
  })

  it('leaves out every note, session, record row and calculator input, and two reviewers’ own ratings', () => {
    const summary = networkSummary(finalReviewData())
    for (const table of [
      'evidence',
      'sessionNotes',
      'visitSessions',
      'recordReviewRows',
      'calculatorInputs',
    ] as const) {
      expect(summary[table]).toEqual([])
    }
    expect(summary.ratings).toEqual([])
  })

  it('keeps a sole reviewer’s ratings: they are the scores that decide the review', () => {
    const data = finalReviewData({ reviewers: [SAM] })
    data.ratings = data.ratings.filter((rating) => rating.reviewerId === SAM.id)
    data.consensus = []
    expect(networkSummary(data).ratings).toEqual(data.ratings)
  })

  it('is still a review file the import checks and accepts', () => {
    const file = { ...validReviewFile(), data: networkSummary(finalReviewData()) }
    const check = checkExchangeFile(...asUpload(ExchangeFileSchema.parse(file)))
    expect(check).toMatchObject({ ok: true })
  })

  it('is only made of a final review that is not a training exercise', () => {
    expect(networkSummaryProblem(finalReviewData())).toBeNull()
    expect(networkSummaryProblem(reviewData())).toBe(
      'Only a final review has a summary for the network: finalise it first.',
    )
    expect(networkSummaryProblem(finalReviewData({ type: 'training' }))).toMatch(/training exercise/)
  })

  it('never carries a word of a note, whatever was written in evidence, session notes or records', () => {
    // Each generated note is marked, so finding it in the summary cannot be a coincidence of short strings.
    const note = fc.string({ minLength: 1, maxLength: 40 }).map((text) => `NOTE‹${text}›`)
    fc.assert(
      fc.property(
        fc.tuple(note, note, note),
        fc.array(note, { minLength: 1, maxLength: 4 }),
        ([evidenceNote, sessionNote, recordText], more) => {
          const data = finalReviewData()
          data.evidence = data.evidence.map((entry, i) => ({
            ...entry,
            note: `${evidenceNote} ${more[i % more.length]}`,
          }))
          data.sessionNotes = data.sessionNotes.map((entry) => ({ ...entry, note: sessionNote }))
          data.recordReviewRows = data.recordReviewRows.map((row) => ({
            ...row,
            employer: recordText,
            jobType: recordText,
          }))
          const text = JSON.stringify({ ...validReviewFile(), reviewId: REVIEW_ID, data: networkSummary(data) })
          for (const written of [evidenceNote, sessionNote, recordText, ...more]) expect(text).not.toContain(written)
        },
      ),
    )
  })
})

describe('a file that marks a review as a summary', () => {
  const summaryFile = (data: ReviewData) => ({ ...validReviewFile(), data })

  it('is refused when it carries evidence, naming the row', () => {
    const data = networkSummary(finalReviewData())
    data.evidence = finalReviewData().evidence
    const check = checkExchangeFile(...asUpload(summaryFile(data)))
    expect(check).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/summary for the network.*data\.evidence\.0/),
    })
  })

  it('is refused when the summary is a draft', () => {
    const data = networkSummary(finalReviewData())
    data.reviews = data.reviews.map((review) => ({ ...review, status: 'consensus', finalisedAt: null }))
    const check = checkExchangeFile(...asUpload(summaryFile(data)))
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/data\.reviews\.0\.status/) })
  })

  it('is refused when it carries two reviewers’ own ratings', () => {
    const data = networkSummary(finalReviewData())
    data.ratings = finalReviewData().ratings
    expect(checkExchangeFile(...asUpload(summaryFile(data)))).toMatchObject({ ok: false })
  })
})

import { describe, expect, it } from 'vitest'
import { checkExchangeFile } from '#domain/exchange/check'
import { EXCHANGE_FORMAT_VERSION } from '#domain/exchange/file'
import { asUpload, REVIEW_ID, validBackupFile, validReviewFile } from './fixtures'

type Json = Record<string, unknown> & { data: Record<string, Record<string, unknown>[]> }

const oldChecklist = [
  { id: 'documents-requested', kind: 'documents-requested', label: 'Documents', date: '2026-11-01', done: true },
  { id: 'interview-team-leader', kind: 'interview-team-leader', label: 'TL', date: '2026-11-20', done: true },
  { id: 'interview-clinicians', kind: 'interview-clinicians', label: 'Clinicians', date: null, done: false },
  { id: 'observe-team-meeting', kind: 'observe-team-meeting', label: 'Meeting', date: null, done: true },
]

/** A file as format 1 wrote it: a planning checklist in each review, and no visit plan tables. */
function formatOne(file: Json): Json {
  const data = { ...formatTwo(file).data }
  delete data.visitSessions
  delete data.sessionNotes
  const reviews = (data.reviews ?? []).map((review) => {
    const rest = { ...review }
    delete rest.checklistDone
    return { ...rest, planningChecklist: oldChecklist }
  })
  return { ...file, formatVersion: 1, data: { ...data, reviews } }
}

/** A file as format 3 wrote it: its reviews cannot say they are summaries for the network, and a backup has no teams' outcomes. */
function formatThree(file: Json): Json {
  const reviews = (file.data.reviews ?? []).map((review) => {
    const rest = { ...review }
    delete rest.source
    return rest
  })
  const data: Json['data'] = { ...file.data, reviews }
  delete data.outcomes
  return { ...file, formatVersion: 3, data }
}

/** A file as format 2 wrote it: no report narrative and no item findings. */
function formatTwo(file: Json): Json {
  const data = { ...formatThree(file).data }
  delete data.reportNarratives
  delete data.itemFindings
  return { ...file, formatVersion: 2, data }
}

const check = (value: unknown) => checkExchangeFile(...asUpload(value))

describe('a file of format 1', () => {
  it('still imports: its planning checklist becomes the review’s sessions and "data request sent" tick', () => {
    const result = check(formatOne(structuredClone(validReviewFile()) as unknown as Json))
    if (!result.ok) throw new Error(result.reason)
    expect(result.file.formatVersion).toBe(EXCHANGE_FORMAT_VERSION)
    expect(result.file.data.reviews[0]).toMatchObject({ checklistDone: ['data-request-sent'] })
    expect(result.file.data.reviews[0]).not.toHaveProperty('planningChecklist')
    // Dated or ticked tasks become sessions; the untouched clinicians' task and the document request do not.
    expect(result.file.data.visitSessions.map((s) => [s.id, s.date, s.kind, s.role, s.people])).toEqual([
      [`${REVIEW_ID}:interview-team-leader`, '2026-11-20', 'interview', 'team-leader', 1],
      [`${REVIEW_ID}:observe-team-meeting`, '2026-11-20', 'observation', 'clinician', 0],
    ])
    expect(result.file.data.sessionNotes).toEqual([])
  })

  it('imports as a backup too', () => {
    const result = check(formatOne(structuredClone(validBackupFile()) as unknown as Json))
    expect(result.ok).toBe(true)
  })

  it('is refused, with where, when its planning checklist is not one format 1 could write', () => {
    const file = formatOne(structuredClone(validReviewFile()) as unknown as Json)
    file.data.reviews![0]!.planningChecklist = [{ ...oldChecklist[1], date: '2026-02-31' }]
    const result = check(file)
    if (result.ok) throw new Error('accepted a broken checklist')
    expect(result.reason).toMatch(/^A review’s planning checklist in this file is not valid/)
    expect(result.problems).toEqual([{ path: 'data.reviews.0.planningChecklist.0.date', message: 'Enter a date' }])
  })

  it('cannot smuggle in visit sessions, which format 1 did not have', () => {
    const file = formatOne(structuredClone(validReviewFile()) as unknown as Json)
    file.data.visitSessions = [{ id: 'smuggled', reviewId: REVIEW_ID }]
    const result = check(file)
    if (!result.ok) throw new Error(result.reason)
    expect(result.file.data.visitSessions.map((s) => s.id)).not.toContain('smuggled')
  })
})

describe('a file of format 2', () => {
  it('still imports, as a review file and as a backup, with no narrative or findings', () => {
    for (const file of [validReviewFile(), validBackupFile()]) {
      const result = check(formatTwo(structuredClone(file) as unknown as Json))
      if (!result.ok) throw new Error(result.reason)
      expect(result.file.formatVersion).toBe(EXCHANGE_FORMAT_VERSION)
      expect(result.file.data.reportNarratives).toEqual([])
      expect(result.file.data.itemFindings).toEqual([])
      expect(result.file.data.actionPlan.length).toBeGreaterThan(0)
    }
  })

  it('cannot smuggle in a narrative, which format 2 did not have', () => {
    const file = formatTwo(structuredClone(validReviewFile()) as unknown as Json)
    file.data.reportNarratives = [{ reviewId: REVIEW_ID, executiveSummary: 'x' }]
    const result = check(file)
    if (!result.ok) throw new Error(result.reason)
    expect(result.file.data.reportNarratives).toEqual([])
  })
})

describe('a file of format 3', () => {
  it('still imports, as a review file and as a backup, its reviews as full reviews', () => {
    for (const file of [validReviewFile(), validBackupFile()]) {
      const result = check(formatThree(structuredClone(file) as unknown as Json))
      if (!result.ok) throw new Error(result.reason)
      expect(result.file.formatVersion).toBe(EXCHANGE_FORMAT_VERSION)
      expect(result.file.data.reviews.map((review) => review.source)).toEqual(
        result.file.data.reviews.map(() => 'full-review'),
      )
    }
  })

  it('cannot mark a review as a summary, which format 3 could not write', () => {
    const file = formatThree(structuredClone(validReviewFile()) as unknown as Json)
    file.data.reviews = (file.data.reviews ?? []).map((review) => ({ ...review, source: 'network-summary' }))
    const result = check(file)
    if (!result.ok) throw new Error(result.reason)
    expect(result.file.data.reviews[0]?.source).toBe('full-review')
  })

  it('still imports, a review file without outcomes and a backup with none', () => {
    const review = check(formatThree(structuredClone(validReviewFile()) as unknown as Json))
    if (!review.ok) throw new Error(review.reason)
    expect(review.file.formatVersion).toBe(EXCHANGE_FORMAT_VERSION)
    expect(review.file.data).not.toHaveProperty('outcomes')
    const backup = check(formatThree(structuredClone(validBackupFile()) as unknown as Json))
    if (!backup.ok) throw new Error(backup.reason)
    expect(backup.file.kind === 'backup' && backup.file.data.outcomes).toEqual([])
    expect(backup.file.data.itemFindings.length).toBeGreaterThan(0)
  })

  it('cannot smuggle in outcomes, which format 3 did not have', () => {
    const file = formatThree(structuredClone(validBackupFile()) as unknown as Json)
    file.data.outcomes = [{ teamId: 'x', quarter: '2026-Q1' }]
    const result = check(file)
    if (!result.ok) throw new Error(result.reason)
    expect(result.file.kind === 'backup' && result.file.data.outcomes).toEqual([])
  })
})

import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { checkExchangeFile, MAX_PROBLEMS_LISTED, type ExchangeCheck } from '#domain/exchange/check'
import { MAX_EXCHANGE_FILE_BYTES, MAX_UNPACKED_EXCHANGE_BYTES } from '#domain/exchange/file'
import { recordDetailsNotRecorded } from '#domain/review/evidence'
import { ALEX, asUpload, REVIEW_ID, validBackupFile, validReviewFile } from './fixtures'

type Table =
  | 'teams'
  | 'reviews'
  | 'evidence'
  | 'ratings'
  | 'consensus'
  | 'importedScales'
  | 'visitSessions'
  | 'sessionNotes'
  | 'recordReviewRows'
  | 'reportNarratives'
  | 'itemFindings'
  | 'outcomes'
type Json = Record<string, unknown> & { data: Record<Table, Record<string, unknown>[]> }
/** A mutable plain copy of a valid file, to break on purpose. */
const reviewJson = () => structuredClone(validReviewFile()) as unknown as Json
const backupJson = () => structuredClone(validBackupFile()) as unknown as Json

function rejection(result: ExchangeCheck) {
  if (result.ok) throw new Error('expected the file to be refused')
  return result
}
const check = (value: unknown) => checkExchangeFile(...asUpload(value))
const paths = (result: ExchangeCheck) => rejection(result).problems.map((p) => p.path)

describe('accepting a sound file', () => {
  it('accepts a review file and a backup, giving back exactly what they hold', () => {
    const review = check(validReviewFile())
    expect(review).toEqual({ ok: true, file: validReviewFile() })
    expect(check(validBackupFile())).toEqual({ ok: true, file: validBackupFile() })
  })

  it('keeps script and markup in text fields as inert text, exactly as written', () => {
    const file = reviewJson()
    const payload =
      '<script>alert("x")</script><img src=x onerror=alert(1)> =HYPERLINK("http://evil") ${process.exit()}'
    file.data.evidence[0]!.note = payload
    file.data.teams[0]!.name = '"><svg onload=alert(1)>'
    const result = check(file)
    expect(result.ok && result.file.data.evidence[0]!.note).toBe(payload)
    expect(result.ok && result.file.data.teams[0]!.name).toBe('"><svg onload=alert(1)>')
  })
})

describe('refusing a file, with a reason the user can read', () => {
  it('refuses a file over 20 MB before reading it as JSON', () => {
    const parse = vi.spyOn(JSON, 'parse')
    try {
      const result = rejection(
        checkExchangeFile('{"format":"ips-fidelity-review-exchange"}', MAX_EXCHANGE_FILE_BYTES + 1),
      )
      expect(result.reason).toMatch(/^This file is 20\.0 MB, over the 20\.0 MB limit/)
      expect(parse).not.toHaveBeenCalled()
    } finally {
      parse.mockRestore()
    }
  })

  it('refuses text longer than the limit even when the size given is wrong', () => {
    const text = ' '.repeat(MAX_EXCHANGE_FILE_BYTES + 1)
    expect(rejection(checkExchangeFile(text, 10)).reason).toMatch(/over the 20\.0 MB limit/)
  })

  it('with the unpacked limit, reads a backup’s text over 20 MB and refuses text over 200 MB before parsing', () => {
    // A sound backup padded with whitespace (valid JSON) to just over the file limit.
    const [text] = asUpload(validBackupFile())
    const padded = text + ' '.repeat(MAX_EXCHANGE_FILE_BYTES + 1 - text.length)
    expect(rejection(checkExchangeFile(padded, padded.length)).reason).toMatch(/over the 20\.0 MB limit/)
    expect(checkExchangeFile(padded, padded.length, { limit: MAX_UNPACKED_EXCHANGE_BYTES })).toEqual({
      ok: true,
      file: validBackupFile(),
    })

    const parse = vi.spyOn(JSON, 'parse')
    try {
      const result = rejection(
        checkExchangeFile(text, MAX_UNPACKED_EXCHANGE_BYTES + 1, { limit: MAX_UNPACKED_EXCHANGE_BYTES }),
      )
      expect(result.reason).toMatch(/^This file is 200\.0 MB, over the 200\.0 MB limit/)
      expect(parse).not.toHaveBeenCalled()
    } finally {
      parse.mockRestore()
    }
  })

  it('says a cut-off file is not complete, wherever it was cut', () => {
    const [text] = asUpload(validReviewFile())
    for (const cut of [1, 100, Math.floor(text.length / 2), text.length - 1]) {
      expect(rejection(checkExchangeFile(text.slice(0, cut), cut)).reason).toMatch(
        /not complete JSON.*cut off while copying/,
      )
    }
  })

  it('refuses a JSON file that is not ours, and points a scale file to the scale import', () => {
    expect(rejection(check({ hello: 'world' })).reason).toMatch(/^This is not an IPS Fidelity Review file/)
    expect(rejection(check([1, 2, 3])).reason).toMatch(/^This is not an IPS Fidelity Review file/)
    expect(rejection(check('"just text"')).reason).toMatch(/^This is not an IPS Fidelity Review file/)
    const scaleLike = { formatVersion: 1, id: 'ips-uk', sections: [], items: [] }
    expect(rejection(check(scaleLike)).reason).toMatch(/This is a scale file.*Settings/)
  })

  it('says a file from a newer version of the app needs an update', () => {
    const result = rejection(check({ ...reviewJson(), formatVersion: 5 }))
    expect(result.reason).toBe(
      'This file was made by a newer version of the app (format 5). Update the app on this device, then import again.',
    )
    expect(result.problems).toEqual([{ path: 'formatVersion', message: 'This app reads format 4' }])
  })

  it.each([['one'], [0], [1.5], [null]])('refuses an unknown format version (%j)', (formatVersion) => {
    expect(rejection(check({ ...reviewJson(), formatVersion })).reason).toMatch(/format version|cannot read/)
  })

  it('refuses a session note whose session is not in the file or is another review’s', () => {
    const file = reviewJson()
    file.data.sessionNotes[0]!.sessionId = 'no-such-session'
    const result = rejection(check(file))
    expect(result.reason).toMatch(/refer to others that are not in it/)
    expect(result.problems).toContainEqual({
      path: 'data.sessionNotes.0.sessionId',
      message: 'This note’s session is not in the file, or is another review’s',
    })
  })

  it('refuses a session note or a planned session tagged to an item the review’s scale does not have', () => {
    const file = reviewJson()
    file.data.sessionNotes[0]!.itemIds = ['caseload-size', 'item-26']
    file.data.visitSessions[1]!.itemIds = ['not-an-item']
    expect(paths(check(file))).toEqual(['data.visitSessions.1.itemIds.0', 'data.sessionNotes.0.itemIds.1'])
  })

  it('refuses top recommendations or a finding for items the review’s scale does not have, or picked twice', () => {
    const file = reviewJson()
    file.data.reportNarratives[0]!.topRecommendations = ['caseload-size', 'item-26']
    file.data.itemFindings[0]!.itemId = 'not-an-item'
    expect(paths(check(file))).toEqual(['data.reportNarratives.0.topRecommendations.1', 'data.itemFindings.0.itemId'])

    const twice = reviewJson()
    twice.data.reportNarratives[0]!.topRecommendations = ['caseload-size', 'caseload-size']
    expect(rejection(check(twice)).problems).toContainEqual({
      path: 'data.reportNarratives.0.topRecommendations',
      message: 'A recommendation is picked twice',
    })
  })

  it('refuses more than 5 top recommendations and a finding of a kind the app does not have', () => {
    const file = reviewJson()
    file.data.reportNarratives[0]!.topRecommendations = ['a', 'b', 'c', 'd', 'e', 'f']
    ;(file.data.itemFindings[0] as { kind: string }).kind = 'weakness'
    const problems = rejection(check(file)).problems.map((p) => p.path)
    expect(problems).toEqual(['data.reportNarratives.0.topRecommendations', 'data.itemFindings.0.kind'])
  })

  it('refuses a session that ends before it starts, with where it is', () => {
    const file = reviewJson()
    file.data.visitSessions[0]!.end = '09:00'
    expect(rejection(check(file)).problems).toContainEqual({
      path: 'data.visitSessions.0.end',
      message: 'The session must end after it starts',
    })
  })

  it('refuses a sampled record whose first employer contact is before its date of entry, with where it is', () => {
    const file = reviewJson()
    Object.assign(file.data.recordReviewRows[0]!, { entryDate: '2026-10-01', firstEmployerContactDate: '2026-09-01' })
    expect(rejection(check(file)).problems).toContainEqual({
      path: 'data.recordReviewRows.0.firstEmployerContactDate',
      message: 'The first employer contact cannot be before the date of entry to the service',
    })
  })

  it('refuses key dates out of order and a follow-up before the visit, with where they are', () => {
    const file = reviewJson()
    Object.assign(file.data.reviews[0]!, {
      reportDueDate: '2026-11-19',
      nextReviewDate: '2026-11-20',
      followUps: [{ id: 'f1', date: '2026-11-01', by: 'Sam', note: '' }],
    })
    expect(rejection(check(file)).problems).toEqual(
      expect.arrayContaining([
        {
          path: 'data.reviews.0.reportDueDate',
          message: 'The report is due before the first day of the visit: choose a date on or after it',
        },
        {
          path: 'data.reviews.0.nextReviewDate',
          message: 'The next review is before the last day of the visit: choose a date on or after it',
        },
        {
          path: 'data.reviews.0.followUps.0.date',
          message: 'The follow-up is dated before the visit: choose a date on or after the visit',
        },
      ]),
    )
  })

  it('reads a review written without key dates with each at its default', () => {
    const file = reviewJson()
    for (const field of ['reportDueDate', 'actionPlanDueDate', 'nextReviewDate']) {
      Reflect.deleteProperty(file.data.reviews[0]!, field)
    }
    const result = check(file)
    expect(result.ok && result.file.data.reviews[0]).toMatchObject({
      reportDueDate: null,
      actionPlanDueDate: null,
      nextReviewDate: null,
    })
  })

  it('reads a sampled record written before the full record review, counting its typed days', () => {
    const file = reviewJson()
    const row = file.data.recordReviewRows[0]!
    for (const field of Object.keys(recordDetailsNotRecorded)) Reflect.deleteProperty(row, field)
    const result = check(file)
    expect(result.ok && result.file.data.recordReviewRows[0]).toMatchObject({
      daysToFirstEmployerContact: 12,
      entryDate: null,
      noEmployerContactYet: false,
    })
  })

  it('refuses an unknown kind of file', () => {
    expect(rejection(check({ ...reviewJson(), kind: 'spreadsheet' })).reason).toMatch(
      /kind of data this app does not know/,
    )
  })

  it('lists wrong types with where they are', () => {
    const file = reviewJson()
    file.data.ratings[3]!.score = '4'
    file.data.teams[0]!.specialistCount = -2
    const result = rejection(check(file))
    expect(result.reason).toBe(
      'Parts of this file are not valid, so nothing was imported (3 problems; the first is at ' +
        'data.teams.0.specialistCount: The number of employment specialists cannot be negative).',
    )
    expect(result.problems).toContainEqual({
      path: 'data.ratings.3.score',
      message: 'A score is a whole number from 1 to 5',
    })
    expect(paths(result)).toContain('data.teams.0.specialistCount')
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere in the file', (key) => {
    const [text] = asUpload(validReviewFile())
    const hostile = text.replace('"note":', `"${key}":{"isAdmin":true},"note":`)
    expect(hostile).not.toBe(text)
    expect(rejection(checkExchangeFile(hostile, hostile.length)).reason).toContain(`"${key}"`)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('refuses a crafted file of millions of records before reading it, without exhausting memory', () => {
    const [text] = asUpload(validReviewFile())
    const crafted = text.replace('"ratings":[', `"ratings":[${'{},'.repeat(1_000_001)}`)
    expect(rejection(checkExchangeFile(crafted, crafted.length)).reason).toMatch(
      /more than 1 million records and lists/,
    )
  })

  it('stops after 20 problems in a file of thousands of wrong rows', () => {
    const file = reviewJson()
    file.data.ratings = Array.from({ length: 200_000 }, () => ({ score: 9 }))
    const result = rejection(check(file))
    expect(result.reason).toMatch(
      /^Parts of this file are not valid, so nothing was imported \(more than 20 problems; the first is at data\.ratings\.0\./,
    )
    expect(result.problems).toHaveLength(MAX_PROBLEMS_LISTED)
  })

  it('refuses a list inside a record far longer than any the app writes', () => {
    const file = reviewJson()
    file.data.reviews[0]!.reviewers = Array.from({ length: 10_001 }, (_, i) => ({ id: `r${i}`, name: 'x' }))
    const result = rejection(check(file))
    expect(result.reason).toMatch(/a list far longer than any this app writes/)
    expect(result.problems).toEqual([
      { path: 'data.reviews.0.reviewers', message: expect.stringMatching(/has 10001 entries/) as unknown },
    ])
  })

  it('refuses an overlong text inside a valid file', () => {
    const file = reviewJson()
    file.data.evidence[0]!.note = 'x'.repeat(2_000_001)
    expect(rejection(check(file)).reason).toMatch(/more than 2 million characters/)
  })
})

describe('refusing missing references and duplicated records', () => {
  it('refuses rows of a review that is not in the file', () => {
    const file = reviewJson()
    file.data.evidence[1]!.reviewId = 'review-elsewhere'
    const result = rejection(check(file))
    expect(result.reason).toMatch(/^Some records in this file refer to others that are not in it/)
    expect(result.problems).toEqual([
      { path: 'data.evidence.1.reviewId', message: 'This evidence entry belongs to a review that is not in the file' },
    ])
  })

  it('refuses a rating by someone who is not one of the review’s reviewers', () => {
    const file = reviewJson()
    file.data.ratings[0]!.reviewerId = 'reviewer-stranger'
    expect(paths(check(file))).toEqual(['data.ratings.0.reviewerId'])
  })

  it('refuses a review whose team is missing, and a review file with the wrong review or team', () => {
    const noTeam = backupJson()
    noTeam.data.teams = []
    // The team's outcomes lose their team too.
    expect(paths(check(noTeam))).toEqual(['data.outcomes.0.teamId', 'data.reviews.0.teamId'])

    const otherReview = { ...reviewJson(), reviewId: 'review-other' }
    expect(paths(check(otherReview))).toContain('data.reviews')

    const twoTeams = reviewJson()
    twoTeams.data.teams.push({ ...twoTeams.data.teams[0]!, id: 'team-extra' })
    expect(paths(check(twoTeams))).toEqual(['data.teams'])
  })

  it('refuses a backup’s outcomes that break the rules the form and the CSV keep, before anything is written', () => {
    const file = backupJson()
    file.data.outcomes[0] = { ...file.data.outcomes[0]!, startedWork: 61, outOfWorkAtEntry: 60 }
    expect(rejection(check(file)).problems).toEqual([
      {
        path: 'data.outcomes.0.startedWork',
        message: 'More people started work than were out of work when they started with the service',
      },
    ])
    const decimal = backupJson()
    decimal.data.outcomes[0] = { ...decimal.data.outcomes[0]!, caseload: 8.5 }
    expect(paths(check(decimal))).toEqual(['data.outcomes.0.caseload'])
    const twice = backupJson()
    twice.data.outcomes.push({ ...twice.data.outcomes[0]! })
    expect(paths(check(twice))).toEqual(['data.outcomes.1'])
  })

  it('refuses an item that is not in the review’s scale', () => {
    const file = reviewJson()
    file.data.consensus[0]!.itemId = 'item-99'
    expect(rejection(check(file)).problems).toEqual([
      { path: 'data.consensus.0.itemId', message: 'Item "item-99" is not in scale ips-uk version 1.0.0' },
    ])
  })

  it('refuses a finished-rating mark for someone who is not a reviewer', () => {
    const file = reviewJson()
    ;(file.data.reviews[0]!.ratingsFinishedBy as string[]).push('reviewer-stranger')
    expect(paths(check(file))).toEqual(['data.reviews.0.ratingsFinishedBy.2'])
  })

  it('refuses the same record twice, pointing to both', () => {
    const file = reviewJson()
    file.data.evidence.push({ ...file.data.evidence[0]!, note: 'A second entry with the same id' })
    file.data.ratings.push({ ...file.data.ratings.find((r) => r.reviewerId === ALEX.id)!, score: 1 })
    const result = rejection(check(file))
    expect(result.reason).toMatch(/^This file lists the same record more than once/)
    expect(result.problems).toEqual([
      { path: 'data.evidence.3', message: 'The same evidence entry is also at data.evidence.0' },
      { path: 'data.ratings.50', message: 'The same rating is also at data.ratings.25' },
    ])
  })

  it('refuses a backup with an invalid imported scale, with the path inside it', () => {
    const file = backupJson()
    const scale = file.data.importedScales[0]!.data as { items: { title: string }[] }
    scale.items[2]!.title = '   '
    const result = rejection(check(file))
    expect(result.reason).toMatch(/^A scale in this backup is not valid/)
    expect(paths(result)).toContain('data.importedScales.0.data.items.2.title')
  })

  it('refuses an imported scale filed under another id or version than it has', () => {
    const file = backupJson()
    file.data.importedScales[0]!.version = '9.9.9'
    expect(rejection(check(file)).problems).toEqual([
      { path: 'data.importedScales.0', message: 'The scale file inside is ips-uk version 1.1.0' },
    ])
  })

  it('accepts a review pinned to a scale the backup brings with it', () => {
    const file = backupJson()
    file.data.reviews[0]!.scaleVersion = '1.1.0'
    expect(check(file).ok).toBe(true)
  })
})

describe('never throwing, whatever the input', () => {
  it('turns an unexpected failure into a refusal', () => {
    const result = rejection(checkExchangeFile(undefined as unknown as string, 10))
    expect(result.reason).toMatch(/could not be checked/)
  })

  it('answers every random or mutated file with a result', () => {
    const [text] = asUpload(validReviewFile())
    const mutated = fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
      .map(([at, remove, insert]) => text.slice(0, at) + insert + text.slice(at + remove))
    fc.assert(
      fc.property(fc.oneof(mutated, fc.json(), fc.string()), (input) => {
        const result = checkExchangeFile(input, input.length)
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(10)
      }),
      { numRuns: 300 },
    )
  })
})

it('names the review in a review file', () => {
  const result = check(validReviewFile())
  expect(result.ok && result.file.kind === 'review' && result.file.reviewId).toBe(REVIEW_ID)
})

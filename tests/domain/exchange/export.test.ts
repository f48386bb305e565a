import { describe, expect, it } from 'vitest'
import {
  backupFile,
  exchangeFileName,
  exchangeFileSizeWarning,
  ExchangeExportError,
  reviewExchangeFile,
  reviewFileName,
  serialiseExchangeFile,
  utf8ByteLength,
} from '#domain/exchange/export'
import { checkExchangeFile } from '#domain/exchange/check'
import {
  MAX_EXCHANGE_FILE_BYTES,
  MAX_UNPACKED_EXCHANGE_BYTES,
  type BackupData,
  type ReviewData,
} from '#domain/exchange/file'
import { ALEX, asUpload, REVIEW_ID, reviewData, SAM, validBackupFile } from './fixtures'

const now = new Date('2026-11-23T12:00:00.000Z')
const options = { appVersion: '0.4.2', now, purpose: 'export' } as const

/** The fixture review plus a second team and review on the same device. */
function deviceWithTwoReviews(): ReviewData {
  const data = reviewData()
  const other = 'review-southside'
  data.teams.push({ ...data.teams[0]!, id: 'team-southside', name: 'Southside EIP' })
  data.reviews.push({ ...data.reviews[0]!, id: other, teamId: 'team-southside' })
  data.evidence.push({ ...data.evidence[0]!, id: 'evidence-southside', reviewId: other })
  data.ratings.push({ ...data.ratings[0]!, reviewId: other })
  return data
}

const roundTrip = (file: ReturnType<typeof reviewExchangeFile> | ReturnType<typeof backupFile>) => {
  const text = serialiseExchangeFile(file)
  return checkExchangeFile(text, utf8ByteLength(text))
}

describe('exporting one review', () => {
  it('holds the review, its team and all its rows, and nothing of other reviews', () => {
    const file = reviewExchangeFile(deviceWithTwoReviews(), REVIEW_ID, options)
    const fixture = reviewData()
    expect(file).toMatchObject({
      kind: 'review',
      reviewId: REVIEW_ID,
      appVersion: '0.4.2',
      createdAt: now.toISOString(),
    })
    expect(file.data.teams.map((t) => t.name)).toEqual(['Northgate Community Recovery Team'])
    expect(file.data.reviews.map((r) => r.id)).toEqual([REVIEW_ID])
    expect(file.data.evidence.map((e) => e.id)).toEqual(['evidence-1', 'evidence-2', 'evidence-3'])
    expect(file.data.ratings).toHaveLength(50)
    expect(new Set(file.data.ratings)).toEqual(new Set(fixture.ratings))
    expect(file.data.consensus).toHaveLength(2)
    expect(file.data.actionPlan).toHaveLength(1)
    expect(file.data.recordReviewRows).toHaveLength(1)
    expect(file.data.calculatorInputs).toHaveLength(2)
  })

  it('reads back exactly as it was written', () => {
    const file = reviewExchangeFile(reviewData(), REVIEW_ID, options)
    expect(roundTrip(file)).toEqual({ ok: true, file })
  })

  it('for a co-reviewer, leaves out the ratings of a reviewer who has not finished rating', () => {
    const data = reviewData()
    data.reviews[0] = { ...data.reviews[0]!, ratingsFinishedBy: [SAM.id], status: 'scoring', agreement: null }
    const file = reviewExchangeFile(data, REVIEW_ID, { ...options, purpose: 'co-reviewer' })
    expect(new Set(file.data.ratings.map((r) => r.reviewerId))).toEqual(new Set([SAM.id]))
    expect(file.data.ratings).toHaveLength(25)
    // The plain export keeps everything: it is the reviewer's own copy.
    expect(reviewExchangeFile(data, REVIEW_ID, options).data.ratings.some((r) => r.reviewerId === ALEX.id)).toBe(true)
    expect(roundTrip(file).ok).toBe(true)
  })

  it('for a co-reviewer, leaves out every rating while nobody has finished', () => {
    const data = reviewData()
    data.reviews[0] = { ...data.reviews[0]!, ratingsFinishedBy: [], status: 'scoring', agreement: null }
    expect(reviewExchangeFile(data, REVIEW_ID, { ...options, purpose: 'co-reviewer' }).data.ratings).toEqual([])
  })

  it('says so when the review or its team is not on the device', () => {
    expect(() => reviewExchangeFile(reviewData(), 'review-gone', options)).toThrow(ExchangeExportError)
    const noTeam = { ...reviewData(), teams: [] }
    expect(() => reviewExchangeFile(noTeam, REVIEW_ID, options)).toThrow(
      expect.objectContaining({ code: 'team-not-found' }),
    )
  })
})

describe('exporting a full backup', () => {
  const deviceData = (): BackupData => {
    const { data } = validBackupFile()
    return { ...data, ...deviceWithTwoReviews() }
  }

  it('holds every table, imported scales and settings, and reads back exactly', () => {
    const data = deviceData()
    const file = backupFile(data, { appVersion: '0.4.2', now })
    expect(file.data.reviews).toHaveLength(2)
    expect(file.data.importedScales.map((s) => s.version)).toEqual(['1.1.0'])
    expect(file.data.settings).toEqual(data.settings)
    expect(roundTrip(file)).toEqual({ ok: true, file })
  })

  it('gives the same file for the same data, whatever order the rows came in', () => {
    const data = deviceData()
    const shuffled = { ...data, ratings: [...data.ratings].reverse(), evidence: [...data.evidence].reverse() }
    const a = serialiseExchangeFile(backupFile(data, { appVersion: '0.4.2', now }))
    expect(serialiseExchangeFile(backupFile(shuffled, { appVersion: '0.4.2', now }))).toBe(a)
  })

  it('writes a backup compactly and a review file readably', () => {
    const backup = serialiseExchangeFile(backupFile(deviceData(), { appVersion: '0.4.2', now }))
    expect(backup.trimEnd()).not.toContain('\n')
    const review = serialiseExchangeFile(reviewExchangeFile(reviewData(), REVIEW_ID, options))
    expect(review).toContain('\n  "format": "ips-fidelity-review-exchange",\n')
  })
})

describe('naming files', () => {
  const review = { visitStart: '2026-11-20', type: 'independent' as const, reviewers: [SAM, ALEX] }
  const training = (...names: string[]) => ({
    visitStart: '2026-11-20',
    type: 'training' as const,
    reviewers: names.map((name, i) => ({ id: `trainee-${i}`, name })),
  })

  it('names a review file from its team and the first day of the visit', () => {
    expect(reviewFileName('Northgate CRT', review, 'export')).toBe('northgate-crt-review-2026-11-20.json')
    expect(reviewFileName('Northgate Community Recovery Team', review, 'co-reviewer')).toBe(
      'northgate-crt-review-2026-11-20-for-co-reviewer.json',
    )
  })

  it('keeps a hostile or empty team name out of the path', () => {
    expect(reviewFileName('../../etc/passwd', review, 'export')).toBe('etc-passwd-review-2026-11-20.json')
    expect(reviewFileName('<script>', review, 'export')).toBe('script-review-2026-11-20.json')
    expect(reviewFileName(null, review, 'export')).toBe('team-review-2026-11-20.json')
    expect(reviewFileName('x'.repeat(500), review, 'co-reviewer').length).toBeLessThanOrEqual(80)
  })

  it('names a trainee’s exercise with the trainee, so a class’s files do not overwrite each other', () => {
    expect(reviewFileName('Riverside CMHT', training('Zoë O’Brien'), 'export')).toBe(
      'riverside-cmht-review-2026-11-20-trainee-zoe-obrien.json',
    )
    expect(reviewFileName('Riverside CMHT', training('Sam Patel'), 'export')).not.toBe(
      reviewFileName('Riverside CMHT', training('Alex Jones'), 'export'),
    )
    // A trainee who gave no name, or only the placeholder, adds nothing.
    expect(reviewFileName('Riverside CMHT', training('Trainee'), 'export')).toBe(
      'riverside-cmht-review-2026-11-20.json',
    )
    expect(reviewFileName('Riverside CMHT', training('../../<script>'), 'export')).toBe(
      'riverside-cmht-review-2026-11-20-trainee-script.json',
    )
    const long = reviewFileName('x'.repeat(500), training('y'.repeat(500)), 'export')
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toMatch(/^x+-review-2026-11-20-trainee-y{30}\.json$/)
    // Only a training exercise: reviewers' names stay out of other reviews' file names.
    expect(reviewFileName('Riverside CMHT', review, 'export')).toBe('riverside-cmht-review-2026-11-20.json')
  })

  it('names a backup by the day it was made, and a review file by its review', () => {
    const backup = backupFile(validBackupFile().data, { appVersion: '0.4.2', now })
    expect(exchangeFileName(backup, null)).toBe('ips-fidelity-review-backup-2026-11-23.json.gz')
    const file = reviewExchangeFile(reviewData(), REVIEW_ID, options)
    expect(exchangeFileName(file, 'Northgate CRT', 'co-reviewer')).toBe(
      'northgate-crt-review-2026-11-20-for-co-reviewer.json',
    )
  })
})

describe('files too large to import again', () => {
  it('counts bytes as UTF-8, as the file is saved', () => {
    const text = 'a£€😀'
    expect(utf8ByteLength(text)).toBe(asUpload(text)[1])
  })

  it('warns before saving a file that could not be restored', () => {
    expect(exchangeFileSizeWarning('{}')).toBeNull()
    expect(exchangeFileSizeWarning('x'.repeat(MAX_EXCHANGE_FILE_BYTES + 1))).toMatch(/could not be restored/)
  })

  it('judges a compressed backup by its file size, and by what it unpacks to', () => {
    const over20 = 'x'.repeat(MAX_EXCHANGE_FILE_BYTES + 1)
    expect(exchangeFileSizeWarning(over20, 100_000)).toBeNull()
    expect(exchangeFileSizeWarning('{}', MAX_EXCHANGE_FILE_BYTES)).toBeNull()
    expect(exchangeFileSizeWarning('{}', MAX_EXCHANGE_FILE_BYTES + 1)).toMatch(
      /^This file is 20\.0 MB, over the 20\.0 MB that can be imported, so it could not be restored/,
    )
    expect(exchangeFileSizeWarning('x'.repeat(MAX_UNPACKED_EXCHANGE_BYTES + 1), 1_000_000)).toMatch(
      /^This file unpacks to 200\.0 MB, over the 200\.0 MB that can be imported, so it could not be restored/,
    )
  })
})

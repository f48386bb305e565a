import { describe, expect, it, vi } from 'vitest'
import { evidenceRepo } from '../../src/storage/evidence-repo'
import { getDatabase } from '../../src/storage/database'
import { createTeamAndReview, later, now, quotaExceeded, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const row = (reviewId: string, anonymousId: string) => ({
  reviewId,
  anonymousId,
  daysToFirstEmployerContact: 12,
  jobType: 'Retail assistant',
  employer: 'Corner shop',
  competitive: true,
  supportContactsAfterStart: 4,
})

describe('evidence entries', () => {
  it('adds, updates and removes entries, listed per item oldest first', async () => {
    const { review } = await createTeamAndReview()
    const first = await evidenceRepo.addEntry(
      {
        reviewId: review.id,
        itemId: 'caseload-size',
        source: 'interview',
        intervieweeRole: 'team leader',
        note: 'Caseload 20',
      },
      now,
    )
    const second = await evidenceRepo.addEntry(
      { reviewId: review.id, itemId: 'caseload-size', source: 'management-data', note: '81 clients' },
      later,
    )
    await evidenceRepo.addEntry({ reviewId: review.id, itemId: 'other-item', source: 'document', note: 'x' }, now)
    expect((await evidenceRepo.listEntries(review.id, 'caseload-size')).map((e) => e.id)).toEqual([first.id, second.id])
    expect(await evidenceRepo.listEntriesForReview(review.id)).toHaveLength(3)

    const edited = await evidenceRepo.updateEntry(first.id, { note: 'Caseload 22' }, later)
    expect(edited).toMatchObject({
      note: 'Caseload 22',
      intervieweeRole: 'team leader',
      updatedAt: later.toISOString(),
    })
    await evidenceRepo.removeEntry(second.id)
    expect(await evidenceRepo.listEntries(review.id, 'caseload-size')).toEqual([edited])
  })

  it('refuses evidence for a review that does not exist, and edits of missing entries', async () => {
    const add = evidenceRepo.addEntry({ reviewId: 'gone', itemId: 'caseload-size', source: 'document', note: '' })
    await expect(add).rejects.toMatchObject({ code: 'not-found' })
    await expect(evidenceRepo.updateEntry('gone', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('keeps the typed note safe when the device is full by reporting quota-exceeded', async () => {
    const { review } = await createTeamAndReview()
    const entry = await evidenceRepo.addEntry({ reviewId: review.id, itemId: 'i', source: 'document', note: 'a' }, now)
    vi.spyOn(getDatabase().evidence, 'put').mockRejectedValue(quotaExceeded())
    await expect(evidenceRepo.updateEntry(entry.id, { note: 'ab' })).rejects.toMatchObject({ code: 'quota-exceeded' })
  })
})

describe('calculator inputs', () => {
  it('saves and replaces an item’s inputs', async () => {
    const { review } = await createTeamAndReview()
    await evidenceRepo.saveCalculatorInputs(review.id, 'caseload-size', { activeClients: 81, fte: 3.6 }, now)
    const saved = await evidenceRepo.saveCalculatorInputs(review.id, 'caseload-size', { activeClients: 90 }, later)
    expect(await evidenceRepo.getCalculatorInputs(review.id, 'caseload-size')).toEqual(saved)
    expect(saved.values).toEqual({ activeClients: 90 })
    expect(await evidenceRepo.listCalculatorInputs(review.id)).toHaveLength(1)
    expect(await evidenceRepo.getCalculatorInputs(review.id, 'other')).toBeNull()
  })

  it('refuses values a calculator cannot use', async () => {
    const { review } = await createTeamAndReview()
    const bad = evidenceRepo.saveCalculatorInputs(review.id, 'i', { clients: Number.NaN })
    await expect(bad).rejects.toMatchObject({ code: 'invalid' })
  })
})

describe('record-review rows', () => {
  it('adds, updates, lists in order added, and removes rows', async () => {
    const { review } = await createTeamAndReview()
    const a = await evidenceRepo.addRecordReviewRow(row(review.id, 'R-01'), now)
    const b = await evidenceRepo.addRecordReviewRow(row(review.id, 'R-02'), later)
    const updated = await evidenceRepo.updateRecordReviewRow(
      a.id,
      { competitive: false, daysToFirstEmployerContact: null },
      later,
    )
    expect(updated).toMatchObject({ anonymousId: 'R-01', competitive: false, daysToFirstEmployerContact: null })
    expect((await evidenceRepo.listRecordReviewRows(review.id)).map((r) => r.id)).toEqual([a.id, b.id])
    await evidenceRepo.removeRecordReviewRow(a.id)
    expect((await evidenceRepo.listRecordReviewRows(review.id)).map((r) => r.id)).toEqual([b.id])
  })

  it('refuses a name as the row id, and a code used twice in one review', async () => {
    const { review } = await createTeamAndReview()
    await expect(evidenceRepo.addRecordReviewRow(row(review.id, 'Jane Smith'))).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/anonymous code such as "R-07"/),
    })
    const first = await evidenceRepo.addRecordReviewRow(row(review.id, 'R-07'), now)
    await expect(evidenceRepo.addRecordReviewRow(row(review.id, 'r-07'))).rejects.toMatchObject({ code: 'invalid' })
    const second = await evidenceRepo.addRecordReviewRow(row(review.id, 'R-08'), now)
    await expect(evidenceRepo.updateRecordReviewRow(second.id, { anonymousId: 'R-07' })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/already used/),
    })
    expect(await evidenceRepo.updateRecordReviewRow(first.id, { anonymousId: 'R-07' }, later)).toMatchObject({
      id: first.id,
    })
  })

  it('refuses negative days', async () => {
    const { review } = await createTeamAndReview()
    const bad = evidenceRepo.addRecordReviewRow({ ...row(review.id, 'R-1'), daysToFirstEmployerContact: -3 })
    await expect(bad).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/cannot be negative/) })
  })

  it('stores nothing of a record whose dates are out of order, whether added or changed', async () => {
    const { review } = await createTeamAndReview()
    const bad = evidenceRepo.addRecordReviewRow({
      ...row(review.id, 'R-01'),
      entryDate: '2026-03-01',
      firstEmployerContactDate: '2026-02-01',
    })
    await expect(bad).rejects.toMatchObject({
      code: 'invalid',
      message: 'Could not save record: The first employer contact cannot be before the date of entry to the service',
    })
    expect(await evidenceRepo.listRecordReviewRows(review.id)).toEqual([])

    const stored = await evidenceRepo.addRecordReviewRow(
      { ...row(review.id, 'R-01'), entryDate: '2026-03-01', jobType: 'Cook' },
      now,
    )
    // Half of this patch is fine (the job type); none of it is stored.
    await expect(
      evidenceRepo.updateRecordReviewRow(stored.id, { jobType: 'Chef', jobStartDate: '2026-02-01' }, later),
    ).rejects.toMatchObject({ message: expect.stringMatching(/job cannot start before the date of entry/) })
    expect(await evidenceRepo.listRecordReviewRows(review.id)).toEqual([stored])
    await expect(
      evidenceRepo.updateRecordReviewRow(stored.id, {
        firstEmployerContactDate: '2026-03-02',
        noEmployerContactYet: true,
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/cannot also say “no employer contact yet”/) })
    expect(await evidenceRepo.listRecordReviewRows(review.id)).toEqual([stored])
  })
})

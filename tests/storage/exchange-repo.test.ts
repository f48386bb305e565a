import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  emptyReviewData,
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  type ExchangeFile,
  type ReviewData,
} from '#domain/exchange/file'
import { defaultSettings } from '#domain/settings/settings'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { getDatabase, SETTINGS_ID } from '../../src/storage/database'
import { DEMO_CURRENT_REVIEW_ID, DEMO_TEAM_ID, loadDemoTeam } from '../../src/storage/demo'
import { evidenceRepo } from '../../src/storage/evidence-repo'
import { backfillFinalScores } from '../../src/storage/final-scores-backfill'
import { settingsRepo } from '../../src/storage/settings-repo'
import { scalesRepo } from '../../src/storage/scales-repo'
import { reportNarrativeRepo } from '../../src/storage/report-narrative-repo'
import { outcomesRepo } from '../../src/storage/outcomes-repo'
import { actionPlanRepo } from '../../src/storage/action-plan-repo'
import { draftJournal, flushDurable } from '../../src/storage/draft-journal'
import { CHANGE_MARKER_KEY, firstUnbackedChangeAt, recordChange } from '../../src/storage/change-marker'
import { createTeamAndReview, later, noFigures, now, useFreshDatabase } from './fresh-database'
import { planImport } from '#domain/import/plan'
import { importedUkScale, SAM, validReviewFile } from '../domain/exchange/fixtures'

useFreshDatabase()
beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

const FINAL_REVIEW_ID = 'demo-northgate-review-2025'

const reviewFile = (reviewId: string, data: ReviewData): ExchangeFile => ({
  format: EXCHANGE_FORMAT,
  formatVersion: EXCHANGE_FORMAT_VERSION,
  appVersion: 'test',
  createdAt: now.toISOString(),
  kind: 'review',
  reviewId,
  data,
})

const nothingOnDevice = () => ({ ...emptyReviewData(), importedScales: [], outcomes: [], settings: null })
const writesOf = (data: ReviewData) => ({ ...data, importedScales: [], outcomes: [], settings: null })

async function dump() {
  const db = getDatabase()
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))
}

describe('reading for export', () => {
  it('reads one review with its team and only that review’s rows', async () => {
    await loadDemoTeam(now)
    const current = await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)
    expect(current.teams.map((t) => t.id)).toEqual([DEMO_TEAM_ID])
    expect(current.reviews.map((r) => r.id)).toEqual([DEMO_CURRENT_REVIEW_ID])
    expect(current.evidence.length).toBeGreaterThan(0)
    expect(current.recordReviewRows.length).toBeGreaterThan(0)
    expect(current.calculatorInputs.length).toBeGreaterThan(0)
    expect(current.ratings).toEqual([])

    const final = await exchangeRepo.readReview(FINAL_REVIEW_ID)
    expect(final.evidence).toEqual([])
    // Both reviewers' ratings of all 25 items, and the 25 agreed scores.
    expect(final.ratings).toHaveLength(50)
    expect(final.consensus).toHaveLength(25)
    const everyRow = [...final.ratings, ...final.consensus]
    expect(everyRow.every((row) => row.reviewId === FINAL_REVIEW_ID)).toBe(true)
  })

  it('refuses a review that is not on the device', async () => {
    await expect(exchangeRepo.readReview('nope')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses a damaged row with a message naming its table', async () => {
    await loadDemoTeam(now)
    const row = await getDatabase().ratings.where('reviewId').equals(FINAL_REVIEW_ID).first()
    await getDatabase().ratings.put({ ...row!, score: 9 })
    const failure = exchangeRepo.readReview(FINAL_REVIEW_ID)
    await expect(failure).rejects.toMatchObject({ code: 'invalid' })
    await expect(failure).rejects.toThrow(/table ratings/)
    await expect(exchangeRepo.readBackup()).rejects.toThrow(/rating \(table ratings\).*damaged/)
  })

  it('reads a backup of every table, with default settings when none were saved', async () => {
    await loadDemoTeam(now)
    const backup = await exchangeRepo.readBackup()
    expect(backup.settings).toEqual(defaultSettings)
    expect(backup.teams).toHaveLength(1)
    expect(backup.reviews.length).toBe(1 + 3)
    expect(backup.importedScales).toEqual([])

    await scalesRepo.saveImported({ id: 'my-scale', version: '1.0.0', data: { any: 'thing' } }, now)
    await settingsRepo.update({ actionPlanWeeks: 8 })
    const again = await exchangeRepo.readBackup()
    expect(again.importedScales).toEqual([
      { id: 'my-scale', version: '1.0.0', importedAt: now.toISOString(), data: { any: 'thing' } },
    ])
    expect(again.settings).toEqual({ ...defaultSettings, actionPlanWeeks: 8 })
    // Settings leave the device without the row's internal id.
    expect(again.settings).not.toHaveProperty('id')
  })
})

describe('reading what an import would meet', () => {
  it('returns only the device’s rows that share a key with the file', async () => {
    await loadDemoTeam(now)
    const data = await exchangeRepo.readReview(FINAL_REVIEW_ID)
    const file = reviewFile(FINAL_REVIEW_ID, {
      ...data,
      ratings: [...data.ratings.slice(0, 3), { ...data.ratings[0]!, reviewerId: 'someone-new' }],
      evidence: [{ ...(await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)).evidence[0]!, id: 'not-here' }],
    })
    const existing = await exchangeRepo.readExisting(file)
    expect(existing.teams).toEqual(data.teams)
    expect(existing.reviews).toEqual(data.reviews)
    expect(existing.ratings).toEqual(data.ratings.slice(0, 3))
    expect(existing.evidence).toEqual([])
    expect(existing.consensus).toEqual(data.consensus)
    // A review file never touches settings.
    expect(existing.settings).toBeNull()
  })

  it.each([
    ['a few of them are on the device', 200],
    ['most of them are on the device', 900],
  ])('finds exactly the rows on the device among a backup’s thousand keys when %s', async (_, onDevice) => {
    await loadDemoTeam(now)
    const [template] = (await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)).evidence
    const rows = Array.from({ length: 1000 }, (_, i) => ({ ...template!, id: `bulk-${i}`, note: `Note ${i}` }))
    // Rows the file does not hold, so "few" and "most" mean a share of the table, as on a real device.
    const others = Array.from({ length: 600 }, (_, i) => ({ ...template!, id: `other-${i}` }))
    await getDatabase().evidence.bulkPut([...rows.slice(0, onDevice), ...others])
    const data = await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)
    const file = reviewFile(DEMO_CURRENT_REVIEW_ID, { ...data, evidence: rows })
    const existing = await exchangeRepo.readExisting(file)
    expect(existing.evidence.map((row) => row.id).sort()).toEqual(
      rows
        .slice(0, onDevice)
        .map((row) => row.id)
        .sort(),
    )
    // A row changed after the preview is still caught when the import re-reads the keys.
    await getDatabase().evidence.update('bulk-5', { note: 'Edited in another tab' })
    await expect(
      exchangeRepo.applyImport({ ...writesOf(data), evidence: rows.slice(onDevice) }, existing),
    ).rejects.toMatchObject({ code: 'changed' })
  })

  it('reads the imported scale a review file’s review uses, so a conflict names the item by number and title', async () => {
    const onScale = (file = validReviewFile()) => {
      file.data.reviews = file.data.reviews.map((review) => ({ ...review, scaleVersion: '1.1.0' }))
      return file
    }
    await getDatabase().importedScales.put(importedUkScale('1.1.0'))
    const mine = onScale()
    await exchangeRepo.applyImport(writesOf(mine.data), nothingOnDevice())
    const theirs = onScale()
    const rating = theirs.data.ratings.find(
      (r) => r.reviewerId === SAM.id && r.itemId === 'employment-agency-collaboration',
    )!
    rating.score = rating.score === 5 ? 4 : 5
    const existing = await exchangeRepo.readExisting(theirs)
    expect(existing.importedScales.map((scale) => [scale.id, scale.version])).toEqual([['ips-uk', '1.1.0']])
    const plan = planImport(theirs, existing, (id) => id === 'ips-uk')
    expect(plan.blockers).toEqual([])
    expect(plan.conflicts.map((conflict) => conflict.label)).toEqual([
      'Rating of item 6 Collaboration between employment specialists and Jobcentre Plus / DWP by Sam Patel',
    ])
  })

  it('includes the device’s settings for a backup, or null when none were ever saved', async () => {
    const backup = { ...reviewFile('x', emptyReviewData()), kind: 'backup' as const }
    const file: ExchangeFile = {
      ...backup,
      data: { ...emptyReviewData(), importedScales: [], outcomes: [], settings: defaultSettings },
    }
    expect((await exchangeRepo.readExisting(file)).settings).toBeNull()
    await settingsRepo.update({ largeText: true })
    expect((await exchangeRepo.readExisting(file)).settings).toEqual({ ...defaultSettings, largeText: true })
  })
})

describe('applying an import', () => {
  it('writes every row of a review onto an empty device', async () => {
    await loadDemoTeam(now)
    const data = await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)
    await exchangeRepo.eraseEverything()
    await exchangeRepo.applyImport(writesOf(data), nothingOnDevice())
    expect(await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)).toEqual(data)
    expect(firstUnbackedChangeAt()).not.toBeNull()
  })

  it('adds rows beside the device’s own and leaves the rest alone', async () => {
    const { team, review } = await createTeamAndReview()
    const mine = await evidenceRepo.addEntry(
      { reviewId: review.id, itemId: 'caseload-size', source: 'interview', note: 'Mine' },
      now,
    )
    const theirs = { ...mine, id: 'their-entry', note: 'Theirs' }
    const file = reviewFile(review.id, { ...emptyReviewData(), teams: [team], reviews: [review], evidence: [theirs] })
    const existing = await exchangeRepo.readExisting(file)
    await exchangeRepo.applyImport({ ...writesOf(emptyReviewData()), evidence: [theirs] }, existing)
    const notes = (await evidenceRepo.listEntriesForReview(review.id)).map((e) => e.note).sort()
    expect(notes).toEqual(['Mine', 'Theirs'])
  })

  it('refuses rows that are not valid and writes none of them', async () => {
    const { team, review } = await createTeamAndReview()
    const before = await dump()
    const rating = {
      reviewId: review.id,
      itemId: 'caseload-size',
      reviewerId: 'reviewer-a',
      score: 9,
      rationale: '',
      updatedAt: now.toISOString(),
    }
    const writes = { ...writesOf(emptyReviewData()), teams: [{ ...team, name: 'Renamed' }], ratings: [rating] }
    await expect(exchangeRepo.applyImport(writes, { ...nothingOnDevice(), teams: [team] })).rejects.toMatchObject({
      code: 'invalid',
    })
    expect(await dump()).toEqual(before)
  })

  it('keeps this device’s last backup time and persistence request when settings come from a backup', async () => {
    await settingsRepo.update({ lastBackupAt: later.toISOString(), persistenceRequested: true })
    const expected = { ...nothingOnDevice(), settings: await settingsRepo.get() }
    const incoming = { ...defaultSettings, actionPlanWeeks: 10, lastBackupAt: now.toISOString() }
    await exchangeRepo.applyImport({ ...writesOf(emptyReviewData()), settings: incoming }, expected)
    expect(await settingsRepo.get()).toEqual({
      ...defaultSettings,
      actionPlanWeeks: 10,
      lastBackupAt: later.toISOString(),
      persistenceRequested: true,
    })
    // The one settings row the rest of the app reads.
    expect(await getDatabase().settings.toCollection().primaryKeys()).toEqual([SETTINGS_ID])
  })
})

describe('an import whose preview is out of date', () => {
  async function previewOfOneEntry() {
    const { team, review } = await createTeamAndReview()
    const entry = await evidenceRepo.addEntry(
      { reviewId: review.id, itemId: 'caseload-size', source: 'interview', note: 'Before' },
      now,
    )
    const incoming = { ...entry, note: 'Incoming', updatedAt: later.toISOString() }
    const added = { ...entry, id: 'added-by-file', note: 'New' }
    const file = reviewFile(review.id, {
      ...emptyReviewData(),
      teams: [team],
      reviews: [review],
      evidence: [incoming, added],
    })
    const expected = await exchangeRepo.readExisting(file)
    const writes = { ...writesOf(emptyReviewData()), evidence: [incoming, added] }
    return { entry, expected, writes, added }
  }

  it.each([
    [
      'a previewed row was edited',
      async (entry: { id: string }) => void (await evidenceRepo.updateEntry(entry.id, { note: 'Edited' }, later)),
    ],
    ['a previewed row was deleted', async (entry: { id: string }) => evidenceRepo.removeEntry(entry.id)],
    [
      'a row appeared under a key the preview saw as new',
      async (entry: { id: string }) => {
        const row = await getDatabase().evidence.get(entry.id)
        await getDatabase().evidence.add({ ...row!, id: 'added-by-file' })
      },
    ],
  ])('refuses and writes nothing when %s', async (_label, change) => {
    const { entry, expected, writes } = await previewOfOneEntry()
    await change(entry)
    const before = await dump()
    const failure = exchangeRepo.applyImport(writes, expected)
    await expect(failure).rejects.toMatchObject({ code: 'changed' })
    await expect(failure).rejects.toThrow(
      'Something on this device changed since the preview. Check the preview again.',
    )
    expect(await dump()).toEqual(before)
  })

  it('refuses when the settings changed after the preview of a backup', async () => {
    await settingsRepo.update({ actionPlanWeeks: 7 })
    const expected = { ...nothingOnDevice(), settings: await settingsRepo.get() }
    await settingsRepo.update({ largeText: true })
    const writes = { ...writesOf(emptyReviewData()), settings: { ...defaultSettings, actionPlanWeeks: 9 } }
    await expect(exchangeRepo.applyImport(writes, expected)).rejects.toMatchObject({ code: 'changed' })
    expect(await settingsRepo.get()).toMatchObject({ actionPlanWeeks: 7, largeText: true })
  })

  it('goes ahead when nothing changed', async () => {
    const { entry, expected, writes } = await previewOfOneEntry()
    await exchangeRepo.applyImport(writes, expected)
    expect((await evidenceRepo.listEntriesForReview(entry.reviewId)).map((e) => e.note).sort()).toEqual([
      'Incoming',
      'New',
    ])
  })
})

describe('backups and erasing', () => {
  it('records a backup: the time in settings, and no change waiting for a backup', async () => {
    await createTeamAndReview()
    expect(firstUnbackedChangeAt()).not.toBeNull()
    // The change was recorded by the clock, and the backup is read after it.
    const backupAt = new Date()
    await exchangeRepo.markBackedUp(backupAt)
    expect((await settingsRepo.get()).lastBackupAt).toBe(backupAt.toISOString())
    expect(firstUnbackedChangeAt()).toBeNull()
  })

  it('keeps a change made after the data for the backup was read', async () => {
    recordChange(later)
    await exchangeRepo.markBackedUp(now)
    expect((await settingsRepo.get()).lastBackupAt).toBe(now.toISOString())
    expect(firstUnbackedChangeAt()).toBe(later.toISOString())
  })

  it('erases every table, every draft and the change marker, and nothing of other sites', async () => {
    await loadDemoTeam(now)
    await scalesRepo.saveImported({ id: 'my-scale', version: '1.0.0', data: {} }, now)
    await settingsRepo.update({ largeText: true })
    await actionPlanRepo.create(FINAL_REVIEW_ID, 'caseload-size', { recommendation: 'Fewer clients' }, now)
    await reportNarrativeRepo.updateNarrative(FINAL_REVIEW_ID, { executiveSummary: 'In short' }, now)
    await reportNarrativeRepo.updateFinding(FINAL_REVIEW_ID, 'caseload-size', { text: 'Too many' }, now)
    // The demo's final reviews get their results snapshots as the portfolio would take them.
    await backfillFinalScores([FINAL_REVIEW_ID])
    await outcomesRepo.save(DEMO_TEAM_ID, '2026-Q1', { ...noFigures, caseload: 40 }, now)
    draftJournal.write({ reviewId: DEMO_CURRENT_REVIEW_ID, record: 'evidence/e1', field: 'note' }, 'typed', '', now)
    draftJournal.write({ reviewId: 'gone-review', record: 'rating/x', field: 'rationale' }, 'typed', '', now)
    await flushDurable()
    // A change still waiting for its durable copy must not come back after the erase either.
    draftJournal.write({ reviewId: 'gone-review', record: 'rating/y', field: 'rationale' }, 'typed', '', now)
    sessionStorage.setItem('ips-fidelity-review:rating-as:r', 'a')
    localStorage.setItem('someone-else', 'kept')
    recordChange(now)
    // Every table holds something, so an erase that missed one would show.
    for (const table of getDatabase().tables) expect(await table.count(), table.name).toBeGreaterThan(0)

    await exchangeRepo.eraseEverything()
    await flushDurable()
    for (const table of getDatabase().tables) expect(await table.count(), table.name).toBe(0)
    expect(Object.keys(localStorage)).toEqual(['someone-else'])
    expect(sessionStorage.length).toBe(0)
    expect(localStorage.getItem(CHANGE_MARKER_KEY)).toBeNull()
  })
})

/** Marks a review final directly, as the consensus screen would after every check. */
async function finalise(reviewId: string) {
  await getDatabase().reviews.update(reviewId, { status: 'final', finalisedAt: later.toISOString() })
}

describe('deleting personal data', () => {
  it('removes evidence, record-review rows and their drafts, keeps scores and the plan, and says when', async () => {
    await loadDemoTeam(now)
    const other = await createTeamAndReview()
    await evidenceRepo.addEntry(
      { reviewId: other.review.id, itemId: 'caseload-size', source: 'interview', note: 'Kept' },
      now,
    )
    const journal = (record: string) => ({ reviewId: DEMO_CURRENT_REVIEW_ID, record, field: 'note' })
    draftJournal.write(journal('evidence/e1'), 'a name', '', now)
    draftJournal.write(journal('record/r1'), 'an employer', '', now)
    draftJournal.write(journal('rating/x'), 'a rationale', '', now)
    await finalise(DEMO_CURRENT_REVIEW_ID)
    const before = await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)

    await exchangeRepo.deletePersonalData(DEMO_CURRENT_REVIEW_ID, later)
    const after = await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)
    expect(after.evidence).toEqual([])
    expect(after.recordReviewRows).toEqual([])
    expect(after.calculatorInputs).toEqual(before.calculatorInputs)
    expect(after.ratings).toEqual(before.ratings)
    expect(after.consensus).toEqual(before.consensus)
    expect(after.actionPlan).toEqual(before.actionPlan)
    expect(after.reviews[0]).toEqual({
      ...before.reviews[0],
      personalDataDeletedAt: later.toISOString(),
      updatedAt: later.toISOString(),
    })
    expect((await draftJournal.listForReview(DEMO_CURRENT_REVIEW_ID)).map((d) => d.record)).toEqual(['rating/x'])
    expect(await evidenceRepo.listEntriesForReview(other.review.id)).toHaveLength(1)
  })

  it('refuses a review that is not final yet, since the evidence is still needed, and changes nothing', async () => {
    await loadDemoTeam(now)
    const before = await dump()
    await expect(exchangeRepo.deletePersonalData(DEMO_CURRENT_REVIEW_ID, later)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/Finalise the review first/),
    })
    expect(await dump()).toEqual(before)
  })

  it('refuses a review that is not on the device and changes nothing', async () => {
    await loadDemoTeam(now)
    const before = await dump()
    await expect(exchangeRepo.deletePersonalData('nope', later)).rejects.toMatchObject({ code: 'not-found' })
    expect(await dump()).toEqual(before)
  })
})

import { summaryChangeProblem } from '#domain/scoring/review-rules'
import {
  CalculatorInputsSchema,
  EvidenceEntrySchema,
  RecordReviewRowInputSchema,
  RecordReviewRowSchema,
  type CalculatorInputs,
  type CalculatorValue,
  type EvidenceEntry,
  type EvidenceEntryInput,
  type RecordReviewRow,
  type RecordReviewRowInput,
} from '#domain/review/evidence'
import Dexie from 'dexie'
import { notFound, StorageError } from './storage-error'
import { definedOnly, newId, parseInput, parseRow, parseRows, read, write } from './repo-helpers'
import type { ReviewDatabase } from './database'
import { loadReview, moveStageOn } from './reviews-repo'

export type EvidenceEntryPatch = Partial<Pick<EvidenceEntry, 'source' | 'intervieweeRole' | 'note' | 'includeInReport'>>
export type RecordReviewRowPatch = Partial<Omit<RecordReviewRowInput, 'reviewId'>>

const oldestFirst = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt)
// Rows added in the same millisecond keep the order of their anonymous codes (R-01, R-02...).
// One collator: localeCompare with a locale builds a new one per call.
const codes = new Intl.Collator('en-GB', { numeric: true })
const recordOrder = (a: RecordReviewRow, b: RecordReviewRow) =>
  oldestFirst(a, b) || codes.compare(a.anonymousId, b.anonymousId)

async function requireReview(db: ReviewDatabase, reviewId: string) {
  if (!(await db.reviews.get(reviewId))) throw notFound('This review')
}

// Anonymous codes are how reviewers tell sampled records apart, so two rows may not share one.
async function requireUniqueCode(db: ReviewDatabase, row: RecordReviewRow) {
  const rows = await db.recordReviewRows.where('reviewId').equals(row.reviewId).toArray()
  const code = row.anonymousId.toLowerCase()
  if (rows.some((other) => other.id !== row.id && other.anonymousId.toLowerCase() === code)) {
    throw new StorageError(
      'invalid',
      `Could not save record: the code ${row.anonymousId} is already used in this review`,
    )
  }
}

export const evidenceRepo = {
  async addEntry(input: EvidenceEntryInput, now: Date = new Date()): Promise<EvidenceEntry> {
    const at = now.toISOString()
    const entry = parseInput(EvidenceEntrySchema, { ...input, id: newId(), createdAt: at, updatedAt: at }, 'evidence')
    return write(
      (db) => [db.evidence, db.reviews],
      async (db) => {
        const review = await loadReview(db, entry.reviewId)
        const summary = summaryChangeProblem(review, 'evidence')
        if (summary) throw new StorageError('invalid', summary)
        await db.evidence.add(entry)
        await moveStageOn(db, review, 'evidence', now)
        return entry
      },
    )
  },

  async updateEntry(id: string, patch: EvidenceEntryPatch, now: Date = new Date()): Promise<EvidenceEntry> {
    const { source, intervieweeRole, note, includeInReport } = patch
    return write(
      (db) => [db.evidence],
      async (db) => {
        const row = await db.evidence.get(id)
        if (!row) throw notFound('This evidence entry')
        const existing = parseRow(EvidenceEntrySchema, row, 'evidence entry')
        const changes = {
          ...definedOnly({ source, note, includeInReport }),
          ...('intervieweeRole' in patch ? { intervieweeRole } : {}),
        }
        const next = parseInput(
          EvidenceEntrySchema,
          { ...existing, ...changes, updatedAt: now.toISOString() },
          'evidence',
        )
        await db.evidence.put(next)
        return next
      },
    )
  },

  /** Removing an entry that is already gone (e.g. from another tab) is not an error. */
  async removeEntry(id: string): Promise<void> {
    return write(
      (db) => [db.evidence],
      (db) => db.evidence.delete(id),
    )
  },

  async listEntries(reviewId: string, itemId: string): Promise<EvidenceEntry[]> {
    return read(async (db) => {
      const rows = await db.evidence.where('[reviewId+itemId]').equals([reviewId, itemId]).toArray()
      return parseRows(EvidenceEntrySchema, rows, 'evidence entry').sort(oldestFirst)
    })
  },

  async listEntriesForReview(reviewId: string): Promise<EvidenceEntry[]> {
    return read(async (db) => {
      const rows = await db.evidence.where('reviewId').equals(reviewId).toArray()
      return parseRows(EvidenceEntrySchema, rows, 'evidence entry').sort(oldestFirst)
    })
  },

  /**
   * The items of a review that have at least one evidence entry. Reads the index keys only, so a note saved
   * while typing does not make a progress view re-read and re-check every note of the review.
   */
  async listItemsWithEvidence(reviewId: string): Promise<string[]> {
    return read(async (db) => {
      const keys = await db.evidence
        .where('[reviewId+itemId]')
        .between([reviewId, Dexie.minKey], [reviewId, Dexie.maxKey])
        .uniqueKeys()
      // Each key is the compound [reviewId, itemId].
      return keys.map((key) => (Array.isArray(key) ? String(key[1]) : ''))
    })
  },

  /** Replaces the item's calculator inputs as a whole. */
  async saveCalculatorInputs(
    reviewId: string,
    itemId: string,
    values: Record<string, CalculatorValue>,
    now: Date = new Date(),
  ): Promise<CalculatorInputs> {
    const inputs = parseInput(
      CalculatorInputsSchema,
      { reviewId, itemId, values, updatedAt: now.toISOString() },
      'calculator inputs',
    )
    return write(
      (db) => [db.calculatorInputs, db.reviews],
      async (db) => {
        await requireReview(db, reviewId)
        await db.calculatorInputs.put(inputs)
        return inputs
      },
    )
  },

  /** Null when nothing has been entered for the item yet. */
  async getCalculatorInputs(reviewId: string, itemId: string): Promise<CalculatorInputs | null> {
    return read(async (db) => {
      const row = await db.calculatorInputs.get([reviewId, itemId])
      return row ? parseRow(CalculatorInputsSchema, row, 'calculator inputs') : null
    })
  },

  async listCalculatorInputs(reviewId: string): Promise<CalculatorInputs[]> {
    return read(async (db) =>
      parseRows(
        CalculatorInputsSchema,
        await db.calculatorInputs.where('reviewId').equals(reviewId).toArray(),
        'calculator inputs',
      ),
    )
  },

  async addRecordReviewRow(input: RecordReviewRowInput, now: Date = new Date()): Promise<RecordReviewRow> {
    const fields = parseInput(RecordReviewRowInputSchema, input, 'record')
    const at = now.toISOString()
    const row = parseInput(RecordReviewRowSchema, { ...fields, id: newId(), createdAt: at, updatedAt: at }, 'record')
    return write(
      (db) => [db.recordReviewRows, db.reviews],
      async (db) => {
        const review = await loadReview(db, row.reviewId)
        const summary = summaryChangeProblem(review, 'evidence')
        if (summary) throw new StorageError('invalid', summary)
        await requireUniqueCode(db, row)
        await db.recordReviewRows.add(row)
        await moveStageOn(db, review, 'evidence', now)
        return row
      },
    )
  },

  async updateRecordReviewRow(
    id: string,
    patch: RecordReviewRowPatch,
    now: Date = new Date(),
  ): Promise<RecordReviewRow> {
    return write(
      (db) => [db.recordReviewRows],
      async (db) => {
        const stored = await db.recordReviewRows.get(id)
        if (!stored) throw notFound('This record')
        const existing = parseRow(RecordReviewRowSchema, stored, 'record')
        const next = parseInput(
          RecordReviewRowSchema,
          { ...existing, ...definedOnly(patch), id, reviewId: existing.reviewId, updatedAt: now.toISOString() },
          'record',
        )
        await requireUniqueCode(db, next)
        await db.recordReviewRows.put(next)
        return next
      },
    )
  },

  async removeRecordReviewRow(id: string): Promise<void> {
    return write(
      (db) => [db.recordReviewRows],
      (db) => db.recordReviewRows.delete(id),
    )
  },

  /** In the order they were added, so the table does not jump about while a reviewer types. */
  async listRecordReviewRows(reviewId: string): Promise<RecordReviewRow[]> {
    return read(async (db) =>
      parseRows(
        RecordReviewRowSchema,
        await db.recordReviewRows.where('reviewId').equals(reviewId).toArray(),
        'record',
      ).sort(recordOrder),
    )
  },
}

import { inPlanOrder, VisitSessionSchema, type PlannedSession, type VisitSession } from '#domain/visit/session'
import { SessionNoteSchema, type SessionNote } from '#domain/visit/session-note'
import type { Review } from '#domain/review/review'
import { plural } from '#domain/text/plural'
import { notFound, StorageError } from './storage-error'
import { newId, parseInput, parseRow, parseRows, read, write } from './repo-helpers'
import type { ReviewDatabase } from './database'
import { loadReview, moveStageOn, sessionRows } from './reviews-repo'

export type SessionPatch = Partial<PlannedSession>
export type SessionNotePatch = Partial<Pick<SessionNote, 'note' | 'itemIds'>>

const oldestFirst = (a: SessionNote, b: SessionNote) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

// A final review's evidence changes only after someone reopens it, saying who and why.
function refuseIfFinal(review: Review, what: string) {
  if (review.status === 'final') {
    throw new StorageError('invalid', `This review is final, so ${what} cannot change. Reopen it first.`)
  }
}

async function loadSession(db: ReviewDatabase, id: string): Promise<VisitSession> {
  const row = await db.visitSessions.get(id)
  if (!row) throw notFound('This session')
  return parseRow(VisitSessionSchema, row, 'visit session')
}

async function sessionsOf(db: ReviewDatabase, reviewId: string): Promise<VisitSession[]> {
  const rows = await db.visitSessions.where('reviewId').equals(reviewId).toArray()
  return inPlanOrder(parseRows(VisitSessionSchema, rows, 'visit session'))
}

async function notesWhere(db: ReviewDatabase, index: 'reviewId' | 'sessionId', value: string) {
  const rows = await db.sessionNotes.where(index).equals(value).toArray()
  return parseRows(SessionNoteSchema, rows, 'session note').sort(oldestFirst)
}

/** The visit plan's sessions and the notes taken in them. Every write is one transaction. */
export const visitRepo = {
  async listSessions(reviewId: string): Promise<VisitSession[]> {
    return read((db) => sessionsOf(db, reviewId))
  },

  /** Adds a session at the end of the plan; `unplanned` marks one added on the day of the visit. */
  async addSession(
    reviewId: string,
    planned: PlannedSession,
    options: { unplanned?: boolean } = {},
    now: Date = new Date(),
  ): Promise<VisitSession> {
    return write(
      (db) => [db.reviews, db.visitSessions],
      async (db) => {
        refuseIfFinal(await loadReview(db, reviewId), 'its visit plan')
        const existing = await sessionsOf(db, reviewId)
        const position = Math.max(-1, ...existing.map((s) => s.position)) + 1
        const [row] = sessionRows(reviewId, [planned], position, now, options.unplanned ?? false)
        if (!row) throw new StorageError('invalid', 'Could not save the session.')
        await db.visitSessions.add(row)
        return row
      },
    )
  },

  /** Adds several sessions at the end of the plan, in their order, all or none (e.g. the usual schedule). */
  async addSessions(
    reviewId: string,
    planned: readonly PlannedSession[],
    now: Date = new Date(),
  ): Promise<VisitSession[]> {
    return write(
      (db) => [db.reviews, db.visitSessions],
      async (db) => {
        refuseIfFinal(await loadReview(db, reviewId), 'its visit plan')
        const existing = await sessionsOf(db, reviewId)
        const position = Math.max(-1, ...existing.map((s) => s.position)) + 1
        const rows = sessionRows(reviewId, planned, position, now)
        await db.visitSessions.bulkAdd(rows)
        return rows
      },
    )
  },

  async updateSession(id: string, patch: SessionPatch, now: Date = new Date()): Promise<VisitSession> {
    return write(
      (db) => [db.reviews, db.visitSessions],
      async (db) => {
        const existing = await loadSession(db, id)
        refuseIfFinal(await loadReview(db, existing.reviewId), 'its visit plan')
        const next = parseInput(
          VisitSessionSchema,
          { ...existing, ...patch, id, reviewId: existing.reviewId, updatedAt: now.toISOString() },
          'session',
        )
        await db.visitSessions.put(next)
        return next
      },
    )
  },

  /** Moves a session one place earlier (-1) or later (+1) in the plan; at either end it stays. */
  async moveSession(id: string, by: -1 | 1, now: Date = new Date()): Promise<void> {
    return write(
      (db) => [db.reviews, db.visitSessions],
      async (db) => {
        const session = await loadSession(db, id)
        refuseIfFinal(await loadReview(db, session.reviewId), 'its visit plan')
        const plan = await sessionsOf(db, session.reviewId)
        const from = plan.findIndex((s) => s.id === id)
        const to = from + by
        if (to < 0 || to >= plan.length) return
        const reordered = [...plan]
        reordered.splice(from, 1)
        reordered.splice(to, 0, session)
        const at = now.toISOString()
        // Positions are rewritten 0..n-1, so rows that shared a position (after an import) get their own.
        await db.visitSessions.bulkPut(
          reordered.map((s, position) => (s.position === position ? s : { ...s, position, updatedAt: at })),
        )
      },
    )
  },

  /** A session with notes is kept: its notes are evidence, so they are moved or deleted first. */
  async removeSession(id: string): Promise<void> {
    return write(
      (db) => [db.reviews, db.visitSessions, db.sessionNotes],
      async (db) => {
        const row = await db.visitSessions.get(id)
        if (!row) return
        refuseIfFinal(await loadReview(db, row.reviewId), 'its visit plan')
        const notes = await db.sessionNotes.where('sessionId').equals(id).count()
        if (notes > 0) {
          throw new StorageError(
            'invalid',
            `This session has ${plural(notes, 'note')}, so it was not removed. Delete its notes first if it did not happen.`,
          )
        }
        await db.visitSessions.delete(id)
      },
    )
  },

  async listNotesForReview(reviewId: string): Promise<SessionNote[]> {
    return read((db) => notesWhere(db, 'reviewId', reviewId))
  },

  async listNotesForSession(sessionId: string): Promise<SessionNote[]> {
    return read((db) => notesWhere(db, 'sessionId', sessionId))
  },

  /** The review's session notes tagged to one item: a note tagged to several items is one row, shown on each. */
  async listNotesForItem(reviewId: string, itemId: string): Promise<SessionNote[]> {
    return read(async (db) => {
      const rows = await db.sessionNotes
        .where('reviewId')
        .equals(reviewId)
        .filter((row) => Array.isArray(row.itemIds) && row.itemIds.includes(itemId))
        .toArray()
      return parseRows(SessionNoteSchema, rows, 'session note').sort(oldestFirst)
    })
  },

  /** Adds a note to a session; the first evidence of a review in planning moves it on to collecting evidence. */
  async addNote(
    sessionId: string,
    fields: { note: string; itemIds: string[] },
    now: Date = new Date(),
  ): Promise<SessionNote> {
    return write(
      (db) => [db.reviews, db.visitSessions, db.sessionNotes],
      async (db) => {
        const session = await loadSession(db, sessionId)
        const review = await loadReview(db, session.reviewId)
        refuseIfFinal(review, 'its notes')
        const at = now.toISOString()
        const note = parseInput(
          SessionNoteSchema,
          { ...fields, id: newId(), reviewId: session.reviewId, sessionId, createdAt: at, updatedAt: at },
          'note',
        )
        await db.sessionNotes.add(note)
        await moveStageOn(db, review, 'evidence', now)
        return note
      },
    )
  },

  async updateNote(id: string, patch: SessionNotePatch, now: Date = new Date()): Promise<SessionNote> {
    return write(
      (db) => [db.reviews, db.sessionNotes],
      async (db) => {
        const row = await db.sessionNotes.get(id)
        if (!row) throw notFound('This note')
        const existing = parseRow(SessionNoteSchema, row, 'session note')
        refuseIfFinal(await loadReview(db, existing.reviewId), 'its notes')
        const next = parseInput(
          SessionNoteSchema,
          {
            ...existing,
            ...(patch.note === undefined ? {} : { note: patch.note }),
            ...(patch.itemIds === undefined ? {} : { itemIds: patch.itemIds }),
            updatedAt: now.toISOString(),
          },
          'note',
        )
        await db.sessionNotes.put(next)
        return next
      },
    )
  },

  /** Removing a note that is already gone (e.g. from another tab) is not an error. */
  async removeNote(id: string): Promise<void> {
    return write(
      (db) => [db.reviews, db.sessionNotes],
      async (db) => {
        const row = await db.sessionNotes.get(id)
        if (!row) return
        refuseIfFinal(await loadReview(db, row.reviewId), 'its notes')
        await db.sessionNotes.delete(id)
      },
    )
  },
}

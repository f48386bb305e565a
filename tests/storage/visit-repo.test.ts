import { describe, expect, it } from 'vitest'
import type { PlannedSession } from '#domain/visit/session'
import { plannedSession } from '../domain/visit/fixtures'
import { visitRepo } from '../../src/storage/visit-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { createTeamAndReview, finaliseReview, later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const interview = (patch: Partial<PlannedSession> = {}) => plannedSession({ itemIds: ['caseload-size'], ...patch })

describe('the visit plan', () => {
  it('adds sessions at the end, moves one up and down, and keeps the order through a reload', async () => {
    const { review } = await createTeamAndReview()
    const a = await visitRepo.addSession(review.id, interview({ start: '09:00', end: '09:30' }), {}, now)
    const b = await visitRepo.addSession(review.id, interview({ role: 'senior-manager' }), {}, now)
    const c = await visitRepo.addSession(
      review.id,
      interview({ kind: 'record-review', role: null, people: 0 }),
      {},
      now,
    )
    const order = async () => (await visitRepo.listSessions(review.id)).map((s) => s.id)
    expect(await order()).toEqual([a.id, b.id, c.id])
    await visitRepo.moveSession(c.id, -1, later)
    expect(await order()).toEqual([a.id, c.id, b.id])
    await visitRepo.moveSession(a.id, -1, later) // already first: stays
    await visitRepo.moveSession(b.id, 1, later) // already last: stays
    expect(await order()).toEqual([a.id, c.id, b.id])
    expect((await visitRepo.listSessions(review.id)).map((s) => s.position)).toEqual([0, 1, 2])
  })

  it('refuses a session that ends before it starts, or has no one in an interview, storing nothing', async () => {
    const { review } = await createTeamAndReview()
    await expect(visitRepo.addSession(review.id, interview({ end: '09:00' }))).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/end after it starts/),
    })
    await expect(visitRepo.addSession(review.id, interview({ role: null }))).rejects.toMatchObject({
      code: 'invalid',
    })
    const kept = await visitRepo.addSession(review.id, interview(), {}, now)
    await expect(visitRepo.updateSession(kept.id, { start: '11:00' })).rejects.toMatchObject({ code: 'invalid' })
    expect(await visitRepo.listSessions(review.id)).toEqual([kept])
  })

  it('keeps a session that has notes, saying why, and removes it once they are gone', async () => {
    const { review } = await createTeamAndReview()
    const session = await visitRepo.addSession(review.id, interview(), {}, now)
    const note = await visitRepo.addNote(session.id, { note: 'Twenty each', itemIds: [] }, now)
    await expect(visitRepo.removeSession(session.id)).rejects.toMatchObject({
      message: 'This session has 1 note, so it was not removed. Delete its notes first if it did not happen.',
    })
    await visitRepo.removeNote(note.id)
    await visitRepo.removeSession(session.id)
    expect(await visitRepo.listSessions(review.id)).toEqual([])
  })
})

describe('session notes', () => {
  it('stores a note tagged to several items once and lists it on each of those items only', async () => {
    const { review } = await createTeamAndReview()
    const session = await visitRepo.addSession(review.id, interview(), {}, now)
    const note = await visitRepo.addNote(
      session.id,
      {
        note: 'Three specialists, IPS only',
        itemIds: ['caseload-size', 'employment-services-staff', 'zero-exclusion'],
      },
      now,
    )
    for (const itemId of ['caseload-size', 'employment-services-staff', 'zero-exclusion']) {
      expect(await visitRepo.listNotesForItem(review.id, itemId)).toEqual([note])
    }
    expect(await visitRepo.listNotesForItem(review.id, 'disclosure')).toEqual([])
    expect(await visitRepo.listNotesForReview(review.id)).toEqual([note])
  })

  it('moves a review in planning on to collecting evidence with its first note', async () => {
    const { review } = await createTeamAndReview()
    expect(review.status).toBe('planning')
    const session = await visitRepo.addSession(review.id, interview(), {}, now)
    await visitRepo.addNote(session.id, { note: '', itemIds: [] }, now)
    expect((await reviewsRepo.get(review.id)).status).toBe('collecting-evidence')
  })

  it('edits the text and the tags, refusing a tag listed twice', async () => {
    const { review } = await createTeamAndReview()
    const session = await visitRepo.addSession(review.id, interview(), {}, now)
    const note = await visitRepo.addNote(session.id, { note: 'First', itemIds: [] }, now)
    const edited = await visitRepo.updateNote(note.id, { note: 'Second', itemIds: ['disclosure'] }, later)
    expect(edited).toMatchObject({ note: 'Second', itemIds: ['disclosure'], updatedAt: later.toISOString() })
    await expect(visitRepo.updateNote(note.id, { itemIds: ['disclosure', 'disclosure'] })).rejects.toMatchObject({
      code: 'invalid',
    })
    expect(await visitRepo.listNotesForSession(session.id)).toEqual([edited])
  })

  it('refuses to change the plan or the notes of a final review', async () => {
    const { review } = await createTeamAndReview({ reviewers: [{ id: 'a', name: 'A' }] })
    const session = await visitRepo.addSession(review.id, interview(), {}, now)
    const note = await visitRepo.addNote(session.id, { note: 'Kept', itemIds: [] }, now)
    await finaliseReview(review.id)
    await expect(visitRepo.addNote(session.id, { note: 'x', itemIds: [] })).rejects.toMatchObject({
      message: expect.stringMatching(/final/),
    })
    await expect(visitRepo.updateNote(note.id, { note: 'Changed' })).rejects.toMatchObject({ code: 'invalid' })
    await expect(visitRepo.addSession(review.id, interview())).rejects.toMatchObject({ code: 'invalid' })
    expect((await visitRepo.listNotesForSession(session.id)).map((n) => n.note)).toEqual(['Kept'])
  })

  it('are deleted with the personal data, while the sessions (roles and head counts) stay', async () => {
    const { review } = await createTeamAndReview({ reviewers: [{ id: 'a', name: 'A' }] })
    const session = await visitRepo.addSession(review.id, interview(), {}, now)
    await visitRepo.addNote(session.id, { note: 'What the team leader said', itemIds: ['caseload-size'] }, now)
    await finaliseReview(review.id)
    await exchangeRepo.deletePersonalData(review.id, later)
    expect(await visitRepo.listNotesForReview(review.id)).toEqual([])
    expect(await visitRepo.listSessions(review.id)).toHaveLength(1)
  })
})

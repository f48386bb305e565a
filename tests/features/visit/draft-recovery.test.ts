import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { recoverDrafts } from '../../../src/features/evidence/draft-recovery'
import { draftJournal, draftRecords } from '../../../src/storage/draft-journal'
import { visitRepo } from '../../../src/storage/visit-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { reviewWithInterview } from './helpers'

useFreshDatabase()

const uk = findScale('ips-uk', '1.0.0')!

describe('recovering session notes typed just before a tab closed', () => {
  it('saves a note’s text and its valid tags, and keeps tags that are not items of the scale', async () => {
    localStorage.clear()
    const { review, session } = await reviewWithInterview()
    const first = await visitRepo.addNote(session.id, { note: 'Team', itemIds: [] })
    const second = await visitRepo.addNote(session.id, { note: 'Referrals', itemIds: [] })
    const later = (iso: string) => new Date(Date.parse(iso) + 1000)
    const key = (noteId: string, field: string) => ({
      reviewId: review.id,
      record: draftRecords.sessionNote(noteId),
      field,
    })
    draftJournal.write(key(first.id, 'note'), 'Team meets weekly', 'Team', later(first.updatedAt))
    draftJournal.write(key(first.id, 'tags'), '4 9', '', later(first.updatedAt))
    draftJournal.write(key(second.id, 'tags'), '4, 30', '', later(second.updatedAt))

    const result = await recoverDrafts(review.id, uk)
    expect(result).toEqual({ recovered: 2, failure: null })
    const notes = await visitRepo.listNotesForSession(session.id)
    expect(notes.map((note) => [note.note, note.itemIds])).toEqual([
      ['Team meets weekly', ['integration-team-assignment', 'zero-exclusion']],
      ['Referrals', []],
    ])
    // "30" is no item: those tags wait on this device for the reviewer to correct them.
    expect((await draftJournal.listForReview(review.id)).map((draft) => draft.value)).toEqual(['4, 30'])
  })

  it('drops the drafts of a deleted note', async () => {
    localStorage.clear()
    const { review } = await reviewWithInterview()
    draftJournal.write({ reviewId: review.id, record: draftRecords.sessionNote('gone'), field: 'note' }, 'Orphan', '')
    await recoverDrafts(review.id, uk)
    expect(await draftJournal.listForReview(review.id)).toEqual([])
  })
})

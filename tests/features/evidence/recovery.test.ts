import { describe, expect, it } from 'vitest'
import { recoverDrafts } from '../../../src/features/evidence/draft-recovery'
import { draftJournal } from '../../../src/storage/draft-journal'
import { findScale } from '#domain/scale/catalogue'
import { createTeamAndReview, useFreshDatabase } from '../../storage/fresh-database'

useFreshDatabase()

describe('recovering drafts when the evidence workspace opens', () => {
  it('leaves drafts of other screens (a rating rationale) for those screens to recover', async () => {
    localStorage.clear()
    const { review } = await createTeamAndReview()
    const key = { reviewId: review.id, record: 'rating/reviewer-a/caseload-size', field: 'rationale' }
    draftJournal.write(key, 'Half-typed rationale from a tab that closed', '')
    const result = await recoverDrafts(review.id, findScale('ips-uk', '1.0.0')!)
    expect(result.failure).toBeNull()
    expect((await draftJournal.listForReview(review.id)).map((draft) => draft.value)).toEqual([
      'Half-typed rationale from a tab that closed',
    ])
  })

  it('drops the draft of an evidence entry that no longer exists', async () => {
    localStorage.clear()
    const { review } = await createTeamAndReview()
    draftJournal.write({ reviewId: review.id, record: 'evidence/deleted-entry', field: 'note' }, 'Orphan', '')
    await recoverDrafts(review.id, findScale('ips-uk', '1.0.0')!)
    expect(await draftJournal.listForReview(review.id)).toEqual([])
  })
})

import { draftJournal } from '../../storage/draft-journal'
import { ratingsRepo } from '../../storage/ratings-repo'
import { draftIsNewer } from '../../ui/use-autosave'

const PREFIX = 'rating/'

/** The draft-journal record of one reviewer's rationale for one item. */
export const ratingDraftRecord = (reviewerId: string, itemId: string) =>
  `${PREFIX}${encodeURIComponent(reviewerId)}/${encodeURIComponent(itemId)}`

/**
 * Saves rationales left in the draft store by a tab that closed before its database write finished,
 * for every item, not just the one on screen. A draft that cannot be saved yet stays in the store.
 */
export async function recoverRatingDrafts(reviewId: string): Promise<number> {
  const drafts = (await draftJournal.listForReview(reviewId)).filter((d) => d.record.startsWith(PREFIX))
  if (drafts.length === 0) return 0
  const ratings = await ratingsRepo.listRatings(reviewId)
  let recovered = 0
  for (const draft of drafts) {
    const [reviewerId, itemId] = draft.record.slice(PREFIX.length).split('/').map(decodeURIComponent)
    if (!reviewerId || !itemId || draft.field !== 'rationale') continue
    const stored = ratings.find((r) => r.reviewerId === reviewerId && r.itemId === itemId)
    try {
      if (draftIsNewer(draft, stored?.rationale ?? '', stored?.updatedAt)) {
        await ratingsRepo.updateRating({ reviewId, reviewerId, itemId }, { rationale: draft.value })
        recovered += 1
      }
      draftJournal.clear(draft, draft.value)
    } catch {
      // Kept in the draft store; the field shows it, with the reason, when the item is opened.
    }
  }
  return recovered
}

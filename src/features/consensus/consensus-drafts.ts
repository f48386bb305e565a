import { draftJournal } from '../../storage/draft-journal'
import { ratingsRepo } from '../../storage/ratings-repo'
import { draftIsNewer } from '../../ui/use-autosave'

const PREFIX = 'consensus/'

/** The draft-journal record of the consensus rationale for one item. */
export const consensusDraftRecord = (itemId: string) => `${PREFIX}${encodeURIComponent(itemId)}`

/** Saves consensus rationales left in the draft store by a tab that closed before saving; failures stay in the store. */
export async function recoverConsensusDrafts(reviewId: string): Promise<number> {
  const drafts = (await draftJournal.listForReview(reviewId)).filter((d) => d.record.startsWith(PREFIX))
  if (drafts.length === 0) return 0
  const consensus = await ratingsRepo.listConsensus(reviewId)
  let recovered = 0
  for (const draft of drafts) {
    const itemId = decodeURIComponent(draft.record.slice(PREFIX.length))
    if (!itemId || draft.field !== 'rationale') continue
    const stored = consensus.find((c) => c.itemId === itemId)
    try {
      if (draftIsNewer(draft, stored?.rationale ?? '', stored?.updatedAt)) {
        await ratingsRepo.updateConsensus({ reviewId, itemId }, { rationale: draft.value })
        recovered += 1
      }
      draftJournal.clear(draft, draft.value)
    } catch {
      // Kept in the draft store; the field shows it, with the reason, on the consensus screen.
    }
  }
  return recovered
}

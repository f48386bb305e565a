import type { Reviewer } from '#domain/review/review'
import { proposeConsensus } from '#domain/scoring/consensus-proposal'
import { draftJournal } from '../../storage/draft-journal'
import { ratingsRepo } from '../../storage/ratings-repo'
import { draftIsNewer } from '../../ui/use-autosave'

const PREFIX = 'consensus/'

/** The draft-journal record of the consensus rationale for one item. */
export const consensusDraftRecord = (itemId: string) => `${PREFIX}${encodeURIComponent(itemId)}`

/**
 * Saves consensus rationales left in the draft store by a tab that closed before saving; failures stay in the store.
 * A rationale typed over a proposal (nothing stored yet) is saved with the proposed score, as the field itself does.
 */
export async function recoverConsensusDrafts(
  reviewId: string,
  reviewers: readonly [Reviewer, Reviewer],
): Promise<number> {
  const drafts = (await draftJournal.listForReview(reviewId)).filter((d) => d.record.startsWith(PREFIX))
  if (drafts.length === 0) return 0
  const [consensus, ratings] = await Promise.all([
    ratingsRepo.listConsensus(reviewId),
    ratingsRepo.listRatings(reviewId),
  ])
  const ratingOf = (itemId: string, reviewerId: string) =>
    ratings.find((r) => r.itemId === itemId && r.reviewerId === reviewerId)
  let recovered = 0
  for (const draft of drafts) {
    const itemId = decodeURIComponent(draft.record.slice(PREFIX.length))
    if (!itemId || draft.field !== 'rationale') continue
    const stored = consensus.find((c) => c.itemId === itemId)
    const proposal = proposeConsensus(
      { reviewer: reviewers[0].name, rating: ratingOf(itemId, reviewers[0].id) },
      { reviewer: reviewers[1].name, rating: ratingOf(itemId, reviewers[1].id) },
    )
    try {
      if (draftIsNewer(draft, stored?.rationale ?? proposal?.rationale ?? '', stored?.updatedAt)) {
        const whenNew = proposal ? { score: proposal.score } : {}
        await ratingsRepo.updateConsensus({ reviewId, itemId }, { rationale: draft.value }, undefined, whenNew)
        recovered += 1
      }
      draftJournal.clear(draft, draft.value)
    } catch {
      // Kept in the draft store; the field shows it, with the reason, on the consensus screen.
    }
  }
  return recovered
}

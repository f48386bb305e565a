import { useCallback, useMemo, useState } from 'react'
import { suggestFromStored } from '#domain/calculators/suggest'
import type { Rating } from '#domain/review/rating'
import type { ScaleItem } from '#domain/scale/schema'
import { useCalculatorInputs, useEvidence } from '../../storage/live-evidence'
import { ratingsRepo } from '../../storage/ratings-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { ScorePicker } from '../../ui/score-picker'
import { EvidenceSummary } from './evidence-summary'
import { AutosaveTextField } from '../../ui/autosave-text-field'
import { draftJournal } from '../../storage/draft-journal'
import { describeSaveFailure } from '../../storage/storage-error'
import { ratingDraftRecord } from './rating-drafts'
import { ChoiceSaveError } from '../../ui/form'

interface Props {
  reviewId: string
  reviewerId: string
  reviewerName: string
  item: ScaleItem
  /** This reviewer's rating of the item only: the other reviewer's is never passed here. */
  rating: Rating | undefined
  readOnly: boolean
}

/** One item as a reviewer rates it: the criterion, the anchors to choose from, the rationale, and the evidence. */
export function RatingItem({ reviewId, reviewerId, reviewerName, item, rating, readOnly }: Props) {
  const entries = useEvidence(reviewId, item.id)
  const inputs = useCalculatorInputs(reviewId, item.id)
  const suggestion = suggestFromStored(item, inputs)
  const suggested = suggestion?.status === 'suggested' ? suggestion.anchor : null

  const stored = rating?.score ?? null
  // Shown at once while it saves; whatever is stored wins as soon as it changes.
  const [pending, setPending] = useState<{ score: number | null; base: number | null } | null>(null)
  const { run, failure } = useStorageAction('Score not saved')
  const value = pending && pending.base === stored ? pending.score : stored
  const key = { reviewId, reviewerId, itemId: item.id }

  async function pick(score: number | null) {
    setPending({ score, base: stored })
    if (!(await run(() => ratingsRepo.updateRating(key, { score })))) setPending(null)
  }

  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: ratingDraftRecord(reviewerId, item.id), field: 'rationale' }),
    [reviewId, reviewerId, item.id],
  )
  const saveRationale = useCallback(
    async (rationale: string) => {
      await ratingsRepo.updateRating({ reviewId, reviewerId, itemId: item.id }, { rationale })
    },
    [reviewId, reviewerId, item.id],
  )

  return (
    <div className="rating-item">
      <div className="rating-item__scoring">
        <p className="rating-item__criterion">{item.criterion}</p>
        <ScorePicker
          legend={`${reviewerName}’s rating for item ${item.number}`}
          anchors={item.anchors}
          value={value}
          onChange={(score) => void pick(score)}
          suggested={suggested}
          readOnly={readOnly}
          pageShortcuts
        />
        {!readOnly && <ChoiceSaveError message={failure} />}
        <AutosaveTextField
          key={`${reviewerId}/${item.id}`}
          label="Rationale"
          hint="Why this score: the evidence that places the team at this anchor. Needed before the review can be final."
          stored={rating?.rationale ?? ''}
          storedAt={rating?.updatedAt}
          save={saveRationale}
          readOnly={readOnly}
          journal={journal}
          describe={describeSaveFailure}
        />
      </div>
      <EvidenceSummary reviewId={reviewId} itemId={item.id} entries={entries} suggestion={suggestion} />
    </div>
  )
}

import { memo, useCallback, useMemo, useState } from 'react'
import type { DisagreementRow } from '#domain/scoring/consensus-order'
import type { Consensus, Rating } from '#domain/review/rating'
import type { Reviewer } from '#domain/review/review'
import { plural } from '#domain/text/plural'
import { ratingsRepo } from '../../storage/ratings-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { ScorePicker } from '../../ui/score-picker'
import { consensusDraftRecord } from './consensus-drafts'
import { AutosaveTextField } from '../../ui/autosave-text-field'
import { draftJournal } from '../../storage/draft-journal'
import { describeSaveFailure } from '../../storage/storage-error'

interface Props {
  reviewId: string
  row: DisagreementRow
  reviewers: readonly [Reviewer, Reviewer]
  consensus: Consensus | undefined
  readOnly: boolean
}

function differenceText(difference: number | null) {
  if (difference === null) return 'Not rated by both reviewers'
  if (difference === 0) return 'Both gave the same score'
  return `Scores differ by ${plural(difference, 'point')}`
}

function ReviewerRating({
  reviewer,
  rating,
  anchors,
}: {
  reviewer: Reviewer
  rating: Rating | undefined
  anchors: DisagreementRow['item']['anchors']
}) {
  const anchor = anchors.find((a) => a.score === rating?.score)
  return (
    <div className="consensus-item__rating">
      <h4>{reviewer.name}</h4>
      <p className="consensus-item__score">
        {rating?.score == null ? 'Not rated' : `Score ${rating.score}`}
        {anchor && <span className="muted">: {anchor.text}</span>}
      </p>
      <p className="pre-wrap">{rating?.rationale.trim() ? rating.rationale : <em>No rationale written.</em>}</p>
    </div>
  )
}

/** One item at the consensus meeting: both independent ratings side by side, then the agreed score and why. */
export const ConsensusItem = memo(function ConsensusItem({ reviewId, row, reviewers, consensus, readOnly }: Props) {
  const { item } = row
  const stored = consensus?.score ?? null
  const [pending, setPending] = useState<{ score: number | null; base: number | null } | null>(null)
  const { run, failure } = useStorageAction('Agreed score not saved')
  const value = pending && pending.base === stored ? pending.score : stored

  async function pick(score: number | null) {
    setPending({ score, base: stored })
    if (!(await run(() => ratingsRepo.updateConsensus({ reviewId, itemId: item.id }, { score })))) setPending(null)
  }
  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: consensusDraftRecord(item.id), field: 'rationale' }),
    [reviewId, item.id],
  )
  const saveRationale = useCallback(
    async (rationale: string) => {
      await ratingsRepo.updateConsensus({ reviewId, itemId: item.id }, { rationale })
    },
    [reviewId, item.id],
  )

  const headingId = `consensus-item-${item.id}`
  return (
    <li className="consensus-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.number}. {item.title}
      </h3>
      <p className="consensus-item__difference">{differenceText(row.difference)}</p>
      <div className="consensus-item__ratings">
        <ReviewerRating reviewer={reviewers[0]} rating={row.a} anchors={item.anchors} />
        <ReviewerRating reviewer={reviewers[1]} rating={row.b} anchors={item.anchors} />
      </div>
      <details className="consensus-item__criterion">
        <summary>Criterion</summary>
        <p>{item.criterion}</p>
      </details>
      <ScorePicker
        legend={`Agreed score for item ${item.number}`}
        anchors={item.anchors}
        value={value}
        onChange={(score) => void pick(score)}
        readOnly={readOnly}
      />
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <AutosaveTextField
        label={`Consensus rationale for item ${item.number}`}
        hint="Why you agreed this score. Needed before the review can be final."
        stored={consensus?.rationale ?? ''}
        storedAt={consensus?.updatedAt}
        save={saveRationale}
        readOnly={readOnly}
        journal={journal}
        describe={describeSaveFailure}
      />
    </li>
  )
})

import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { DisagreementRow } from '#domain/scoring/consensus-order'
import type { ConsensusProposal } from '#domain/scoring/consensus-proposal'
import type { Consensus, Rating } from '#domain/review/rating'
import type { Reviewer } from '#domain/review/review'
import { plural } from '#domain/text/plural'
import { ratingsRepo } from '../../storage/ratings-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { ScorePicker } from '../../ui/score-picker'
import { isTyping } from '../../ui/is-typing'
import { consensusDraftRecord } from './consensus-drafts'
import { ConsensusEvidence, type CardEvidence } from './consensus-evidence'
import { AutosaveTextField } from '../../ui/autosave-text-field'
import { draftJournal } from '../../storage/draft-journal'
import { describeSaveFailure } from '../../storage/storage-error'
import { ChoiceSaveError } from '../../ui/form'

interface Props {
  reviewId: string
  row: DisagreementRow
  reviewers: readonly [Reviewer, Reviewer]
  consensus: Consensus | undefined
  /** Both reviewers' score and rationales, offered while nothing is stored for the item. */
  proposal: ConsensusProposal | undefined
  evidence: CardEvidence
  readOnly: boolean
}

const NOT_STORED = 'Proposed, not saved yet'

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

/**
 * One item at the consensus meeting: both independent ratings side by side with the item's evidence, then the
 * agreed score and why. An item both scored alike starts with a proposal, stored once accepted or edited.
 */
export const ConsensusItem = memo(function ConsensusItem({
  reviewId,
  row,
  reviewers,
  consensus,
  proposal,
  evidence,
  readOnly,
}: Props) {
  const { item } = row
  const key = useMemo(() => ({ reviewId, itemId: item.id }), [reviewId, item.id])
  const stored = consensus?.score ?? proposal?.score ?? null
  const [pending, setPending] = useState<{ score: number | null; base: number | null } | null>(null)
  const { run, failure } = useStorageAction('Agreed score not saved')
  const value = pending && pending.base === stored ? pending.score : stored

  async function pick(score: number | null) {
    setPending({ score, base: stored })
    // Picking a score over a proposal keeps the proposed rationale with it, as shown.
    const whenNew = proposal ? { rationale: proposal.rationale } : {}
    if (!(await run(() => ratingsRepo.updateConsensus(key, { score }, undefined, whenNew)))) setPending(null)
  }
  const heading = useRef<HTMLHeadingElement>(null)
  function accept() {
    if (!proposal) return
    // The button goes once the item is saved: focus stays on this card, where keys 1-5 and the arrows still work.
    heading.current?.focus({ preventScroll: true })
    void pick(proposal.score)
  }
  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: consensusDraftRecord(item.id), field: 'rationale' }),
    [reviewId, item.id],
  )
  const proposedScore = proposal?.score
  const saveRationale = useCallback(
    async (rationale: string) => {
      const whenNew = proposedScore === undefined ? {} : { score: proposedScore }
      await ratingsRepo.updateConsensus(key, { rationale }, undefined, whenNew)
    },
    [key, proposedScore],
  )

  // Keys 1-5 anywhere on the card (the score picker hears its own); never while typing in a text box.
  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (readOnly || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    if (!/^[1-9]$/.test(event.key) || isTyping(event.target, { textOnly: true })) return
    if (event.target instanceof Element && event.target.closest('.score-picker')) return
    const score = Number(event.key)
    if (!item.anchors.some((anchor) => anchor.score === score)) return
    event.preventDefault()
    if (score !== value || proposal) void pick(score)
  }

  const headingId = `consensus-item-${item.id}`
  return (
    <li className="consensus-item" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h3 id={headingId} tabIndex={-1} className="consensus-item__heading" ref={heading}>
        {item.number}. {item.title}
      </h3>
      <p className="consensus-item__difference">{differenceText(row.difference)}</p>
      <div className="consensus-item__body">
        <div className="consensus-item__discussion">
          <div className="consensus-item__ratings">
            <ReviewerRating reviewer={reviewers[0]} rating={row.a} anchors={item.anchors} />
            <ReviewerRating reviewer={reviewers[1]} rating={row.b} anchors={item.anchors} />
          </div>
          <details className="consensus-item__criterion">
            <summary>Criterion</summary>
            <p>{item.criterion}</p>
          </details>
          {!readOnly && (
            // One line of fixed height whatever it says, so a save landing never moves the score picker below it.
            <div className="consensus-item__state">
              {proposal ? (
                <>
                  <span>
                    <strong>{NOT_STORED}</strong>: score {proposal.score}
                  </span>
                  <button type="button" className="button--small" onClick={accept}>
                    Accept <span className="visually-hidden">the proposal for item {item.number}</span>
                  </button>
                </>
              ) : consensus?.score != null ? (
                <span>Agreed score saved</span>
              ) : (
                <span className="muted">No agreed score yet</span>
              )}
            </div>
          )}
          <ScorePicker
            legend={`Agreed score for item ${item.number}`}
            anchors={item.anchors}
            value={value}
            onChange={(score) => void pick(score)}
            readOnly={readOnly}
          />
          {!readOnly && <ChoiceSaveError message={failure} />}
          <AutosaveTextField
            label={`Consensus rationale for item ${item.number}`}
            hint="Why you agreed this score. Needed before the review can be final."
            stored={consensus?.rationale ?? proposal?.rationale ?? ''}
            storedAt={consensus?.updatedAt}
            save={saveRationale}
            readOnly={readOnly}
            journal={journal}
            describe={describeSaveFailure}
            notStoredYet={proposal ? NOT_STORED : undefined}
          />
        </div>
        <ConsensusEvidence item={item} evidence={evidence} open={row.difference !== 0} />
      </div>
    </li>
  )
})

import { useMemo, type KeyboardEvent } from 'react'
import type { DisagreementRow } from '#domain/scoring/consensus-order'
import { consensusProposals, type ConsensusProposal } from '#domain/scoring/consensus-proposal'
import type { Consensus } from '#domain/review/rating'
import { recordFigureWords } from '#domain/review/record-figure-words'
import type { Review, Reviewer } from '#domain/review/review'
import { evidenceByItem } from '#domain/visit/item-evidence'
import { useCalculatorInputsForReview, useEvidenceForReview, useRecordReviewRows } from '../../storage/live-evidence'
import { useSessionNotesForReview, useVisitSessions } from '../../storage/live-visit'
import { isTyping } from '../../ui/is-typing'
import { AcceptAgreed } from './accept-agreed'
import type { CardEvidence } from './consensus-evidence'
import { ConsensusItem } from './consensus-item'

const NO_PROPOSALS = new Map<string, ConsensusProposal>()
const NO_EVIDENCE: CardEvidence = { groups: undefined, figures: undefined, calculator: undefined }

/** The review's evidence for every card, read once for the whole agenda (not once per card). */
function useEvidenceByItem(review: Review, locale: string, rows: readonly DisagreementRow[]) {
  const entries = useEvidenceForReview(review.id)
  const notes = useSessionNotesForReview(review.id)
  const sessions = useVisitSessions(review.id)
  const records = useRecordReviewRows(review.id)
  const calculators = useCalculatorInputsForReview(review.id)
  const groups = useMemo(
    () => (entries && notes && sessions ? evidenceByItem(entries, notes, sessions, locale) : undefined),
    [entries, notes, sessions, locale],
  )
  const figures = useMemo(
    () => (records ? recordFigureWords(records, review.visitEnd) : undefined),
    [records, review.visitEnd],
  )
  const inputs = useMemo(() => calculators && new Map(calculators.map((c) => [c.itemId, c])), [calculators])
  // One object per item, kept while the evidence is unchanged, so a consensus save redraws no evidence.
  return useMemo(
    () =>
      new Map(
        rows.map(({ item }): [string, CardEvidence] => [
          item.id,
          {
            groups: groups ? (groups.get(item.id) ?? []) : undefined,
            figures: figures?.[item.id],
            calculator: inputs ? (inputs.get(item.id) ?? null) : undefined,
          },
        ]),
      ),
    [rows, groups, figures, inputs],
  )
}

// Up and down step between cards: to the next card's heading, which reads out the item.
function moveBetweenCards(event: KeyboardEvent<HTMLOListElement>) {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  if (isTyping(event.target) || !(event.target instanceof Element)) return
  const card = event.target.closest('.consensus-item')
  const next = event.key === 'ArrowDown' ? card?.nextElementSibling : card?.previousElementSibling
  const heading = next?.querySelector<HTMLElement>('.consensus-item__heading')
  if (!heading) return
  event.preventDefault()
  heading.focus()
}

/** The items to agree, largest disagreement first, each with its evidence; agreed items offered as proposals. */
export function ConsensusAgenda({
  review,
  locale,
  rows,
  reviewers,
  consensus,
}: {
  review: Review
  locale: string
  rows: readonly DisagreementRow[]
  reviewers: readonly [Reviewer, Reviewer]
  consensus: readonly Consensus[]
}) {
  const final = review.status === 'final'
  const evidence = useEvidenceByItem(review, locale, rows)
  const proposals = useMemo(
    () => (final ? NO_PROPOSALS : consensusProposals(rows, consensus, [reviewers[0].name, reviewers[1].name])),
    [final, rows, consensus, reviewers],
  )
  const consensusByItem = new Map(consensus.map((c) => [c.itemId, c]))
  return (
    <>
      {!final && <AcceptAgreed reviewId={review.id} proposals={proposals} />}
      <h2>Items, largest disagreement first</h2>
      <p className="muted keyboard-hint">
        Keyboard, on an item when you are not typing in a field:{' '}
        {!final && (
          <>
            <kbd>1</kbd>–<kbd>5</kbd> set the agreed score,{' '}
          </>
        )}
        <kbd>↑</kbd> and <kbd>↓</kbd> move to the previous or next item.
      </p>
      <ol className="consensus-list" onKeyDown={moveBetweenCards}>
        {rows.map((row) => (
          <ConsensusItem
            key={row.item.id}
            reviewId={review.id}
            row={row}
            reviewers={reviewers}
            consensus={consensusByItem.get(row.item.id)}
            proposal={proposals.get(row.item.id)}
            evidence={evidence.get(row.item.id) ?? NO_EVIDENCE}
            readOnly={final}
          />
        ))}
      </ol>
    </>
  )
}

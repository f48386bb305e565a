import { memo, useRef } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { describeItemPosition } from '#domain/scale/search'
import type { RecordReviewRow } from '#domain/review/evidence'
import type { Review } from '#domain/review/review'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { ItemNotFound } from '../../ui/item-not-found'
import { useCalculatorInputs, useRecordReviewRows } from '../../storage/live-evidence'
import { usePageTitle } from '../../ui/use-page-title'
import { AnchorsPanel } from './anchors-panel'
import { CalculatorPanel } from './calculator-panel'
import { ItemEvidence } from './item-evidence'
import { EvidencePrompts } from './evidence-prompts'
import { ItemProgressNavigator } from './item-progress-navigator'
import { RecoveryNotice } from './recovery-notice'
import { useItemShortcuts } from './use-item-shortcuts'
import { useMediaQuery } from '../../ui/use-media-query'
import './evidence.css'

const EMPTY: never[] = []

// The calculator reads its own rows too, so a note saved while typing does not redraw it.
const ItemCalculator = memo(function ItemCalculator(props: {
  reviewId: string
  item: ScaleItem
  records: RecordReviewRow[]
  visitEnd: string
}) {
  const stored = useCalculatorInputs(props.reviewId, props.item.id)
  if (stored === undefined) return null
  return (
    <CalculatorPanel
      reviewId={props.reviewId}
      item={props.item}
      stored={stored}
      records={props.records}
      visitEnd={props.visitEnd}
    />
  )
})

/** The screen a reviewer works in on site: one item's evidence and calculator, with the anchors in view. */
export function ItemWorkspace({ review, scale, itemId }: { review: Review; scale: ScaleFile; itemId: string }) {
  const records = useRecordReviewRows(review.id) ?? EMPTY
  const addEvidence = useRef<HTMLSelectElement>(null)
  // Beside the work from 960 px up; narrower (a tablet in portrait, a phone) it comes first, folded to one
  // line, so moving to another item never means scrolling past the notes and the calculator.
  const navigatorBeside = useMediaQuery('(min-width: 960px)', true)
  const locked = review.status === 'final'

  const index = scale.items.findIndex((candidate) => candidate.id === itemId)
  const item = scale.items[index]
  const previous = scale.items[index - 1]
  const next = scale.items[index + 1]

  usePageTitle(item ? `${item.number}. ${item.title} - evidence` : 'Item not found')
  useItemShortcuts({ reviewId: review.id, previousItemId: previous?.id, nextItemId: next?.id, addEvidence })

  if (!item) {
    return (
      <ItemNotFound
        itemId={itemId}
        firstItemPath={scale.items[0] ? paths.reviewItem(review.id, scale.items[0].id) : null}
      />
    )
  }
  const navigator = (
    <ItemProgressNavigator
      reviewId={review.id}
      scale={scale}
      currentItemId={item.id}
      twoReviewers={review.reviewers.length > 1}
      folded={!navigatorBeside}
    />
  )
  return (
    <div className="workspace">
      {!navigatorBeside && navigator}
      <div className="workspace__main">
        <RecoveryNotice reviewId={review.id} scale={scale} />
        <p className="workspace__eyebrow">{describeItemPosition(scale, item)}</p>
        <h1>
          {item.number}. {item.title}
        </h1>
        <nav className="workspace__links" aria-label="This review">
          <Link to={paths.review(review.id)}>Review overview</Link>
          <Link to={paths.recordReview(review.id)}>Record review ({records.length})</Link>
          <Link to={paths.coverage(review.id)}>Coverage</Link>
        </nav>
        <nav className="pager" aria-label="Previous and next item">
          {previous && (
            <Link to={paths.reviewItem(review.id, previous.id)} rel="prev">
              ← {previous.number}. {previous.title}
            </Link>
          )}
          {next && (
            <Link to={paths.reviewItem(review.id, next.id)} rel="next">
              {next.number}. {next.title} →
            </Link>
          )}
        </nav>
        <div className="workspace__columns">
          <div className="workspace__reference">
            <AnchorsPanel item={item} />
            <EvidencePrompts scale={scale} item={item} />
          </div>
          {/* A final review is locked: a disabled fieldset makes every control inside it read-only. */}
          <fieldset className="workspace__work" disabled={locked}>
            <legend className="visually-hidden">Evidence and calculator for item {item.number}</legend>
            {locked && (
              <p className="workspace__locked" role="note">
                This review is final, so its evidence is read-only. Reopen the review from its consensus or rating
                screen to change anything.
              </p>
            )}
            <ItemEvidence
              key={`evidence-${item.id}`}
              reviewId={review.id}
              itemId={item.id}
              locale={scale.locale}
              addEvidence={addEvidence}
            />
            <ItemCalculator
              key={`calculator-${item.id}`}
              reviewId={review.id}
              item={item}
              records={records}
              visitEnd={review.visitEnd}
            />
          </fieldset>
        </div>
        <p className="muted keyboard-hint">
          Keyboard, when you are not typing in a field: <kbd>←</kbd> previous item, <kbd>→</kbd> next item, <kbd>N</kbd>{' '}
          add evidence. Everything you type is saved on this device as you go.
        </p>
      </div>
      {navigatorBeside && navigator}
    </div>
  )
}

import { useCallback, useEffect, useMemo, useRef } from 'react'
import { Link, useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { describeItemPosition } from '#domain/scale/search'
import { ItemNotFound } from '../../ui/item-not-found'
import { progressByItem, type ItemProgress } from '#domain/review/item-progress'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { useCalculatorInputsForReview, useEvidenceForReview, useRecordReviewRows } from '../../storage/live-evidence'
import { useConsensus, useRatings } from '../../storage/live-ratings'
import { isTyping } from '../../ui/is-typing'
import { useArrowKeys } from '../../ui/use-arrow-keys'
import { usePageTitle } from '../../ui/use-page-title'
import { AnchorsPanel } from './anchors-panel'
import { CalculatorPanel } from './calculator-panel'
import { EvidenceList } from './evidence-list'
import { EvidencePrompts } from './evidence-prompts'
import { ItemNavigator } from './item-navigator'
import { RecoveryNotice } from './recovery-notice'
import './evidence.css'

const EMPTY: never[] = []

/** The screen a reviewer works in on site: one item's evidence and calculator, with the anchors in view. */
export function ItemWorkspace({ review, scale, itemId }: { review: Review; scale: ScaleFile; itemId: string }) {
  const navigate = useNavigate()
  const entries = useEvidenceForReview(review.id)
  const inputs = useCalculatorInputsForReview(review.id)
  const ratings = useRatings(review.id)
  const consensus = useConsensus(review.id)
  const records = useRecordReviewRows(review.id) ?? EMPTY
  const sourceRef = useRef<HTMLSelectElement>(null)
  const locked = review.status === 'final'

  const index = scale.items.findIndex((candidate) => candidate.id === itemId)
  const item = scale.items[index]
  const previous = scale.items[index - 1]
  const next = scale.items[index + 1]

  // Progress changes only when an item changes state, so the navigator is not redrawn for every saved note.
  const progressText = useMemo(() => {
    const progress = progressByItem(scale.items, {
      entries: entries ?? EMPTY,
      calculatorInputs: inputs ?? EMPTY,
      // With two reviewers only the agreed score counts as rated: showing either reviewer's ratings here
      // would tell the other one, before both have finished, which items were already rated.
      ratings: review.reviewers.length > 1 ? EMPTY : (ratings ?? EMPTY),
      consensus: consensus ?? EMPTY,
    })
    return JSON.stringify(progress)
  }, [scale, entries, inputs, ratings, consensus, review.reviewers.length])
  const progress = useMemo(() => JSON.parse(progressText) as Record<string, ItemProgress>, [progressText])
  const itemEntries = useMemo(() => (entries ?? EMPTY).filter((entry) => entry.itemId === itemId), [entries, itemId])
  const stored = inputs?.find((row) => row.itemId === itemId) ?? null

  usePageTitle(item ? `${item.number}. ${item.title} - evidence` : 'Item not found')
  const go = useCallback((id: string) => void navigate(paths.reviewItem(review.id, id)), [navigate, review.id])
  useArrowKeys({
    onPrevious: previous ? () => go(previous.id) : undefined,
    onNext: next ? () => go(next.id) : undefined,
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'n' || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
      event.preventDefault()
      sourceRef.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  if (!item) {
    return (
      <ItemNotFound
        itemId={itemId}
        firstItemPath={scale.items[0] ? paths.reviewItem(review.id, scale.items[0].id) : null}
      />
    )
  }
  return (
    <div className="workspace">
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
            {entries === undefined ? (
              <p aria-busy="true">Loading evidence…</p>
            ) : (
              <EvidenceList
                key={`evidence-${item.id}`}
                reviewId={review.id}
                itemId={item.id}
                entries={itemEntries}
                sourceRef={sourceRef}
              />
            )}
            {inputs !== undefined && (
              <CalculatorPanel
                key={`calculator-${item.id}`}
                reviewId={review.id}
                item={item}
                stored={stored}
                records={records}
              />
            )}
          </fieldset>
        </div>
        <p className="muted keyboard-hint">
          Keyboard, when you are not typing in a field: <kbd>←</kbd> previous item, <kbd>→</kbd> next item, <kbd>N</kbd>{' '}
          add evidence. Everything you type is saved on this device as you go.
        </p>
      </div>
      <ItemNavigator scale={scale} reviewId={review.id} currentItemId={item.id} progress={progress} />
    </div>
  )
}

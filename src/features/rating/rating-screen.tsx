import { useCallback, useEffect, useMemo, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { hasConsensusStep } from '#domain/review/stage'
import { describeItemPosition } from '#domain/scale/search'
import { ItemNotFound } from '../../ui/item-not-found'
import { computeResults, type ScoreMap } from '#domain/scoring/results'
import type { Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { useRatings } from '../../storage/live-ratings'
import { useArrowKeys } from '../../ui/use-arrow-keys'
import { usePageTitle } from '../../ui/use-page-title'
import { FinishRating } from './finish-rating'
import { RatingItem } from './rating-item'
import { RatingNavigator } from './rating-navigator'
import { recoverRatingDrafts } from './rating-drafts'
import { ReviewerBar, ReviewerChooser } from './reviewer-bar'
import { useRatingReviewer } from './reviewer-choice'
import './rating.css'

const NONE: Rating[] = []

interface Props {
  review: Review
  scale: ScaleFile
  itemId: string
  /** Finalise or reopen, composed by the route (it belongs to the consensus feature); shown below the item. */
  finalise?: ReactNode
}

/** Where a reviewer rates the items one by one, blind to the other reviewer's ratings. */
export function RatingScreen({ review, scale, itemId, finalise }: Props) {
  const [reviewerId, choose] = useRatingReviewer(review)
  const index = scale.items.findIndex((candidate) => candidate.id === itemId)
  const item = scale.items[index]
  usePageTitle(item ? `Rate ${item.number}. ${item.title}` : 'Item not found')

  useEffect(() => {
    void recoverRatingDrafts(review.id).catch(() => undefined)
  }, [review.id])

  if (!item) {
    return (
      <ItemNotFound
        itemId={itemId}
        firstItemPath={scale.items[0] ? paths.reviewRate(review.id, scale.items[0].id) : null}
      />
    )
  }
  return (
    <div className="rating-page">
      <p className="rating-page__eyebrow">{describeItemPosition(scale, item)}</p>
      <h1>
        Rate {item.number}. {item.title}
      </h1>
      <nav className="rating-page__links" aria-label="This review">
        <Link to={paths.review(review.id)}>Review overview</Link>
        <Link to={paths.reviewItem(review.id, item.id)}>Evidence workspace</Link>
        {hasConsensusStep(review) && <Link to={paths.reviewConsensus(review.id)}>Consensus</Link>}
        <Link to={paths.reviewResults(review.id)}>Results</Link>
      </nav>
      {reviewerId === null ? (
        <>
          <ReviewerChooser review={review} onChoose={choose} />
          {finalise}
        </>
      ) : (
        <ReviewerRating
          key={reviewerId}
          review={review}
          scale={scale}
          item={item}
          previous={scale.items[index - 1]}
          next={scale.items[index + 1]}
          reviewerId={reviewerId}
          onSwitch={() => choose(null)}
          finalise={finalise}
        />
      )}
    </div>
  )
}

function ReviewerRating({
  review,
  scale,
  item,
  previous,
  next,
  reviewerId,
  onSwitch,
  finalise,
}: {
  review: Review
  scale: ScaleFile
  item: ScaleItem
  previous: ScaleItem | undefined
  next: ScaleItem | undefined
  reviewerId: string
  onSwitch: () => void
  finalise: ReactNode
}) {
  const navigate = useNavigate()
  const all = useRatings(review.id)
  // Only this reviewer's ratings go any further: the other reviewer's are never rendered here.
  const mine = useMemo(() => (all ?? NONE).filter((r) => r.reviewerId === reviewerId), [all, reviewerId])
  const results = useMemo(() => {
    const known = new Set(scale.items.map((i) => i.id))
    const scores: Record<string, number | null> = {}
    for (const rating of mine) if (known.has(rating.itemId)) scores[rating.itemId] = rating.score
    return computeResults(scale, scores as ScoreMap)
  }, [scale, mine])

  const go = useCallback((id: string) => void navigate(paths.reviewRate(review.id, id)), [navigate, review.id])
  useArrowKeys({
    onPrevious: previous ? () => go(previous.id) : undefined,
    onNext: next ? () => go(next.id) : undefined,
  })

  const name = review.reviewers.find((r) => r.id === reviewerId)?.name ?? reviewerId
  const finished = review.ratingsFinishedBy.includes(reviewerId)
  const final = review.status === 'final'
  const twoReviewers = review.reviewers.length > 1
  return (
    <div className="rating-layout">
      <div className="rating-layout__main">
        <ReviewerBar review={review} reviewerId={reviewerId} onSwitch={onSwitch} />
        {(final || finished) && (
          <p className="rating-notice">
            {final
              ? 'This review is final, so its ratings are read-only.'
              : 'You have finished rating, so your ratings are read-only. Reopen them below to change a score.'}
          </p>
        )}
        <nav className="pager" aria-label="Previous and next item">
          {previous && (
            <Link to={paths.reviewRate(review.id, previous.id)} rel="prev">
              ← {previous.number}. {previous.title}
            </Link>
          )}
          {next && (
            <Link to={paths.reviewRate(review.id, next.id)} rel="next">
              {next.number}. {next.title} →
            </Link>
          )}
        </nav>
        {all === undefined ? (
          <p aria-busy="true">Loading ratings…</p>
        ) : (
          <RatingItem
            key={item.id}
            reviewId={review.id}
            reviewerId={reviewerId}
            reviewerName={name}
            item={item}
            rating={mine.find((r) => r.itemId === item.id)}
            readOnly={final || finished}
          />
        )}
        <p className="muted keyboard-hint">
          Keyboard, when you are not typing in a field: <kbd>1</kbd>–<kbd>5</kbd> choose a score, <kbd>←</kbd> previous
          item, <kbd>→</kbd> next item. Everything you type is saved on this device as you go.
        </p>
        {/* A trainee finishes too: that is what reveals the reference scores. */}
        {(twoReviewers || review.type === 'training') && !final && (
          <FinishRating review={review} scale={scale} reviewerId={reviewerId} ratedCount={results.ratedCount} />
        )}
        {/* Below the item and its navigation: what it lists changes as ratings save (a rationale saves on blur,
            often on the mouse-down of "next item"), and nothing above the pointer may move then. */}
        {finalise}
      </div>
      <RatingNavigator
        scale={scale}
        reviewId={review.id}
        currentItemId={item.id}
        results={results}
        twoReviewers={twoReviewers}
      />
    </div>
  )
}

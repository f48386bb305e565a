import { useEffect, useMemo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { agreementStats, ratingPairs } from '#domain/review/agreement'
import { orderByDisagreement } from '#domain/scoring/consensus-order'
import type { Rating } from '#domain/review/rating'
import type { Review, Reviewer } from '#domain/review/review'
import { allReviewersFinished } from '#domain/scoring/review-rules'
import type { ScaleFile } from '#domain/scale/schema'
import { useConsensus, useRatings } from '../../storage/live-ratings'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { usePageTitle } from '../../ui/use-page-title'
import { AgreementFigures } from './agreement-figures'
import { recoverConsensusDrafts } from './consensus-drafts'
import { ConsensusAgenda } from './consensus-agenda'
import { ReviewLock } from './review-lock'
import './consensus.css'

const NONE: Rating[] = []

interface Props {
  review: Review
  scale: ScaleFile
}

/** Where two reviewers agree each item's score, most disputed first; locked until both have finished rating. */
export function ConsensusScreen({ review, scale }: Props) {
  const resultsLink = paths.reviewResults(review.id)
  usePageTitle('Consensus')
  const firstItem = scale.items[0]
  const [a, b] = review.reviewers
  // One pair per review row, so the agenda's memos and the draft recovery do not run again on every render.
  const pair = useMemo(() => (a && b ? ([a, b] as [Reviewer, Reviewer]) : null), [a, b])
  return (
    <section className="consensus-page" aria-labelledby="consensus-heading">
      <h1 id="consensus-heading">Consensus</h1>
      <nav className="consensus-page__links" aria-label="This review">
        <Link to={paths.review(review.id)}>Review overview</Link>
        {firstItem && <Link to={paths.reviewRate(review.id, firstItem.id)}>Rate the items</Link>}
        <Link to={resultsLink}>Results</Link>
      </nav>
      {review.type === 'training' ? (
        <div className="empty-state">
          <p>
            A training exercise has no consensus: the trainee rates the practice case alone, then compares their scores
            with the trainer’s.
          </p>
          <Link to={resultsLink}>See the results</Link>
        </div>
      ) : pair === null ? (
        <div className="empty-state">
          <p>
            This review has one reviewer, so there is no consensus to reach: {a?.name ?? 'the reviewer'}’s ratings are
            the review’s scores.
          </p>
          <Link to={resultsLink}>See the results</Link>
        </div>
      ) : review.status !== 'final' && !allReviewersFinished(review) ? (
        <Locked review={review} />
      ) : (
        <ConsensusWork review={review} scale={scale} reviewers={pair} />
      )}
    </section>
  )
}

function Locked({ review }: { review: Review }) {
  return (
    <div className="empty-state consensus-locked">
      <h2>Consensus opens when both reviewers have finished rating</h2>
      <p>
        Each reviewer rates blind, so neither sees the other’s scores or rationales until both have said “I have
        finished rating” on the rating screen.
      </p>
      <ul>
        {review.reviewers.map((r) => (
          <li key={r.id}>
            {r.name}: {review.ratingsFinishedBy.includes(r.id) ? 'finished rating' : 'still rating'}
          </li>
        ))}
      </ul>
    </div>
  )
}

function ConsensusWork({
  review,
  scale,
  reviewers,
}: {
  review: Review
  scale: ScaleFile
  reviewers: [Reviewer, Reviewer]
}) {
  const ratings = useRatings(review.id)
  const consensus = useConsensus(review.id)
  const { run, busy, failure } = useStorageAction()
  const final = review.status === 'final'

  useEffect(() => {
    void recoverConsensusDrafts(review.id, reviewers).catch(() => undefined)
  }, [review.id, reviewers])

  const byReviewer = useMemo(() => {
    const all = ratings ?? NONE
    return reviewers.map((r) => all.filter((rating) => rating.reviewerId === r.id)) as [Rating[], Rating[]]
  }, [ratings, reviewers])
  const rows = useMemo(() => orderByDisagreement(scale, ...byReviewer), [scale, byReviewer])
  const live = useMemo(
    () =>
      agreementStats(
        ratingPairs(
          scale.items.map((item) => item.id),
          ...byReviewer,
        ),
      ),
    [scale, byReviewer],
  )
  const stored = review.agreement
  const outdated =
    stored !== null &&
    (stored.itemsCompared !== live.itemsCompared ||
      stored.exactCount !== live.exactCount ||
      stored.withinOneCount !== live.withinOneCount)

  const recordAgreement = () =>
    run(() => reviewsRepo.startConsensus(review.id, { ...live, computedAt: new Date().toISOString() }))

  if (ratings === undefined || consensus === undefined) return <p aria-busy="true">Loading ratings…</p>
  if (stored === null && !final) {
    return (
      <div className="consensus-start">
        <p>
          Both reviewers have finished rating. Starting consensus shows each other’s scores and rationales, records how
          closely you agreed, and locks the independent ratings.
        </p>
        <button type="button" disabled={busy} onClick={() => void recordAgreement()}>
          Start consensus
        </button>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
      </div>
    )
  }
  return (
    <>
      <AgreementFigures agreement={stored ?? { ...live, computedAt: review.updatedAt }} />
      {outdated && !final && (
        <p className="notice">
          The ratings have changed since these figures were recorded.{' '}
          <button type="button" className="button--small" disabled={busy} onClick={() => void recordAgreement()}>
            Update the agreement figures
          </button>
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <ConsensusAgenda review={review} locale={scale.locale} rows={rows} reviewers={reviewers} consensus={consensus} />
      {/* After the items: what it lists shortens as consensus rationales save on blur, and no item's controls
          may move under the pointer then. */}
      <ReviewLock review={review} scale={scale} />
    </>
  )
}

import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { reviewTypeLabels, type Review } from '#domain/review/review'
import { hasConsensusStep } from '#domain/review/stage'
import { raterLabel, reviewWords } from '#domain/review/wording'
import type { ScaleFile } from '#domain/scale/schema'
import type { Team } from '#domain/review/team'
import { describeScale, describeVisit } from './scale-description'
import { firstItemId } from './use-review-scales'
import './reviews.css'
import { DetailsList } from '../../ui/details-list'

/** Who, when and against which scale version: the facts at the top of a review. */
export function ReviewFacts({
  review,
  team,
  scale,
}: {
  review: Review
  team: Team | null
  scale: ScaleFile | undefined
}) {
  const rows: [string, ReactNode][] = [
    ['Team', team ? <Link to={paths.team(team.id)}>{team.name}</Link> : 'Not on this device'],
    ['Type', reviewTypeLabels[review.type]],
    [reviewWords(review.type).datesFact, describeVisit(review)],
    [raterLabel(review.type, review.reviewers.length), review.reviewers.map((r) => r.name).join(' and ')],
    ['Scale', describeScale(review, scale)],
  ]
  return <DetailsList rows={rows} />
}

/** Said plainly, because without its pinned scale the review cannot show criteria or collect evidence. */
export function MissingScaleNotice({ review }: { review: Review }) {
  return (
    <div className="problems" role="alert">
      <p>
        This review uses the scale <code>{review.scaleId}</code> version <code>{review.scaleVersion}</code>, which is
        not on this device. Import that scale file in <Link to={paths.settings()}>Settings</Link> to open the evidence
        workspace.
      </p>
    </div>
  )
}

/** Where the work happens once planning is done. */
export function ReviewWorkLinks({ review, scale }: { review: Review; scale: ScaleFile }) {
  const itemId = firstItemId(scale)
  return (
    <ul className="review-links">
      {itemId && (
        <li>
          <Link className="button" to={paths.reviewItem(review.id, itemId)}>
            Open evidence workspace
          </Link>
        </li>
      )}
      <li>
        <Link className="button button--secondary" to={paths.recordReview(review.id)}>
          Record review
        </Link>
      </li>
      <li>
        <Link className="button button--secondary" to={paths.coverage(review.id)}>
          Evidence coverage
        </Link>
      </li>
      {itemId && (
        <li>
          <Link className="button button--secondary" to={paths.reviewRate(review.id, itemId)}>
            Rate the items
          </Link>
        </li>
      )}
      {hasConsensusStep(review) && (
        <li>
          <Link className="button button--secondary" to={paths.reviewConsensus(review.id)}>
            Consensus
          </Link>
        </li>
      )}
      <li>
        <Link className="button button--secondary" to={paths.reviewResults(review.id)}>
          Results
        </Link>
      </li>
      <li>
        <Link className="button button--secondary" to={paths.reviewActionPlan(review.id)}>
          Action plan
        </Link>
      </li>
      <li>
        <Link className="button button--secondary" to={paths.reviewReport(review.id)}>
          Report
        </Link>
      </li>
    </ul>
  )
}

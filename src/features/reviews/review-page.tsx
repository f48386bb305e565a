import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { reviewTypeLabels, type Review } from '#domain/review/review'
import { useTeam } from '../../storage/live-teams'
import { usePageTitle } from '../../ui/use-page-title'
import { MissingScaleNotice, ReviewFacts, ReviewWorkLinks } from './review-overview'
import { ReviewStatusControl } from './review-status-control'
import { KeyDatesPanel } from './key-dates-panel'
import { useScaleCatalogue } from '../../storage/live-scales'
import { ImportedSummaryLabel } from '../../ui/imported-summary-label'
import { isImportedSummary } from '#domain/scoring/review-rules'

/**
 * One review: its facts, status, visit plan and the way into evidence collection.
 * `actions` holds what other features offer for the review (export, training comparison), and `plan` the visit
 * plan, composed in routes/.
 */
export function ReviewPage({ review, actions, plan }: { review: Review; actions?: ReactNode; plan?: ReactNode }) {
  const team = useTeam(review.teamId)
  const scales = useScaleCatalogue()
  const scale = scales.find(review.scaleId, review.scaleVersion)
  const title = reviewTypeLabels[review.type]
  usePageTitle(team ? `${title}: ${team.name}` : title)

  return (
    <section className="page" aria-labelledby="review-heading">
      <h1 id="review-heading">{team ? `${title}: ${team.name}` : title}</h1>
      <ImportedSummaryLabel review={review} />
      <ReviewFacts review={review} team={team ?? null} scale={scale} />
      {!isImportedSummary(review) && (
        <p>
          <Link to={paths.editReview(review.id)}>Edit review details</Link>
        </p>
      )}
      {!scales.loading && !scale && <MissingScaleNotice review={review} />}
      {scale && <ReviewWorkLinks review={review} scale={scale} />}
      {actions}
      <h2>Status</h2>
      <ReviewStatusControl review={review} />
      <KeyDatesPanel review={review} />
      {plan}
    </section>
  )
}

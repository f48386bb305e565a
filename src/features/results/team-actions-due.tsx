import { useMemo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import { DUE_WITHIN_DAYS } from '#domain/scoring/action-follow-up'
import { actionStatusLabels } from '#domain/scoring/action-status'
import { actionsDueForTeam } from '#domain/scoring/actions-due'
import { localIsoDate } from '#domain/text/dates'
import { useActionPlansForReviews } from '../../storage/live-action-plan'
import { useReviewsForTeam } from '../../storage/live-reviews'
import { useScaleCatalogue } from '../../storage/live-scales'
import { formatDate } from '../../ui/format'
import { useScoresForReviews } from './use-team-scores'
import { resultsState } from './use-review-results'
import './results.css'
import { ScrollRegion } from '../../ui/scroll-region'

const followed = (r: Review) => r.status === 'final' && r.type !== 'training'

/**
 * The team page's short list of actions to look at: open actions of the team's final reviews whose review point
 * is within 30 days or whose review point or target date has passed, each linked to its review's action plan.
 */
export function TeamActionsDue({ teamId, today = localIsoDate(new Date()) }: { teamId: string; today?: string }) {
  const reviews = useReviewsForTeam(teamId)
  const finalReviews = useMemo(() => reviews?.filter(followed), [reviews])
  const ids = useMemo(() => finalReviews?.map((r) => r.id), [finalReviews])
  const entries = useActionPlansForReviews(ids)
  const stored = useScoresForReviews(finalReviews)
  const scales = useScaleCatalogue()

  const body = () => {
    if (!finalReviews || !entries || stored.status === 'loading' || scales.loading) {
      return <p aria-busy="true">Loading the actions…</p>
    }
    if (finalReviews.length === 0) {
      return <p className="empty-state">Actions are followed here once a review is final and its plan written.</p>
    }
    const resultsFor = (review: Review) => {
      const scores = stored.status === 'ready' ? stored.scores.get(review.id) : undefined
      if (!scores) return null
      const state = resultsState(
        review,
        scales.find(review.scaleId, review.scaleVersion),
        scores.ratings,
        scores.consensus,
      )
      return state.status === 'ready' ? state.results : null
    }
    const due = actionsDueForTeam(finalReviews, entries, resultsFor, today)
    if (due.length === 0) {
      return (
        <p className="empty-state">
          Nothing is due: no open action has a review point in the next {DUE_WITHIN_DAYS} days or a date that has
          passed.
        </p>
      )
    }
    const visit = new Map(finalReviews.map((r) => [r.id, r.visitStart]))
    return (
      <ScrollRegion label="Actions due">
        <table className="results-table">
          <caption>
            Open actions with a review point in the next {DUE_WITHIN_DAYS} days, or a review point or target date that
            has passed
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Review point</th>
              <th scope="col">Status</th>
              <th scope="col">Action plan</th>
            </tr>
          </thead>
          <tbody>
            {due.map((action) => (
              <tr key={action.entryId}>
                <th scope="row">{action.item}</th>
                <td className="pre-wrap">{action.action || '—'}</td>
                <td>{action.owner || '—'}</td>
                <td>{formatDate(action.reviewPoint)}</td>
                <td>
                  {actionStatusLabels[action.status]},{' '}
                  <strong className={action.state === 'overdue' ? 'actions-due__overdue' : undefined}>
                    {action.state === 'overdue' ? 'overdue' : 'due'}
                  </strong>
                </td>
                <td>
                  <Link to={paths.reviewActionPlan(action.reviewId)}>
                    Review of {formatDate(visit.get(action.reviewId) ?? '')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    )
  }

  return (
    <section aria-labelledby="team-actions-due">
      <h2 id="team-actions-due">Actions due and overdue</h2>
      {stored.status === 'failed' ? <p className="problems">Could not read the scores: {stored.message}</p> : body()}
    </section>
  )
}

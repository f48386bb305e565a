import { useMemo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { formatChange } from '#domain/scoring/comparison'
import { teamHistory, type HistoryPoint } from '#domain/scoring/history'
import type { Review } from '#domain/review/review'
import type { Team } from '#domain/review/team'
import { followUpLines } from '#domain/scoring/follow-up-history'
import { useActionPlansForReviews } from '../../storage/live-action-plan'
import { useReviewsForTeam } from '../../storage/live-reviews'
import { useScaleCatalogue } from '../../storage/live-scales'
import { formatDate } from '../../ui/format'
import { usePageTitle } from '../../ui/use-page-title'
import { reviewKindLabels } from './history-labels'
import { TrendChart } from './trend-chart'
import { useScoresForReviews } from './use-team-scores'
import { resultsState } from './use-review-results'
import './results.css'
import { ScrollRegion } from '../../ui/scroll-region'

const firstOfType: Record<HistoryPoint['type'], string> = {
  independent: 'First independent review',
  'self-assessment': 'First self-assessment',
}

/** "+15 since 4 March 2025", against the previous review of the same type only. */
function changeText(point: HistoryPoint): string {
  if (!point.comparedWith) return firstOfType[point.type]
  if (point.change === null) return 'Not available'
  return `${formatChange(point.change)} since ${formatDate(point.comparedWith.date)}`
}

const counted = (r: Review) => r.status === 'final' && r.type !== 'training'

/** A team's final reviews over time: a trend chart of totals against the bands, and the same as a table. */
export function TeamHistoryPage({ team }: { team: Team }) {
  const heading = `History: ${team.name}`
  usePageTitle(heading)
  const reviews = useReviewsForTeam(team.id)
  // Memoised: the scores are read again whenever this list changes identity.
  const finalReviews = useMemo(() => reviews?.filter(counted), [reviews])
  const stored = useScoresForReviews(finalReviews)
  const scales = useScaleCatalogue()
  // Only reviews with a follow-up need their plan read, to count where the actions stood.
  const followedUp = useMemo(() => finalReviews?.filter((r) => r.followUps.length > 0).map((r) => r.id), [finalReviews])
  const plans = useActionPlansForReviews(followedUp)

  const body = () => {
    if (!reviews || !plans || stored.status === 'loading' || scales.loading)
      return <p aria-busy="true">Loading history…</p>
    if (stored.status === 'failed') return <p className="problems">Could not read the scores: {stored.message}</p>
    const resultsFor = (review: Review) => {
      const scores = stored.scores.get(review.id)
      if (!scores) return null
      const state = resultsState(
        review,
        scales.find(review.scaleId, review.scaleVersion),
        scores.ratings,
        scores.consensus,
      )
      return state.status === 'ready' ? state.results : null
    }
    const points = teamHistory(team.id, reviews, resultsFor)
    const followUps = followUpLines(
      reviews.filter((r) => r.teamId === team.id),
      plans,
      resultsFor,
    )
    if (points.length === 0) {
      return <p className="empty-state">No final reviews yet. The history starts once a review is finalised.</p>
    }
    // Band edges from the newest review's scale: both shipped versions share them, only the names differ.
    const newest = [...(finalReviews ?? [])].sort((a, b) => b.visitStart.localeCompare(a.visitStart))
    const scale = newest.map((r) => scales.find(r.scaleId, r.scaleVersion)).find((s) => s !== undefined)
    return (
      <>
        <TrendChart points={points} bands={scale?.bands ?? []} />
        <ScrollRegion label="Totals by review">
          <table className="results-table">
            <caption>Totals by review</caption>
            <thead>
              <tr>
                <th scope="col">Visit</th>
                <th scope="col">Type</th>
                <th scope="col">Total</th>
                <th scope="col">Band</th>
                <th scope="col">Change since the previous review of the same type</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.reviewId}>
                  <th scope="row">
                    <Link to={paths.reviewResults(p.reviewId)}>{formatDate(p.date)}</Link>
                  </th>
                  <td>{reviewKindLabels[p.type]}</td>
                  <td>{p.total ?? 'Not available'}</td>
                  <td>{p.band ? `${p.band.label} (${p.band.min}-${p.band.max})` : 'Not available'}</td>
                  <td>{changeText(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {followUps.length > 0 && (
          <section aria-labelledby="history-follow-ups">
            <h2 id="history-follow-ups">Action plan follow-ups</h2>
            <ol className="history-follow-ups">
              {followUps.map((line) => (
                <li key={line.followUpId}>
                  <Link to={paths.reviewActionPlan(line.reviewId)}>{line.text}</Link> (by {line.by}; the plan of the
                  review of {formatDate(line.reviewVisitStart)}){line.note && <p className="pre-wrap">{line.note}</p>}
                </li>
              ))}
            </ol>
          </section>
        )}
        <p className="field-hint">
          Training exercises are left out. Each change compares like with like: an independent review with the previous
          independent review, a self-assessment with the previous self-assessment. “Not available” means the review’s
          scale is not on this device or not every item has a score.
        </p>
      </>
    )
  }

  return (
    <section className="page results-page" aria-labelledby="history-heading">
      <h1 id="history-heading">{heading}</h1>
      <p>
        <Link to={paths.team(team.id)}>Back to the team</Link>
      </p>
      {body()}
    </section>
  )
}

import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { comparisonBasis, compareResults } from '#domain/scoring/comparison'
import { reviewTypeLabels, type Review } from '#domain/review/review'
import { useReviewsForTeam } from '../../storage/live-reviews'
import { useTeam } from '../../storage/live-teams'
import { formatDate } from '../../ui/format'
import { usePageTitle } from '../../ui/use-page-title'
import { ComparisonSummary } from './comparison-summary'
import { ItemScoreChart } from './item-score-chart'
import { ItemScoreTable } from './item-score-table'
import { networkComparison, type NetworkComparison } from './network-comparison'
import { NetworkMedianSentence } from './network-median'
import { ResultsSummary } from './results-summary'
import { StrengthsAndPriorities } from './strengths-priorities'
import { useNetworkResults } from './use-network-results'
import { useReviewResults, type ReviewResultsState } from './use-review-results'
import { reviewWords } from '#domain/review/wording'
import './results.css'

/** A review's outcome: total and band, sections, item scores, strengths, priorities and the change since last time. */
export function ResultsPage({ review }: { review: Review }) {
  const team = useTeam(review.teamId)
  const state = useReviewResults(review)
  // The network is read only where its median is shown: a final independent review.
  const network = useNetworkResults(review.type === 'independent' && review.status === 'final')
  const teamReviews = useReviewsForTeam(review.teamId)
  // Like for like: the change is against the previous review of the same type; the other type is shown beside.
  const basis = teamReviews ? comparisonBasis(teamReviews, review) : null
  const previous = basis?.previous ?? null
  const heading = `Results: ${team ? team.name : reviewTypeLabels[review.type]}`
  usePageTitle(heading)
  return (
    <section className="page results-page" aria-labelledby="results-heading">
      <h1 id="results-heading">{heading}</h1>
      <p>
        {reviewTypeLabels[review.type]}, {reviewWords(review.type).datesPhrase} {formatDate(review.visitStart)}.{' '}
        {review.status === 'final' ? (
          review.finalisedAt && <>Final since {formatDate(review.finalisedAt)}.</>
        ) : (
          <strong>This review is not final yet: scores may still change.</strong>
        )}
      </p>
      <p className="results-links">
        <Link to={paths.review(review.id)}>Back to the review</Link>
        <Link to={paths.teamHistory(review.teamId)}>Team history</Link>
      </p>
      {state.status === 'loading' && <p aria-busy="true">Working out the results…</p>}
      {state.status === 'missing-scale' && (
        <p className="problems">
          This review uses {review.scaleId} version {review.scaleVersion}, which is not on this device. Import that
          scale to see the results.
        </p>
      )}
      {state.status === 'invalid' && (
        <p className="problems">The stored scores do not fit the scale, so no results can be shown: {state.message}</p>
      )}
      {state.status === 'ready' && (
        // Keyed by the previous review so its live reads start afresh instead of showing another review's scores.
        <ResultsBody
          key={previous?.id ?? 'none'}
          review={review}
          current={state}
          previous={previous}
          alongside={basis?.alongside ?? []}
          network={networkComparison(review, state.scale, state.results, network)}
        />
      )}
    </section>
  )
}

function ResultsBody({
  review,
  current,
  previous,
  alongside,
  network,
}: {
  review: Review
  current: Extract<ReviewResultsState, { status: 'ready' }>
  previous: Review | null
  alongside: readonly Review[]
  network: NetworkComparison | null
}) {
  const previousState = useReviewResults(previous)
  const { results } = current
  const comparison = previousState.status === 'ready' ? compareResults(results, previousState.results) : null
  return (
    <>
      <ResultsSummary results={results} pair={review.reviewers.length >= 2} />
      {(previous || alongside.length > 0) && (
        <ComparisonSummary
          current={review}
          previous={previous ?? undefined}
          comparison={comparison}
          alongside={alongside}
          currentTotal={results.total}
          previousUnavailable={previousState.status === 'missing-scale' || previousState.status === 'invalid'}
        />
      )}
      <h2>Item scores</h2>
      <ItemScoreChart results={results} comparison={comparison} />
      {network && <NetworkMedianSentence comparison={network} />}
      <ItemScoreTable
        results={results}
        comparison={comparison}
        networkMedians={network ? new Map(network.items.map((item) => [item.itemId, item.median])) : undefined}
      />
      <StrengthsAndPriorities results={results} />
    </>
  )
}

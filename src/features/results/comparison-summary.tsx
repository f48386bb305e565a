import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { describeBandChange, formatChange, type ResultsComparison } from '#domain/scoring/comparison'
import { reviewTypeLabels, type Review, type ReviewType } from '#domain/review/review'
import { formatDate } from '../../ui/format'
import { useReviewResults } from './use-review-results'

/** Why the reviews beside the comparison are not subtracted, in the current review's terms. */
const notComparedBecause: Partial<Record<ReviewType, string>> = {
  independent: 'Shown beside it, not compared: a self-assessment is the team’s own scoring, not an independent review.',
  'self-assessment':
    'Shown beside it, not compared: an independent review is scored by outside reviewers, not by the team.',
}

const noEarlier: Partial<Record<ReviewType, string>> = {
  independent: 'There is no earlier final independent review of this team to compare with.',
  'self-assessment': 'There is no earlier final self-assessment of this team to compare with.',
}

/**
 * How the team moved since its previous final review of the same type: band, total, and how many items rose or
 * fell. Reviews of the other type since then are listed beside it with their totals, named as what they are.
 */
export function ComparisonSummary({
  current,
  previous,
  comparison,
  alongside,
  currentTotal,
  previousUnavailable = false,
}: {
  current: Review
  previous: Review | undefined
  comparison: ResultsComparison | null
  alongside: readonly Review[]
  currentTotal: number
  /** The previous review's scores cannot be read here (its scale is not on this device). */
  previousUnavailable?: boolean
}) {
  return (
    <section className="results-comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Since the previous review</h2>
      {previous ? (
        <>
          <p>
            Compared with the{' '}
            <Link to={paths.reviewResults(previous.id)}>
              {reviewTypeLabels[previous.type].toLowerCase()} of {formatDate(previous.visitStart)}
            </Link>
            .
          </p>
          {comparison && <ComparisonFigures comparison={comparison} currentTotal={currentTotal} />}
          {previousUnavailable && (
            <p className="muted">Its scale is not on this device, so its scores cannot be compared here.</p>
          )}
        </>
      ) : (
        <p>{noEarlier[current.type]}</p>
      )}
      {alongside.length > 0 && (
        <>
          <p className="field-hint">{notComparedBecause[current.type]}</p>
          <ul aria-label="Other reviews, not compared">
            {alongside.map((review) => (
              <AlongsideReview key={review.id} review={review} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function ComparisonFigures({ comparison, currentTotal }: { comparison: ResultsComparison; currentTotal: number }) {
  const bandChange = describeBandChange(comparison.bandChange)
  const rose = comparison.items.filter((row) => row.change !== null && row.change > 0).length
  const fell = comparison.items.filter((row) => row.change !== null && row.change < 0).length
  if (!bandChange || comparison.totalChange === null) {
    return <p className="muted">The band and total are compared once every item of both reviews is scored.</p>
  }
  return (
    <ul>
      <li>
        Band: <strong>{bandChange}</strong>
      </li>
      <li>
        Total: from {currentTotal - comparison.totalChange} to {currentTotal} ({formatChange(comparison.totalChange)})
      </li>
      <li>{`${rose} items scored higher and ${fell} lower.`}</li>
    </ul>
  )
}

/** "Self-assessment of 27 March 2026: 110", linked to its results. */
function AlongsideReview({ review }: { review: Review }) {
  const state = useReviewResults(review)
  const total =
    state.status === 'loading'
      ? '…'
      : state.status === 'ready' && state.results.complete
        ? String(state.results.total)
        : 'total not available'
  return (
    <li>
      <Link to={paths.reviewResults(review.id)}>
        {reviewTypeLabels[review.type]} of {formatDate(review.visitStart)}
      </Link>
      : {total}
    </li>
  )
}

import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { describeBandChange, formatChange, type ResultsComparison } from '#domain/scoring/comparison'
import { reviewTypeLabels, type Review } from '#domain/review/review'
import { formatDate } from '../../ui/format'

/** How the team moved since its previous final review: band, total, and how many items rose or fell. */
export function ComparisonSummary({
  previous,
  comparison,
  currentTotal,
}: {
  previous: Review
  comparison: ResultsComparison
  currentTotal: number
}) {
  const bandChange = describeBandChange(comparison.bandChange)
  const rose = comparison.items.filter((row) => row.change !== null && row.change > 0).length
  const fell = comparison.items.filter((row) => row.change !== null && row.change < 0).length
  return (
    <section className="results-comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Since the previous review</h2>
      <p>
        Compared with the{' '}
        <Link to={paths.reviewResults(previous.id)}>
          {reviewTypeLabels[previous.type].toLowerCase()} of {formatDate(previous.visitStart)}
        </Link>
        .
      </p>
      {bandChange && comparison.totalChange !== null ? (
        <ul>
          <li>
            Band: <strong>{bandChange}</strong>
          </li>
          <li>
            Total: from {currentTotal - comparison.totalChange} to {currentTotal} (
            {formatChange(comparison.totalChange)})
          </li>
          <li>{`${rose} items scored higher and ${fell} lower.`}</li>
        </ul>
      ) : (
        <p className="muted">The band and total are compared once every item of both reviews is scored.</p>
      )}
    </section>
  )
}

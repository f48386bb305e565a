import { memo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { ReviewResults } from '#domain/scoring/results'
import type { ScaleFile } from '#domain/scale/schema'

interface Props {
  scale: ScaleFile
  reviewId: string
  currentItemId: string
  results: ReviewResults
  twoReviewers: boolean
}

/** This reviewer's running total and every item with its score, so unrated items stand out. */
export const RatingNavigator = memo(function RatingNavigator({
  scale,
  reviewId,
  currentItemId,
  results,
  twoReviewers,
}: Props) {
  const scoreOf = new Map(results.scores.map(({ item, score }) => [item.id, score]))
  const max = results.itemCount * 5
  return (
    <nav className="rating-nav" aria-label="Items to rate">
      <div className="rating-total" role="status">
        <p className="rating-total__count">
          {results.ratedCount} of {results.itemCount} rated
        </p>
        {results.complete ? (
          <p>
            Total of these ratings: <strong>{results.total}</strong> of {max}
            {results.band ? ` (${results.band.label})` : ''}.
            {twoReviewers ? ' The review’s score comes from the consensus.' : ''}
          </p>
        ) : (
          <p>
            Provisional total: <strong>{results.total}</strong> so far. It is provisional until all {results.itemCount}{' '}
            items are rated.
          </p>
        )}
      </div>
      {scale.sections.map((section) => (
        <div key={section.id}>
          <h2 className="rating-nav__section">{section.title}</h2>
          <ol className="item-links">
            {results.scores
              .filter(({ item }) => item.sectionId === section.id)
              .map(({ item }) => {
                const score = scoreOf.get(item.id) ?? null
                return (
                  <li key={item.id}>
                    <Link
                      to={paths.reviewRate(reviewId, item.id)}
                      aria-current={item.id === currentItemId ? 'page' : undefined}
                    >
                      <span>
                        {item.number}. {item.title}
                      </span>
                      <span className={`rating-nav__score${score === null ? ' rating-nav__score--none' : ''}`}>
                        {score === null ? 'Not yet rated' : `Rated ${score}`}
                      </span>
                    </Link>
                  </li>
                )
              })}
          </ol>
        </div>
      ))}
    </nav>
  )
})

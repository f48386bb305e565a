import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import { describeScore } from './describe-results'
import { useReviewResults } from './use-review-results'

/** One review's score in a team's review list, linking to its results once anything is scored. */
export function ReviewScoreSummary({ review }: { review: Review }) {
  const state = useReviewResults(review)
  switch (state.status) {
    case 'loading':
      return <span aria-busy="true">Working out the score…</span>
    case 'missing-scale':
      return 'Not available: the scale is not on this device'
    case 'invalid':
      return 'Not available: the stored scores do not fit the scale'
    case 'ready':
      if (state.results.ratedCount === 0) return describeScore(state.results)
      return <Link to={paths.reviewResults(review.id)}>{describeScore(state.results)}</Link>
  }
}

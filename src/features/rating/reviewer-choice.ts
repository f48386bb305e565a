import { useCallback, useState } from 'react'
import type { Review } from '#domain/review/review'

// Per tab (sessionStorage): on a shared device the next person opens their own tab or switches,
// and closing the tab forgets who was rating.
const key = (reviewId: string) => `ips-fidelity-review:rating-as:${reviewId}`

function readChoice(reviewId: string): string | null {
  try {
    return sessionStorage.getItem(key(reviewId))
  } catch {
    return null
  }
}

function writeChoice(reviewId: string, reviewerId: string | null) {
  try {
    if (reviewerId === null) sessionStorage.removeItem(key(reviewId))
    else sessionStorage.setItem(key(reviewId), reviewerId)
  } catch {
    // Storage blocked: the choice lasts until the page is left, which is still usable.
  }
}

/**
 * Who is rating on this device: the only reviewer of a one-reviewer review, otherwise whoever was
 * chosen in this tab. Null until someone chooses, so nobody's ratings show by default.
 */
export function useRatingReviewer(review: Review): [string | null, (reviewerId: string | null) => void] {
  const [chosen, setChosen] = useState(() => readChoice(review.id))
  const choose = useCallback(
    (reviewerId: string | null) => {
      writeChoice(review.id, reviewerId)
      setChosen(reviewerId)
    },
    [review.id],
  )
  const only = review.reviewers.length === 1 ? review.reviewers[0]?.id : undefined
  const current = only ?? (review.reviewers.some((r) => r.id === chosen) ? chosen : null)
  return [current, choose]
}

import { useMemo, useState } from 'react'
import { finaliseProblems } from '#domain/scoring/finalise'
import type { Consensus, Rating } from '#domain/review/rating'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { useConsensus, useRatings } from '../../storage/live-ratings'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { useHeightThatNeverShrinks } from '../../ui/use-height-that-never-shrinks'

const NONE: never[] = []

/** Problems for the ratings that decide the review (checked again by storage when finalising). */
function useFinaliseProblems(review: Review, scale: ScaleFile) {
  const ratings: Rating[] | undefined = useRatings(review.id)
  const consensus: Consensus[] | undefined = useConsensus(review.id)
  return useMemo(
    () =>
      ratings === undefined || consensus === undefined
        ? null
        : finaliseProblems(scale, review, ratings ?? NONE, consensus ?? NONE),
    [scale, review, ratings, consensus],
  )
}

/** "Finalise the review": refused, with every reason listed, until each item has a score and a rationale. */
export function FinalisePanel({ review, scale }: { review: Review; scale: ScaleFile }) {
  const problems = useFinaliseProblems(review, scale)
  const [refused, setRefused] = useState<string[] | null>(null)
  const { run, busy, failure, setFailure } = useStorageAction()
  const keepHeight = useHeightThatNeverShrinks<HTMLDivElement>()
  const decidedBy = review.reviewers.length > 1 ? 'the consensus' : 'your ratings'

  async function finalise() {
    setFailure(null)
    if (problems === null) return
    if (problems.length > 0) {
      setRefused(problems)
      return
    }
    setRefused(null)
    await run(() => reviewsRepo.finalise(review.id, scale))
  }

  return (
    <section className="finalise" aria-labelledby="finalise-heading">
      <h2 id="finalise-heading">Finalise the review</h2>
      <p>
        A final review is locked: its scores come from {decidedBy}, and nothing can change unless someone reopens it,
        which is recorded.
      </p>
      {/* The button comes before what is still missing: that list shortens as rationales save on blur, and
          the button must not move between mouse-down and mouse-up. */}
      <button type="button" disabled={busy || problems === null} onClick={() => void finalise()}>
        Finalise the review
      </button>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="finalise__status" ref={keepHeight}>
        {problems !== null && problems.length > 0 && (
          <div className="problems" role={refused ? 'alert' : undefined}>
            <p>{refused ? 'The review cannot be finalised yet:' : 'Before the review can be final:'}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {problems !== null && problems.length === 0 && <p>Every item has a score and a rationale.</p>}
      </div>
    </section>
  )
}

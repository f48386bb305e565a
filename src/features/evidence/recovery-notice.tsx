import { useEffect, useState } from 'react'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { recoverDrafts, type RecoveryResult } from './draft-recovery'

/** Recovers unsaved drafts when a review is opened, and says so. */
export function RecoveryNotice({ reviewId, scale }: { reviewId: string; scale: ScaleFile }) {
  const [result, setResult] = useState<(RecoveryResult & { reviewId: string }) | null>(null)
  useEffect(() => {
    let live = true
    void recoverDrafts(reviewId, scale).then((outcome) => {
      if (live) setResult({ ...outcome, reviewId })
    })
    return () => {
      live = false
    }
  }, [reviewId, scale])
  if (!result || result.reviewId !== reviewId) return null
  return (
    <>
      {result.recovered > 0 && (
        <p className="banner" role="status">
          Recovered {plural(result.recovered, 'change')} typed before the page last closed that had not reached the
          database. {result.recovered === 1 ? 'It is' : 'They are'} saved now.
        </p>
      )}
      {result.failure && (
        <p className="form-error" role="alert">
          Some text typed earlier is kept on this device but could not be saved yet: {result.failure}
        </p>
      )}
    </>
  )
}

import { useEffect, useState } from 'react'
import { draftJournal } from './draft-journal'

/**
 * Whether the review's drafts kept in IndexedDB are back in the synchronous journal, so its fields can
 * mount: after a crash they are the only copy of what was typed last.
 */
export function useDraftsRestored(reviewId: string): boolean {
  const [restoredId, setRestoredId] = useState<string | null>(() =>
    draftJournal.isRestored(reviewId) ? reviewId : null,
  )
  useEffect(() => {
    let live = true
    void draftJournal.restoreForReview(reviewId).then(() => {
      if (live) setRestoredId(reviewId)
    })
    return () => {
      live = false
    }
  }, [reviewId])
  return restoredId === reviewId
}

import { useLiveQuery } from 'dexie-react-hooks'
import { read } from './repo-helpers'

/**
 * Whether a review (or, for null, the whole device) holds evidence text: evidence notes, session notes or
 * sampled records, the quotes and details about people that a file must not carry unprotected. Counts
 * rows by index and reads no text. Undefined while loading; re-renders when any tab changes them.
 */
export function useHoldsEvidenceText(reviewId: string | null): boolean | undefined {
  return useLiveQuery(
    () =>
      read(async (db) => {
        const tables = [db.evidence, db.sessionNotes, db.recordReviewRows]
        const counts = await Promise.all(
          tables.map((table) => (reviewId === null ? table.count() : table.where('reviewId').equals(reviewId).count())),
        )
        return counts.some((count) => count > 0)
      }),
    [reviewId],
  )
}

import { findScale } from '#domain/scale/catalogue'
import { parseScale } from '#domain/scale/parse'
import { getDatabase } from './database'
import { finalScoresTables, refreshFinalScores } from './final-scores-store'
import { toStorageError } from './storage-error'

/**
 * Takes the results snapshots final reviews are missing (finalised before snapshots existed, or loaded as demo
 * data). Loaded only when one is missing, as it needs every scale. Not a change to back up: the snapshot is
 * worked out from rows already on the device, so it bypasses the change marker.
 */
export async function backfillFinalScores(reviewIds: readonly string[]): Promise<void> {
  const db = getDatabase()
  try {
    await db.transaction('rw', [...finalScoresTables(db), db.importedScales], async () => {
      const imported = (await db.importedScales.toArray()).flatMap((row) => {
        const result = parseScale(row.data)
        return result.ok ? [result.scale] : []
      })
      await refreshFinalScores(db, reviewIds, (review) => findScale(review.scaleId, review.scaleVersion, imported))
    })
  } catch (e) {
    throw toStorageError(e)
  }
}

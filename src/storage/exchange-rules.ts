import type { ImportedScale } from '#domain/scale/imported'
import type { ImportWrites } from '#domain/import/plan'
import { describeRuleBreaks, importRuleBreaks } from '#domain/import/rules'
import { reviewLabel } from '#domain/import/labels'
import { ReviewSchema, type Review } from '#domain/review/review'
import { findScale } from '#domain/scale/catalogue'
import { type ScaleFile } from '#domain/scale/schema'
import { parseScale } from '#domain/scale/parse'
import { TeamSchema, type Team } from '#domain/review/team'
import type { ReviewDatabase } from './database'
import { readScores } from './exchange-read'
import { parseRows } from './repo-helpers'
import { StorageError } from './storage-error'
import { refreshFinalScores } from './final-scores-store'

const scaleKey = (id: string, version: string) => JSON.stringify([id, version])

/** The imported scales the reviews pin, from the import and the device, parsed; bundled ones need none. */
function importedScalesFor(reviews: readonly Review[], rows: readonly ImportedScale[]): ScaleFile[] {
  const wanted = new Set(
    reviews.filter((r) => !findScale(r.scaleId, r.scaleVersion)).map((r) => scaleKey(r.scaleId, r.scaleVersion)),
  )
  return rows.flatMap((row) => {
    if (!wanted.has(scaleKey(row.id, row.version))) return []
    const parsed = parseScale(row.data)
    return parsed.ok ? [parsed.scale] : []
  })
}

/** The reviews whose state an import changes: those it writes, or writes ratings or consensus for. */
export function reviewsToCheck(writes: ImportWrites): string[] {
  return [
    ...new Set([
      ...writes.reviews.map((r) => r.id),
      ...writes.ratings.map((r) => r.reviewId),
      ...writes.consensus.map((c) => c.reviewId),
    ]),
  ]
}

/**
 * Refuses, inside the import's transaction, an import that would leave a review breaking one of the
 * review rules (review-rules.ts) that held on the device before: judged on the device's rows as they
 * are now, with the user's conflict choices made. Throws StorageError 'invalid' naming the rules.
 * Call it only with reviews to check (reviewsToCheck): an await with no request pending commits the transaction.
 */
export async function assertReviewRulesHold(
  db: ReviewDatabase,
  writes: ImportWrites,
  ids: readonly string[],
): Promise<void> {
  // Every read at once: a transaction commits early if its callback awaits with no request pending.
  const [stored, scores, scalesOnDevice] = await Promise.all([
    db.reviews.bulkGet([...ids]),
    readScores(db, ids),
    db.importedScales.toArray(),
  ])
  const onDevice = parseRows(
    ReviewSchema,
    stored.filter((row) => row !== undefined),
    'review (table reviews)',
  )
  const reviews = [...writes.reviews, ...onDevice]
  const imported = importedScalesFor(reviews, [...writes.importedScales, ...scalesOnDevice])
  const scaleOf = (review: Review): ScaleFile | null => findScale(review.scaleId, review.scaleVersion, imported) ?? null
  const breaks = importRuleBreaks(writes, { reviews: onDevice, ...scores }, scaleOf)
  if (breaks.length === 0) return

  const teamIds = [...new Set(breaks.map(({ review }) => review.teamId))]
  const storedTeams = (await db.teams.bulkGet(teamIds)).filter((row) => row !== undefined)
  const teams = new Map<string, Team>(
    [...parseRows(TeamSchema, storedTeams, 'team (table teams)'), ...writes.teams].map((t) => [t.id, t]),
  )
  const label = (review: Review) =>
    reviewLabel(review, {
      team: (id) => teams.get(id),
      review: () => review,
      item: () => undefined,
      scale: scaleOf,
      inBackup: false,
    })
  throw new StorageError('invalid', describeRuleBreaks(breaks, label).join(' '))
}

/**
 * After an import's rows are written, in its transaction: each review it touched has its results snapshot taken
 * again (or dropped), from the rows now on the device and the scales there, which include the file's own.
 */
export async function refreshFinalScoresAfterImport(db: ReviewDatabase, ids: readonly string[]): Promise<void> {
  const [stored, scalesOnDevice] = await Promise.all([db.reviews.bulkGet([...ids]), db.importedScales.toArray()])
  const reviews = parseRows(
    ReviewSchema,
    stored.filter((row) => row !== undefined),
    'review (table reviews)',
  )
  const imported = importedScalesFor(reviews, scalesOnDevice)
  await refreshFinalScores(db, ids, (review) => findScale(review.scaleId, review.scaleVersion, imported))
}

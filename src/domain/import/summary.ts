import type { ExchangeFile } from '#domain/exchange/file'
import type { ImportedScale } from '#domain/scale/imported'
import { reviewLabel, type LabelContext } from './labels'
import { formatReportDate, formatVisitDates } from '#domain/text/dates'
import { plural } from '#domain/text/plural'
import type { Review } from '#domain/review/review'

/** What the file is, in a line: "Review of Northgate CRT (20-21 November 2026)" or "Backup made on …". */
export function planTitle(file: ExchangeFile, ctx: LabelContext): string {
  if (file.kind === 'review') {
    const review = file.data.reviews.find((r) => r.id === file.reviewId)
    return review ? reviewLabel(review, ctx) : 'A review'
  }
  return (
    `Backup made on ${formatReportDate(file.createdAt.slice(0, 10))}: ` +
    `${plural(file.data.reviews.length, 'review')} of ${plural(file.data.teams.length, 'team')}`
  )
}

/**
 * Why the import cannot go ahead at all. A review pinned to a scale this device does not have (not
 * bundled, not imported, not in the file) could not be opened, so nothing is imported until it is.
 */
export function importBlockers(
  reviews: readonly Review[],
  scalesInFile: readonly ImportedScale[],
  isScaleAvailable: (id: string, version: string) => boolean,
  ctx: LabelContext,
): string[] {
  const key = (id: string, version: string) => JSON.stringify([id, version])
  const inFile = new Set(scalesInFile.map((scale) => key(scale.id, scale.version)))
  const byScale = new Map<string, Review[]>()
  for (const review of reviews) {
    const scale = key(review.scaleId, review.scaleVersion)
    if (inFile.has(scale) || isScaleAvailable(review.scaleId, review.scaleVersion)) continue
    byScale.set(scale, [...(byScale.get(scale) ?? []), review])
  }
  return [...byScale.values()].flatMap(([first, ...others]) => {
    if (!first) return []
    const team = ctx.team(first.teamId)?.name ?? 'an unnamed team'
    const which =
      others.length === 0
        ? `The review of ${team} (${formatVisitDates(first.visitStart, first.visitEnd)}) uses`
        : `${others.length + 1} reviews, including the review of ${team}, use`
    return [
      `${which} scale ${first.scaleId} version ${first.scaleVersion}, which is not on this device. Import that scale first.`,
    ]
  })
}

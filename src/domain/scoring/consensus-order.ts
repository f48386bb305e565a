import type { Rating } from '#domain/review/rating'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { itemsInScaleOrder } from './results'

export interface DisagreementRow {
  item: ScaleItem
  a: Rating | undefined
  b: Rating | undefined
  /** |a - b| when both reviewers have scored the item, otherwise null. */
  difference: number | null
}

/**
 * The consensus agenda: the largest difference first, down to items on which the reviewers agree
 * (difference 0); ties in scale order. Items that one or both reviewers have not scored
 * (difference null) come last, in scale order: there is no disagreement to discuss yet, and the
 * blind rating normally finishes before consensus starts, so they are the exception, not the agenda.
 */
export function orderByDisagreement(
  scale: ScaleFile,
  ratingsA: readonly Rating[],
  ratingsB: readonly Rating[],
): DisagreementRow[] {
  const rows = itemsInScaleOrder(scale).map((item, order) => {
    const a = ratingsA.find((r) => r.itemId === item.id)
    const b = ratingsB.find((r) => r.itemId === item.id)
    const difference = a?.score != null && b?.score != null ? Math.abs(a.score - b.score) : null
    return { row: { item, a, b, difference }, order }
  })
  const rank = (difference: number | null) => (difference === null ? -1 : difference)
  return rows.sort((x, y) => rank(y.row.difference) - rank(x.row.difference) || x.order - y.order).map(({ row }) => row)
}

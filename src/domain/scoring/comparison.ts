import type { Review } from '#domain/review/review'
import type { ReviewResults } from './results'
import type { FidelityBand, ScaleItem } from '#domain/scale/schema'

/** Orders reviews by first visit day, then last visit day (ISO dates compare as strings). */
function visitCompare(a: Pick<Review, 'visitStart' | 'visitEnd'>, b: Pick<Review, 'visitStart' | 'visitEnd'>) {
  return a.visitStart.localeCompare(b.visitStart) || a.visitEnd.localeCompare(b.visitEnd)
}

export interface ComparisonBasis {
  /** The previous final review of the same type: the only review a change is worked out against. */
  previous: Review | undefined
  /**
   * Final reviews of the other type since `previous` (newest first), shown beside the comparison under
   * their own name and never subtracted: a team scoring itself is not measured like an outside review.
   * With no `previous`, only the newest one before this review.
   */
  alongside: Review[]
}

/**
 * What a review is compared with, like for like: an independent review with the previous final independent
 * review, a self-assessment with the previous final self-assessment. Training exercises rate a practice case,
 * so they neither count nor are compared.
 */
export function comparisonBasis(reviews: readonly Review[], current: Review): ComparisonBasis {
  if (current.type === 'training') return { previous: undefined, alongside: [] }
  const earlier = reviews
    .filter(
      (r) =>
        r.id !== current.id &&
        r.teamId === current.teamId &&
        r.status === 'final' &&
        r.type !== 'training' &&
        r.visitStart < current.visitStart,
    )
    .sort((a, b) => visitCompare(b, a))
  const previous = earlier.find((r) => r.type === current.type)
  const others = earlier.filter((r) => r.type !== current.type)
  const alongside = previous ? others.filter((r) => visitCompare(r, previous) > 0) : others.slice(0, 1)
  return { previous, alongside }
}

/** The review a change is worked out against: the same team's previous final review of the same type. */
export function previousFinalReview(reviews: readonly Review[], current: Review): Review | undefined {
  return comparisonBasis(reviews, current).previous
}

export type BandDirection = 'up' | 'down' | 'same'

export interface BandChange {
  from: FidelityBand | null
  to: FidelityBand | null
  /** null when either review has no band (not every item scored). */
  direction: BandDirection | null
}

export interface ItemChange {
  item: ScaleItem
  previous: number | null
  current: number | null
  /** current - previous, when both are scored. */
  change: number | null
}

export interface ResultsComparison {
  items: ItemChange[]
  /** Only when both reviews are complete: a partial total is not comparable. */
  totalChange: number | null
  bandChange: BandChange
}

/**
 * Items are matched by id, which is stable across scale versions, so a review on the US version
 * compares with one on the UK version. Bands are compared by their lower edge for the same reason.
 */
export function compareResults(current: ReviewResults, previous: ReviewResults): ResultsComparison {
  const previousScores = new Map(previous.scores.map((entry) => [entry.item.id, entry.score]))
  const items = current.scores.map(({ item, score }): ItemChange => {
    const before = previousScores.get(item.id) ?? null
    return { item, previous: before, current: score, change: before !== null && score !== null ? score - before : null }
  })
  const from = previous.band
  const to = current.band
  const direction: BandDirection | null =
    from && to ? (to.min > from.min ? 'up' : to.min < from.min ? 'down' : 'same') : null
  return {
    items,
    totalChange: current.complete && previous.complete ? current.total - previous.total : null,
    bandChange: { from, to, direction },
  }
}

/** "+1", "-2", "0" or "" (not comparable): the sign matters to a reader, so it is always shown. */
export function formatChange(change: number | null): string {
  if (change === null) return ''
  return change > 0 ? `+${change}` : String(change)
}

/** "from Good fidelity to Exemplary fidelity", "still Good fidelity", or null when not comparable. */
export function describeBandChange(change: BandChange): string | null {
  if (!change.from || !change.to || change.direction === null) return null
  if (change.direction === 'same') return `still ${change.to.label}`
  return `from ${change.from.label} to ${change.to.label}`
}

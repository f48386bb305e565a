import type { ScaleFile } from '#domain/scale/schema'
import { formatDate } from '../../ui/format'

/** "IPS Fidelity Scale (UK version), version 1.0.0", or the bare id and version when the scale is not on this device. */
export function describeScale(pinned: { scaleId: string; scaleVersion: string }, scale: ScaleFile | undefined): string {
  return scale
    ? `${scale.title}, version ${scale.version}`
    : `${pinned.scaleId}, version ${pinned.scaleVersion} (not on this device)`
}

/** "2 March 2026" for a one-day visit, "2 March 2026 to 3 March 2026" for a longer one. */
export function describeVisit(review: { visitStart: string; visitEnd: string }): string {
  return review.visitStart === review.visitEnd
    ? formatDate(review.visitStart)
    : `${formatDate(review.visitStart)} to ${formatDate(review.visitEnd)}`
}

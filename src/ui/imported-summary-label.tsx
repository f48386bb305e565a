import type { Review } from '#domain/review/review'
import { IMPORTED_SUMMARY_LABEL, isImportedSummary } from '#domain/scoring/review-rules'

/** The label every screen showing a review gives an imported summary (docs/decisions/0025); nothing otherwise. */
export function ImportedSummaryLabel({ review }: { review: Pick<Review, 'source'> }) {
  if (!isImportedSummary(review)) return null
  return <p className="imported-summary-label">{IMPORTED_SUMMARY_LABEL}</p>
}

import type { HistoryPoint } from '#domain/scoring/history'

/** Review types on the history; the marker shape and this text both say which is which. */
export const reviewKindLabels: Record<HistoryPoint['type'], string> = {
  independent: 'Independent review',
  'self-assessment': 'Self-assessment',
}

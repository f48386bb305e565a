import type { TrainingComparison } from '#domain/training/comparison'
import { formatPercent } from '#domain/review/agreement'
import { signed } from './trainee'
import { DetailsList } from '../../ui/details-list'

function describeTotal(comparison: TrainingComparison): string {
  const { traineeTotal, referenceTotal, totalDifference } = comparison
  if (traineeTotal === null || totalDifference === null) {
    return `No total yet: not every item is rated. The reference total is ${referenceTotal}.`
  }
  const gap =
    totalDifference === 0
      ? 'the same as the reference'
      : `${Math.abs(totalDifference)} ${totalDifference > 0 ? 'above' : 'below'} the reference (${signed(totalDifference)})`
  return `Your total ${traineeTotal}, reference total ${referenceTotal}: ${gap}.`
}

function describeBand(comparison: TrainingComparison): string {
  const { traineeBand, referenceBand, bandMatch } = comparison
  if (traineeBand === null || bandMatch === null) return `No band yet. The reference band is ${referenceBand.label}.`
  return bandMatch
    ? `Yours: ${traineeBand.label}; reference: ${referenceBand.label}. The bands match.`
    : `Yours: ${traineeBand.label}; reference: ${referenceBand.label}. The bands differ.`
}

/** The headline figures: agreement, total and band against the reference. */
export function ComparisonOverall({ comparison, itemCount }: { comparison: TrainingComparison; itemCount: number }) {
  const { itemsCompared, exactCount, exactPercent, withinOneCount, withinOnePercent } = comparison
  const rows: [string, string][] = [
    ['Exact agreement', `${exactCount} of ${itemsCompared} items (${formatPercent(exactPercent)})`],
    ['Within one point', `${withinOneCount} of ${itemsCompared} items (${formatPercent(withinOnePercent)})`],
    ['Total', describeTotal(comparison)],
    ['Band', describeBand(comparison)],
  ]
  return (
    <section aria-labelledby="overall-heading">
      <h2 id="overall-heading">Overall</h2>
      {itemsCompared < itemCount && (
        <p className="training-warning" role="note">
          Not all items are rated: {itemsCompared} of {itemCount} are compared, and there is no total or band for your
          scores.
        </p>
      )}
      <DetailsList rows={rows} className="training-overall" />
    </section>
  )
}

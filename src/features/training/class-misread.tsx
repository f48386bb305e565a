import type { ClassItemSummary } from '#domain/training/class-summary'

function direction(meanDifference: number | null): string {
  if (meanDifference === null || Math.abs(meanDifference) < 0.05) return 'with no overall lean'
  const size = Math.abs(meanDifference).toFixed(1)
  return meanDifference > 0 ? `on average ${size} above the reference` : `on average ${size} below the reference`
}

/** The items the class most often scored differently from the reference, and which way. */
export function ClassMisread({ items }: { items: readonly ClassItemSummary[] }) {
  if (items.length === 0) return <p>Every trainee matched the reference on every item they rated.</p>
  return (
    <ol className="class-misread">
      {items.map((entry) => (
        <li key={entry.item.id}>
          <strong>
            {entry.item.number}. {entry.item.title}
          </strong>
          : misread by {entry.misreadCount} of {entry.ratedCount}, {direction(entry.meanDifference)} (reference{' '}
          {entry.referenceScore}; mean distance {(entry.meanAbsoluteDifference ?? 0).toFixed(1)} points).
        </li>
      ))}
    </ol>
  )
}

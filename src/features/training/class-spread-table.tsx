import type { ClassItemSummary } from '#domain/training/class-summary'
import { formatMeanDifference } from '#domain/training/class-report'
import { ScrollRegion } from '../../ui/scroll-region'

const SCORES = [1, 2, 3, 4, 5] as const

/**
 * How many trainees gave each score, item by item. The reference score's cell is marked with a heavy
 * border and the word "reference", so it is found without relying on colour.
 */
export function ClassSpreadTable({
  items,
  traineeCount,
}: {
  items: readonly ClassItemSummary[]
  traineeCount: number
}) {
  return (
    <ScrollRegion label="Trainees’ scores by item">
      <table className="data class-spread">
        <caption className="visually-hidden">Trainees’ scores for each item, with the reference score marked</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            {SCORES.map((score) => (
              <th key={score} scope="col" className="class-spread__score">
                <span className="visually-hidden">Scored </span>
                {score}
              </th>
            ))}
            <th scope="col">Reference</th>
            <th scope="col">Misread</th>
            <th scope="col">Mean difference</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.item.id}>
              <th scope="row">
                {entry.item.number}. {entry.item.title}
              </th>
              {SCORES.map((score) => {
                const count = entry.counts[score - 1] ?? 0
                const isReference = score === entry.referenceScore
                return (
                  <td key={score} className={isReference ? 'class-spread__reference' : undefined}>
                    {count}
                    {isReference && <span className="class-spread__mark"> reference</span>}
                    {count > 0 && (
                      <span
                        className="class-spread__bar"
                        aria-hidden="true"
                        style={{ width: `${Math.round((count / Math.max(traineeCount, 1)) * 100)}%` }}
                      />
                    )}
                  </td>
                )
              })}
              <td>{entry.referenceScore}</td>
              <td>
                {entry.misreadCount} of {entry.ratedCount}
              </td>
              <td>{formatMeanDifference(entry.meanDifference) || 'None rated'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

import { formatChange, type ResultsComparison } from '#domain/scoring/comparison'
import type { ReviewResults } from '#domain/scoring/results'
import { itemName } from './describe-results'
import { ScrollRegion } from '../../ui/scroll-region'

const scoreText = (score: number | null) => (score === null ? 'Not rated' : String(score))

/** The item scores as a table: the chart's text alternative, and where the previous scores are read. */
export function ItemScoreTable({
  results,
  comparison,
  networkMedians,
}: {
  results: ReviewResults
  comparison: ResultsComparison | null
  /** The network's median per item id, shown beside the scores when given. */
  networkMedians?: ReadonlyMap<string, number | null>
}) {
  const changes = new Map(comparison?.items.map((row) => [row.item.id, row]) ?? [])
  return (
    <ScrollRegion label="Item scores">
      <table className="results-table">
        <caption>Item scores</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Score</th>
            {comparison && (
              <>
                <th scope="col">Previous</th>
                <th scope="col">Change</th>
              </>
            )}
            {networkMedians && <th scope="col">Network median</th>}
          </tr>
        </thead>
        <tbody>
          {results.scores.map(({ item, score }) => {
            const row = changes.get(item.id)
            return (
              <tr key={item.id}>
                <th scope="row">{itemName(item)}</th>
                <td>{scoreText(score)}</td>
                {comparison && (
                  <>
                    <td>{row?.previous == null ? 'Not rated' : row.previous}</td>
                    <td>{formatChange(row?.change ?? null) || '–'}</td>
                  </>
                )}
                {networkMedians && <td>{scoreText(networkMedians.get(item.id) ?? null)}</td>}
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

import type { ItemComparison } from '#domain/training/comparison'
import { signed } from './trainee'
import { ScrollRegion } from '../../ui/scroll-region'

function agreement(row: ItemComparison): string {
  if (row.traineeScore === null) return 'Not rated'
  if (row.exact) return 'Agrees'
  return row.withinOne ? 'Within one point' : 'Differs by more than one point'
}

/** Every item: the trainee's score beside the reference, the difference, and the reference's reasoning. */
export function ComparisonItems({ items }: { items: readonly ItemComparison[] }) {
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">Item by item</h2>
      <p className="muted">
        A positive difference means you scored above the reference. Items marked “near a boundary” have evidence close
        to the line between two anchors: the reasoning says which way it falls and why.
      </p>
      <ScrollRegion label="Your scores against the reference">
        <table className="data training-comparison-table">
          <caption className="visually-hidden">Your scores against the reference, item by item</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Your score</th>
              <th scope="col">Reference</th>
              <th scope="col">Difference</th>
              <th scope="col">Reference reasoning</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr
                key={row.item.id}
                className={row.traineeScore !== null && !row.withinOne ? 'training-row--far' : undefined}
              >
                <th scope="row">
                  {row.item.number}. {row.item.title}
                </th>
                <td>{row.traineeScore ?? 'Not rated'}</td>
                <td>{row.reference.score}</td>
                <td>
                  {row.difference === null ? '' : signed(row.difference)}
                  <span className="training-agreement">{agreement(row)}</span>
                </td>
                <td>
                  {row.reference.nearBoundary && <strong className="badge training-boundary">Near a boundary</strong>}{' '}
                  {row.reference.reasoning}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}

import type { ReviewResults } from '#domain/scoring/results'
import { itemName } from './describe-results'

/** Items at 5 (strengths) and items at 3 or below (priorities for the action plan), lowest first. */
export function StrengthsAndPriorities({ results }: { results: ReviewResults }) {
  const scoreOf = new Map(results.scores.map((entry) => [entry.item.id, entry.score]))
  return (
    <div className="results-lists">
      <section aria-labelledby="strengths-heading">
        <h2 id="strengths-heading">Strengths</h2>
        <p className="field-hint">Items scored 5.</p>
        {results.strengths.length === 0 ? (
          <p className="muted">No item is scored 5{results.complete ? '' : ' yet'}.</p>
        ) : (
          <ul>
            {results.strengths.map((item) => (
              <li key={item.id}>{itemName(item)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="priorities-heading">
        <h2 id="priorities-heading">Priorities</h2>
        <p className="field-hint">Items scored 3 or below, lowest first.</p>
        {results.priorities.length === 0 ? (
          <p className="muted">No item is scored 3 or below{results.complete ? '' : ' yet'}.</p>
        ) : (
          <ul>
            {results.priorities.map((item) => (
              <li key={item.id}>
                {itemName(item)}: scored {scoreOf.get(item.id)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

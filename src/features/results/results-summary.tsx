import type { ReviewResults } from '#domain/scoring/results'
import { describeBand } from './describe-results'

/** The total and band, or, while any item is unscored, a provisional notice and never a band. */
export function ResultsSummary({ results, pair }: { results: ReviewResults; pair: boolean }) {
  const max = results.itemCount * 5
  return (
    <div className="results-summary">
      {results.band ? (
        <>
          <p className="results-total">
            Total <strong className="results-total__number">{results.total}</strong> of {max}
          </p>
          <p className="results-band">{describeBand(results.band)}</p>
        </>
      ) : (
        <div className="results-provisional" role="note" aria-label="Provisional">
          <p>
            <strong>Provisional: {`${results.ratedCount} of ${results.itemCount} rated`}.</strong>{' '}
            {pair ? 'Only agreed consensus scores count.' : ''} The band is shown once every item is scored.
          </p>
          <p className="results-total">
            Provisional total <strong className="results-total__number">{results.total}</strong> from the rated items
          </p>
        </div>
      )}
      <h2>Sections</h2>
      <ul className="results-sections" aria-label="Section subtotals">
        {results.sections.map((section) => (
          <li key={section.sectionId}>
            <span className="results-sections__title">{section.title}</span> {`${section.total} of ${section.max}`}
            {section.ratedCount < section.itemCount && (
              <span className="muted"> ({`${section.ratedCount} of ${section.itemCount} items rated`})</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

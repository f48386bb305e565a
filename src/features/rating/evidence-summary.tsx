import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { evidenceSourceLabels, type EvidenceEntry } from '#domain/review/evidence'
import type { Suggestion } from '#domain/calculators/inputs'

const SHORT = 280

function shorten(note: string) {
  const text = note.trim()
  return text.length > SHORT ? `${text.slice(0, SHORT).trimEnd()}…` : text
}

/** What was found for the item and what the calculator makes of it, read-only beside the score. */
export function EvidenceSummary({
  reviewId,
  itemId,
  entries,
  suggestion,
}: {
  reviewId: string
  itemId: string
  entries: readonly EvidenceEntry[] | undefined
  suggestion: Suggestion | null
}) {
  return (
    <section className="rating-evidence" aria-labelledby="rating-evidence-heading">
      <h2 id="rating-evidence-heading">Evidence</h2>
      {entries === undefined ? (
        <p aria-busy="true">Loading evidence…</p>
      ) : entries.length === 0 ? (
        <p className="muted">No evidence recorded for this item.</p>
      ) : (
        <ul className="rating-evidence__list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <strong>
                {evidenceSourceLabels[entry.source]}
                {entry.intervieweeRole ? ` (${entry.intervieweeRole})` : ''}:
              </strong>{' '}
              <span className="pre-wrap">{shorten(entry.note) || <em>No note</em>}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={paths.reviewItem(reviewId, itemId)}>Open this item’s evidence</Link>
      </p>
      <h3>Calculator</h3>
      {suggestion === null ? (
        <p className="muted">No calculator values entered for this item.</p>
      ) : suggestion.status === 'suggested' ? (
        <>
          <p>
            Suggested anchor: <strong>{suggestion.anchor}</strong> ({suggestion.arithmetic}; {suggestion.rule}). It is
            only a suggestion: you choose the score.
          </p>
          {/* Such as a specialist whose own caseload is over the team's band (item 1). */}
          {suggestion.flags?.map((flag) => (
            <p key={flag}>To weigh: {flag}</p>
          ))}
        </>
      ) : (
        <p className="muted">No suggestion: {suggestion.reason}</p>
      )}
    </section>
  )
}

import type { Suggestion } from '#domain/calculators/inputs'

/** The calculator's answer in words. It is only ever a suggestion: nothing here writes a rating. */
export function SuggestionView({ suggestion, blocked }: { suggestion: Suggestion | null; blocked: boolean }) {
  return (
    <div className="suggestion" role="status" aria-live="polite">
      {blocked ? (
        <p>No suggestion: correct the values marked above first.</p>
      ) : suggestion?.status === 'suggested' ? (
        <>
          <p className="suggestion__anchor">Suggested anchor: {suggestion.anchor}</p>
          <p>
            <span className="suggestion__label">Arithmetic:</span> {suggestion.arithmetic}
          </p>
          <p>
            <span className="suggestion__label">Rule:</span> {suggestion.rule}
          </p>
          {suggestion.flags?.map((flag) => (
            <p key={flag} className="suggestion__flag">
              <span className="suggestion__label">To weigh:</span> {flag}
            </p>
          ))}
        </>
      ) : suggestion ? (
        <p>No suggestion yet: {suggestion.reason}</p>
      ) : null}
      <p className="muted">
        The suggestion never sets the score: you choose the rating yourself when you rate the item.
      </p>
    </div>
  )
}

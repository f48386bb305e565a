import type { CalculatorExplanation } from '#domain/calculators/explanation'

/** The calculator's inputs, rule and anchors in words, for the "How the calculator works" box. */
export function CalculatorExplanationText({ explanation }: { explanation: CalculatorExplanation }) {
  return (
    <>
      {explanation.inputs.length > 0 && (
        <>
          <p className="suggestion__label">You enter:</p>
          <ul>
            {explanation.inputs.map((input) => (
              <li key={input}>{input}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <span className="suggestion__label">Rule:</span> {explanation.method}
      </p>
      {explanation.rows.length > 0 && (
        <table className="calculator__anchors">
          <caption>Values and the anchor they suggest</caption>
          <thead>
            <tr>
              <th scope="col">Anchor</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {explanation.rows.map((row) => (
              <tr key={`${row.anchor}-${row.condition}`}>
                <td>{row.anchor}</td>
                <td>{row.condition}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {explanation.conditions.map((condition) => (
        <p key={condition}>{condition}</p>
      ))}
      {explanation.ruleNote && (
        <p className="rule-note">
          <span className="suggestion__label">Where the published scale is open, this scale file says:</span>{' '}
          {explanation.ruleNote}
        </p>
      )}
    </>
  )
}

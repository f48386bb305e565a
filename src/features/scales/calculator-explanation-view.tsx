import { explainCalculator } from '#domain/calculators/explanation'
import type { Calculator } from '#domain/scale/schema'

export function CalculatorExplanationView({ calculator }: { calculator: Calculator }) {
  const explanation = explainCalculator(calculator)
  return (
    <div className="calculator-explanation">
      {explanation.inputs.length > 0 && <p>You enter: {explanation.inputs.join('; ')}.</p>}
      <p>{explanation.method}</p>
      {explanation.rows.length > 0 && (
        <table>
          <caption className="visually-hidden">Values and the anchor they suggest</caption>
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
          <strong>Rule chosen where the published scale is open:</strong> {explanation.ruleNote}
        </p>
      )}
      <p className="muted">The calculator only suggests an anchor: the reviewer always decides the rating.</p>
    </div>
  )
}

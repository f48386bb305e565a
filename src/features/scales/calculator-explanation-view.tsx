import { explainCalculator } from '#domain/calculators/explanation'
import type { Calculator } from '#domain/scale/schema'
import { CalculatorAnchorTable } from '../../ui/scale-text'

export function CalculatorExplanationView({ calculator }: { calculator: Calculator }) {
  const explanation = explainCalculator(calculator)
  return (
    <div className="calculator-explanation">
      {explanation.inputs.length > 0 && <p>You enter: {explanation.inputs.join('; ')}.</p>}
      <p>{explanation.method}</p>
      <CalculatorAnchorTable explanation={explanation} captionClassName="visually-hidden" />
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

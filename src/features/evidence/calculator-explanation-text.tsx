import type { CalculatorExplanation } from '#domain/calculators/explanation'
import { CalculatorAnchorTable } from '../../ui/scale-text'

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
      <CalculatorAnchorTable explanation={explanation} className="calculator__anchors" />
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

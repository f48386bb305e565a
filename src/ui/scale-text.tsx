import type { CalculatorExplanation } from '#domain/calculators/explanation'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'

/**
 * An item's five anchors, read the same way wherever they appear: the scale browser shows them 1 to 5 as
 * cards side by side; the evidence workspace lists them 5 to 1 beside the notes.
 */
export function AnchorList({
  item,
  order,
  className,
  scoreClassName,
  itemClassName,
}: {
  item: ScaleItem
  order: 'ascending' | 'descending'
  className: string
  scoreClassName: string
  itemClassName?: string
}) {
  const anchors = [...item.anchors].sort((a, b) => (order === 'ascending' ? a.score - b.score : b.score - a.score))
  return (
    <ol className={className} aria-label={`Anchors for item ${item.number}`}>
      {anchors.map((anchor) => (
        <li key={anchor.score} className={itemClassName} value={anchor.score}>
          <span className={scoreClassName} aria-hidden="true">
            {anchor.score}
          </span>
          <span className="visually-hidden">Anchor {anchor.score}: </span>
          <span>{anchor.text}</span>
        </li>
      ))}
    </ol>
  )
}

/** An item's expected data sources, each with what to look at and whom to ask. */
export function EvidencePromptList({
  scale,
  item,
  className,
}: {
  scale: ScaleFile
  item: ScaleItem
  className?: string
}) {
  const meaning = (code: string) => scale.dataSources.find((source) => source.code === code)?.meaning ?? code
  return (
    <dl className={className}>
      {item.dataSources.map((code) => (
        <div key={code}>
          <dt>
            <abbr title={meaning(code)}>{code}</abbr> {meaning(code).split(':')[0]}
          </dt>
          {item.evidencePrompts
            .filter((prompt) => prompt.source === code)
            .map((prompt) => (
              <dd key={prompt.prompt}>{prompt.prompt}</dd>
            ))}
        </div>
      ))}
    </dl>
  )
}

/**
 * A calculator's values and the anchor each suggests, as a table, the same in the scale browser and in the
 * evidence workspace's "How the calculator works".
 */
export function CalculatorAnchorTable({
  explanation,
  className,
  captionClassName,
}: {
  explanation: Pick<CalculatorExplanation, 'rows'>
  className?: string
  captionClassName?: string
}) {
  if (explanation.rows.length === 0) return null
  return (
    <table className={className}>
      <caption className={captionClassName}>Values and the anchor they suggest</caption>
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
  )
}

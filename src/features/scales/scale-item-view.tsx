import type { ScaleFile, ScaleItem } from '../../domain/scale-schema'
import { CalculatorExplanationView } from './calculator-explanation-view'
import { ProvenanceBadge } from './provenance-badge'

/** One item of a scale as a reviewer reads it: criterion, anchors side by side, sources, prompts, calculator, provenance. */
export function ScaleItemView({ scale, item }: { scale: ScaleFile; item: ScaleItem }) {
  const section = scale.sections.find((candidate) => candidate.id === item.sectionId)
  const sourceMeaning = (code: string) => scale.dataSources.find((source) => source.code === code)?.meaning ?? code
  return (
    <article className="scale-item" aria-labelledby="item-heading">
      <p className="scale-item__eyebrow">
        {section?.title} {item.sectionNumber} · item {item.number} of {scale.items.length} · {scale.title}, version{' '}
        {scale.version}
      </p>
      <h1 id="item-heading">
        {item.number}. {item.title}
      </h1>
      <ProvenanceBadge status={item.provenance.status} />

      <h2>Criterion</h2>
      <p>{item.criterion}</p>

      <h2>Anchors</h2>
      <ol className="anchors" aria-label={`Anchors for item ${item.number}`}>
        {item.anchors.map((anchor) => (
          <li key={anchor.score} className="anchor" value={anchor.score}>
            <span className="anchor__score" aria-hidden="true">
              {anchor.score}
            </span>
            <span className="visually-hidden">Anchor {anchor.score}: </span>
            <span>{anchor.text}</span>
          </li>
        ))}
      </ol>

      <h2>Data sources and evidence prompts</h2>
      <dl className="prompts">
        {item.dataSources.map((code) => (
          <div key={code}>
            <dt>
              <abbr title={sourceMeaning(code)}>{code}</abbr> {sourceMeaning(code)}
            </dt>
            {item.evidencePrompts
              .filter((prompt) => prompt.source === code)
              .map((prompt) => (
                <dd key={prompt.prompt}>{prompt.prompt}</dd>
              ))}
          </div>
        ))}
      </dl>

      {item.calculator && item.calculator.kind !== 'ordinal' && (
        <>
          <h2>How the calculator suggests an anchor</h2>
          <CalculatorExplanationView calculator={item.calculator} />
        </>
      )}

      <h2>Where this item comes from</h2>
      <p>{item.provenance.source}</p>
      <p>{item.provenance.note}</p>
    </article>
  )
}

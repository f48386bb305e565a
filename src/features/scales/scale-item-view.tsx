import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { CalculatorExplanationView } from './calculator-explanation-view'
import { ProvenanceBadge } from './provenance-badge'
import { describeItemPosition } from '#domain/scale/search'
import { AnchorList, EvidencePromptList } from '../../ui/scale-text'

/** One item of a scale as a reviewer reads it: criterion, anchors side by side, sources, prompts, calculator, provenance. */
export function ScaleItemView({ scale, item }: { scale: ScaleFile; item: ScaleItem }) {
  return (
    <article className="scale-item" aria-labelledby="item-heading">
      <p className="scale-item__eyebrow">{describeItemPosition(scale, item)}</p>
      <h1 id="item-heading">
        {item.number}. {item.title}
      </h1>
      <ProvenanceBadge status={item.provenance.status} />

      <h2>Criterion</h2>
      <p>{item.criterion}</p>

      <h2>Anchors</h2>
      <AnchorList item={item} order="ascending" className="anchors" itemClassName="anchor" scoreClassName="anchor__score" />

      <h2>Data sources and evidence prompts</h2>
      <EvidencePromptList scale={scale} item={item} className="prompts" />

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

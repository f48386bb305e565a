import { memo } from 'react'
import type { ScaleItem } from '#domain/scale/schema'
import { AnchorList } from '../../ui/scale-text'

/** The criterion and the five anchors, kept in view while collecting evidence (collapsible on a phone). */
export const AnchorsPanel = memo(function AnchorsPanel({ item }: { item: ScaleItem }) {
  return (
    <details className="anchors-panel" open>
      <summary>Criterion and anchors</summary>
      <p className="anchors-panel__criterion">{item.criterion}</p>
      <AnchorList
        item={item}
        order="descending"
        className="anchors-panel__list"
        scoreClassName="anchors-panel__score"
      />
    </details>
  )
})

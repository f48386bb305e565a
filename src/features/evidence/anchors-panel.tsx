import { memo } from 'react'
import type { ScaleItem } from '../../domain/scale-schema'

/** The criterion and the five anchors, kept in view while collecting evidence (collapsible on a phone). */
export const AnchorsPanel = memo(function AnchorsPanel({ item }: { item: ScaleItem }) {
  return (
    <details className="anchors-panel" open>
      <summary>Criterion and anchors</summary>
      <p className="anchors-panel__criterion">{item.criterion}</p>
      <ol className="anchors-panel__list" aria-label={`Anchors for item ${item.number}`}>
        {[...item.anchors]
          .sort((a, b) => b.score - a.score)
          .map((anchor) => (
            <li key={anchor.score}>
              <span className="anchors-panel__score" aria-hidden="true">
                {anchor.score}
              </span>
              <span className="visually-hidden">Anchor {anchor.score}: </span>
              <span>{anchor.text}</span>
            </li>
          ))}
      </ol>
    </details>
  )
})

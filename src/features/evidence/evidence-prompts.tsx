import { memo } from 'react'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'
import { EvidencePromptList } from '../../ui/scale-text'

/** What to look for, grouped by the data sources the scale expects for this item. */
export const EvidencePrompts = memo(function EvidencePrompts({ scale, item }: { scale: ScaleFile; item: ScaleItem }) {
  return (
    <details className="evidence-prompts" open>
      <summary>Data sources and evidence prompts</summary>
      <EvidencePromptList scale={scale} item={item} />
    </details>
  )
})

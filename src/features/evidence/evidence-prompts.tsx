import { memo } from 'react'
import type { ScaleFile, ScaleItem } from '../../domain/scale-schema'

/** What to look for, grouped by the data sources the scale expects for this item. */
export const EvidencePrompts = memo(function EvidencePrompts({ scale, item }: { scale: ScaleFile; item: ScaleItem }) {
  const meaning = (code: string) => scale.dataSources.find((source) => source.code === code)?.meaning ?? code
  return (
    <details className="evidence-prompts" open>
      <summary>Data sources and evidence prompts</summary>
      <dl>
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
    </details>
  )
})

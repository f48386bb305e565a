import { useState, type Ref } from 'react'
import type { EvidenceEntry } from '#domain/review/evidence'
import { AddEvidenceForm } from './add-evidence-form'
import { EvidenceEntryCard } from './evidence-entry-card'

interface Props {
  reviewId: string
  itemId: string
  entries: readonly EvidenceEntry[]
  sourceRef?: Ref<HTMLSelectElement>
}

/** The item's evidence entries, oldest first, with the form that adds one. */
export function EvidenceList({ reviewId, itemId, entries, sourceRef }: Props) {
  const [added, setAdded] = useState<string | null>(null)
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({entries.length})</h2>
      {entries.length === 0 ? (
        <p className="muted">No evidence for this item yet.</p>
      ) : (
        <ol className="evidence-list">
          {entries.map((entry, index) => (
            <EvidenceEntryCard key={entry.id} entry={entry} number={index + 1} focusOnMount={entry.id === added} />
          ))}
        </ol>
      )}
      <AddEvidenceForm reviewId={reviewId} itemId={itemId} onAdded={setAdded} sourceRef={sourceRef} />
    </section>
  )
}

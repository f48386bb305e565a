import { useState, type FormEvent, type Ref } from 'react'
import { evidenceSourceLabels, evidenceSources, type EvidenceSource } from '#domain/review/evidence'
import { evidenceRepo } from '../../storage/evidence-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError, SelectField } from '../../ui/form'

interface Props {
  reviewId: string
  itemId: string
  onAdded: (entryId: string) => void
  sourceRef?: Ref<HTMLSelectElement>
}

const options = evidenceSources.map((source) => ({ value: source, label: evidenceSourceLabels[source] }))

/**
 * Adds an entry at once, before anything is typed, so the note is saved from its first character.
 * The new entry's role or note field takes the focus.
 */
export function AddEvidenceForm({ reviewId, itemId, onAdded, sourceRef }: Props) {
  const [source, setSource] = useState<EvidenceSource>('interview')
  const { run, busy, failure } = useStorageAction('The entry was not added')

  function add(event: FormEvent) {
    event.preventDefault()
    return run(async () => {
      const entry = await evidenceRepo.addEntry({ reviewId, itemId, source, note: '' })
      onAdded(entry.id)
    })
  }

  return (
    <form className="add-evidence" onSubmit={(event) => void add(event)} aria-label="Add evidence">
      <SelectField
        ref={sourceRef}
        label="Source of the new evidence"
        options={options}
        value={source}
        onChange={(event) => setSource(event.target.value as EvidenceSource)}
      />
      <button type="submit" disabled={busy}>
        Add evidence
      </button>
      <FormError message={failure} />
    </form>
  )
}

import { useCallback, useState } from 'react'
import type { RecordReviewRow } from '#domain/review/evidence'
import type { SaveStatus } from '../../ui/use-autosave'
import type { RecordField } from './record-fields'

type State = SaveStatus['state']

/** The save state of a whole record from its fields' states: what a row or card says beside the record. */
export function useRecordRowStatus() {
  const [states, setStates] = useState<Partial<Record<RecordField, State>>>({})
  const onStatus = useCallback(
    (field: RecordField, state: State) => setStates((old) => (old[field] === state ? old : { ...old, [field]: state })),
    [],
  )
  const all = Object.values(states)
  const summary = all.includes('failed') ? 'Not saved' : all.includes('saving') ? 'Saving…' : 'Saved'
  return { onStatus, summary }
}

export interface RecordViewProps {
  row: RecordReviewRow
  number: number
  focusOnMount: boolean
}

/** The field a new record's cursor starts in. */
export const FIRST_FIELD: RecordField = 'entryDate'

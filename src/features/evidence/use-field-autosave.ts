import { useMemo } from 'react'
import { draftJournal } from '../../storage/draft-journal'
import { useAutosave, type AutosaveOptions } from '../../ui/use-autosave'

export type FieldAutosaveOptions = Omit<AutosaveOptions, 'journal'> & {
  reviewId: string
  record: string
  field: string
}

/** Autosave with this device's draft journal for one field of one record. */
export function useFieldAutosave({ reviewId, record, field, ...options }: FieldAutosaveOptions) {
  const journal = useMemo(() => draftJournal.field({ reviewId, record, field }), [reviewId, record, field])
  return useAutosave({ ...options, journal })
}

import { memo, useMemo } from 'react'
import { draftJournal } from '../../storage/draft-journal'
import { describeSaveFailure } from '../../storage/storage-error'
import { AutosaveTextField } from '../../ui/autosave-text-field'
import { planDraftRecord } from './plan-drafts'

interface Props {
  reviewId: string
  entryId: string
  field: 'recommendation' | 'action' | 'owner'
  label: string
  hint?: string
  multiline?: boolean
  maxLength: number
  stored: string
  storedAt: string
  save: (value: string) => Promise<void>
}

/**
 * A text field of the action plan that saves as the user types, journalled on this device first,
 * like the evidence notes. It owns its text, so typing re-renders only this field.
 */
export const PlanTextField = memo(function PlanTextField({
  reviewId,
  entryId,
  field,
  label,
  hint,
  multiline,
  maxLength,
  ...options
}: Props) {
  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: planDraftRecord(entryId), field }),
    [reviewId, entryId, field],
  )
  return (
    <AutosaveTextField
      label={label}
      hint={hint}
      multiline={multiline ?? false}
      rows={4}
      maxLength={maxLength}
      journal={journal}
      describe={describeSaveFailure}
      {...options}
    />
  )
})

import { memo, useMemo } from 'react'
import { draftJournal } from '../../storage/draft-journal'
import { AutosaveTextField } from '../../ui/autosave-text-field'
import { describeSaveFailure } from './save-failure'

type Props = {
  reviewId: string
  record: string
  field: string
  label: string
  hint?: string
  multiline?: boolean
  autoFocus?: boolean
  maxLength?: number
  stored: string
  storedAt?: string
  save: (value: string) => Promise<void>
}

/** An evidence field that saves itself as the user types, journalled on this device first. */
export const AutosaveField = memo(function AutosaveField({
  reviewId,
  record,
  field,
  multiline = false,
  ...props
}: Props) {
  const journal = useMemo(() => draftJournal.field({ reviewId, record, field }), [reviewId, record, field])
  return <AutosaveTextField {...props} multiline={multiline} journal={journal} describe={describeSaveFailure} />
})

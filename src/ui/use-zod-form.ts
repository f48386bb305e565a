import { useState } from 'react'
import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type * as z from 'zod/mini'

/**
 * The one way a form is made: react-hook-form validated by the same zod schema the storage layer
 * enforces, so the message at the field is the message a bad write would give.
 */
export function useZodForm<Schema extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: Schema,
  props: Omit<UseFormProps<z.input<Schema>, unknown, z.output<Schema>>, 'resolver'> = {},
) {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    mode: 'onTouched',
    ...props,
    resolver: zodResolver(schema as never) as never,
  })
}

/**
 * Wraps a form's save: a thrown error is kept as a sentence for the form to show, and the typed values stay.
 * `describe` turns the error into words (e.g. describeStorageError).
 */
export function useSaveWithFailure<Values>(
  onSave: (values: Values) => Promise<void>,
  describe: (error: unknown) => string,
) {
  const [failure, setFailure] = useState<string | null>(null)
  async function save(values: Values) {
    setFailure(null)
    try {
      await onSave(values)
    } catch (error) {
      setFailure(describe(error))
    }
  }
  return { failure, save }
}

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

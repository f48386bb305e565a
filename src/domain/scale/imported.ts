import * as z from 'zod/mini'
import '#domain/text/zod-messages'

/** No scale id of ours comes near this; a longer one is refused at import, so every stored scale travels in a backup. */
export const MAX_SCALE_ID_LENGTH = 100
/** "1.0.0" is five characters; a longer version is refused at import, for the same reason. */
export const MAX_SCALE_VERSION_LENGTH = 20

/**
 * A scale file the user imported, as the device stores it and a backup carries it: the one schema for
 * that row. The scale's own structure is checked by the scale schema (parseScale) before import and
 * whenever it is used; here only its key and when it came.
 */
export const ImportedScaleSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_SCALE_ID_LENGTH)),
  version: z.string().check(z.minLength(1), z.maxLength(MAX_SCALE_VERSION_LENGTH)),
  importedAt: z.iso.datetime(),
  data: z.unknown(),
})
export type ImportedScale = z.infer<typeof ImportedScaleSchema>

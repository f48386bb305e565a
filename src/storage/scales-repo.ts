import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import type { ImportedScaleRow } from './database'
import { StorageError } from './storage-error'
import { parseInput, parseRows, read, write } from './repo-helpers'

// The scale's own structure is checked by the scale schema before import; here only the key is.
export const ImportedScaleRowSchema = z.object({
  id: z.string().check(z.minLength(1, { error: 'The scale has no id' })),
  version: z.string().check(z.minLength(1, { error: 'The scale has no version' })),
  importedAt: z.iso.datetime(),
  data: z.unknown(),
})

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export const scalesRepo = {
  /**
   * Stores a scale file the user imported. Importing the same file again is harmless, but a
   * different file under an id and version already held is refused: a released version never changes.
   */
  async saveImported(
    scale: { id: string; version: string; data: unknown },
    now: Date = new Date(),
  ): Promise<ImportedScaleRow> {
    const row: ImportedScaleRow = parseInput(
      ImportedScaleRowSchema,
      { ...scale, importedAt: now.toISOString() },
      'scale',
    )
    return write(
      (db) => [db.importedScales],
      async (db) => {
        const existing = await db.importedScales.get([row.id, row.version])
        if (existing) {
          if (sameJson(existing.data, row.data)) return existing
          throw new StorageError(
            'invalid',
            `Could not import scale: version ${row.version} of ${row.id} is already on this device with different content. Give the changed scale a new version number.`,
          )
        }
        await db.importedScales.add(row)
        return row
      },
    )
  },

  async listImported(): Promise<ImportedScaleRow[]> {
    return read(
      async (db) => parseRows(ImportedScaleRowSchema, await db.importedScales.toArray(), 'scale') as ImportedScaleRow[],
    )
  },

  async removeImported(id: string, version: string): Promise<void> {
    return write(
      (db) => [db.importedScales],
      (db) => db.importedScales.delete([id, version]),
    )
  },
}

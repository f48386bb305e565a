import { ImportedScaleSchema, type ImportedScale } from '#domain/scale/imported'
import { StorageError } from './storage-error'
import { parseInput, parseRows, read, write } from './repo-helpers'

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export const scalesRepo = {
  /**
   * Stores a scale file the user imported. Importing the same file again is harmless, but a
   * different file under an id and version already held is refused: a released version never changes.
   */
  async saveImported(
    scale: { id: string; version: string; data: unknown },
    now: Date = new Date(),
  ): Promise<ImportedScale> {
    const row = parseInput(ImportedScaleSchema, { ...scale, importedAt: now.toISOString() }, 'scale')
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

  async listImported(): Promise<ImportedScale[]> {
    return read(async (db) => parseRows(ImportedScaleSchema, await db.importedScales.toArray(), 'scale'))
  },

  async removeImported(id: string, version: string): Promise<void> {
    return write(
      (db) => [db.importedScales],
      (db) => db.importedScales.delete([id, version]),
    )
  },
}

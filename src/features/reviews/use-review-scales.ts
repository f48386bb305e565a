import { useMemo } from 'react'
import { DEFAULT_SCALE_ID, findScale, listCatalogue, type CatalogueEntry } from '../../domain/scale-catalogue'
import { parseScale, type ScaleFile } from '../../domain/scale-schema'
import { useImportedScales } from '../../storage/live-settings'

export interface ReviewScales {
  entries: CatalogueEntry[]
  /** The exact scale a review pinned, or undefined when this device does not have it. */
  find: (id: string, version: string) => ScaleFile | undefined
  /** What a new review uses unless the reviewer picks another: the newest UK version on this device. */
  defaultEntry: CatalogueEntry | undefined
  /** True until the imported scales have been read from the device. */
  loading: boolean
}

// Features may not import each other, so this mirrors the scale browser's catalogue hook.
/** Built-in scales plus the ones imported on this device (each re-validated as it is read). */
export function useReviewScales(): ReviewScales {
  const rows = useImportedScales()
  return useMemo(() => {
    const imported = (rows ?? []).flatMap((row) => {
      const result = parseScale(row.data)
      return result.ok ? [result.scale] : []
    })
    // The catalogue lists each id newest version first, so the first UK entry is the latest.
    const entries = listCatalogue(imported)
    return {
      entries,
      find: (id: string, version: string) => findScale(id, version, imported),
      defaultEntry: entries.find((entry) => entry.id === DEFAULT_SCALE_ID) ?? entries[0],
      loading: rows === undefined,
    }
  }, [rows])
}

/** The key a scale select uses for one pinned id and version. */
export function scaleKey(entry: { id: string; version: string }): string {
  return `${entry.id}@${entry.version}`
}

/** The item the evidence workspace opens on: the scale's first item by number. */
export function firstItemId(scale: ScaleFile): string | undefined {
  return [...scale.items].sort((a, b) => a.number - b.number)[0]?.id
}

import { useMemo } from 'react'
import { DEFAULT_SCALE_ID, findScale, listCatalogue, type CatalogueEntry } from '#domain/scale/catalogue'
import { type ScaleFile } from '#domain/scale/schema'
import { parseScale } from '#domain/scale/parse'
import { useImportedScales } from './live-settings'

export interface ScaleCatalogue {
  entries: CatalogueEntry[]
  /** The exact scale a review pinned, or undefined when this device does not have it. */
  find: (id: string, version: string) => ScaleFile | undefined
  /** What a new review uses unless the reviewer picks another: the newest UK version on this device. */
  defaultEntry: CatalogueEntry | undefined
  /** True until the imported scales have been read from the device. */
  loading: boolean
}

/** Built-in scales plus the ones imported on this device, each re-validated as it is read. */
export function useScaleCatalogue(): ScaleCatalogue {
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

import { useMemo } from 'react'
import { findScale, listCatalogue, type CatalogueEntry } from '../../domain/scale-catalogue'
import { parseScale, type ScaleFile } from '../../domain/scale-schema'
import { useImportedScales } from '../../storage/live-settings'

export interface ScaleCatalogue {
  entries: CatalogueEntry[]
  find: (id: string, version: string) => ScaleFile | undefined
  /** True until the imported scales have been read from the device. */
  loading: boolean
}

/** Built-in scales plus the ones imported on this device (each re-validated as it is read). */
export function useScaleCatalogue(): ScaleCatalogue {
  const rows = useImportedScales()
  return useMemo(() => {
    const imported = (rows ?? []).flatMap((row) => {
      const result = parseScale(row.data)
      return result.ok ? [result.scale] : []
    })
    return {
      entries: listCatalogue(imported),
      find: (id: string, version: string) => findScale(id, version, imported),
      loading: rows === undefined,
    }
  }, [rows])
}

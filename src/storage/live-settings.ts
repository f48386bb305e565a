import { useLiveQuery } from 'dexie-react-hooks'
import type { Settings } from '#domain/settings/settings'
import type { ImportedScale } from '#domain/scale/imported'
import { settingsRepo } from './settings-repo'
import { scalesRepo } from './scales-repo'

// Every hook returns undefined while loading and re-renders when any tab changes the data.
// Single-record hooks return null when the record does not exist.
// One file per kind of record, so a screen pulls in only the schemas it shows.

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => settingsRepo.get(), [])
}

export function useImportedScales(): ImportedScale[] | undefined {
  return useLiveQuery(() => scalesRepo.listImported(), [])
}

import { parseScale } from './parse'
import type { ScaleFile } from './schema'

/** New reviews use the UK version unless the reviewer picks another. */
export const DEFAULT_SCALE_ID = 'ips-uk'

export interface CatalogueEntry {
  id: string
  version: string
  title: string
  locale: ScaleFile['locale']
  origin: 'bundled' | 'imported'
}

// Bundled at build time so every scale works offline. A released file is never edited:
// a change is a new <version>.json, because reviews pin the exact id and version they used.
// Practice cases live beside the scales but are not scales: practice-cases.ts loads them.
const modules = import.meta.glob<{ default: unknown }>(
  ['../../../scales/*/*.json', '!../../../scales/practice-cases/**'],
  {
    eager: true,
  },
)

function loadBundled(): ScaleFile[] {
  return Object.entries(modules).map(([path, module]) => {
    const result = parseScale(module.default)
    if (!result.ok) {
      const detail = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
      throw new Error(`Bundled scale ${path} is invalid: ${detail}`)
    }
    const expected = `/${result.scale.id}/${result.scale.version}.json`
    if (!path.endsWith(expected)) throw new Error(`Bundled scale ${path} must be stored as scales${expected}`)
    return result.scale
  })
}

export const bundledScales: readonly ScaleFile[] = loadBundled()

/** Compares "1.10.0" and "1.9.2" numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** Bundled scales first; an imported file with the same id and version as a bundled one is ignored. */
function allScales(imported: readonly ScaleFile[]): { scale: ScaleFile; origin: CatalogueEntry['origin'] }[] {
  const key = (s: ScaleFile) => `${s.id}@${s.version}`
  const seen = new Set(bundledScales.map(key))
  const extra = imported.filter((s) => {
    if (seen.has(key(s))) return false
    seen.add(key(s))
    return true
  })
  return [
    ...bundledScales.map((scale) => ({ scale, origin: 'bundled' as const })),
    ...extra.map((scale) => ({ scale, origin: 'imported' as const })),
  ]
}

/** Every scale the app can use, sorted by id and then newest version first. */
export function listCatalogue(imported: readonly ScaleFile[] = []): CatalogueEntry[] {
  return allScales(imported)
    .map(({ scale, origin }) => ({
      id: scale.id,
      version: scale.version,
      title: scale.title,
      locale: scale.locale,
      origin,
    }))
    .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version))
}

/** The exact scale a review pinned, or undefined if this device does not have it. */
export function findScale(id: string, version: string, imported: readonly ScaleFile[] = []): ScaleFile | undefined {
  return allScales(imported).find(({ scale }) => scale.id === id && scale.version === version)?.scale
}

/** The newest version of a scale id, for starting a new review. */
export function latestScale(id: string, imported: readonly ScaleFile[] = []): ScaleFile | undefined {
  const versions = allScales(imported).filter(({ scale }) => scale.id === id)
  return versions.sort((a, b) => compareVersions(b.scale.version, a.scale.version))[0]?.scale
}

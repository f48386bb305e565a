import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { ScaleFile, ScaleItem } from '#domain/scale/schema'

// jsdom gives import.meta.url an http scheme, so resolve from the project root Vitest runs in.
export const scalesDir = resolve(process.cwd(), 'scales')

/** Every JSON file under scales/, found on disk rather than listed, so a new file is tested automatically. */
export function scaleFilesOnDisk(): { path: string; json: unknown }[] {
  return readdirSync(scalesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      path: relative(scalesDir, join(scalesDir, name)),
      json: JSON.parse(readFileSync(join(scalesDir, name), 'utf8')) as unknown,
    }))
}

/** A fresh, mutable copy of a shipped scale file, for breaking on purpose. */
export function rawScale(id: 'ips-uk' | 'ips-us'): ScaleFile {
  return JSON.parse(readFileSync(join(scalesDir, id, '1.0.0.json'), 'utf8')) as ScaleFile
}

export function itemOf(scale: ScaleFile, id: string): ScaleItem {
  const item = scale.items.find((candidate) => candidate.id === id)
  if (!item) throw new Error(`No item ${id} in ${scale.id}`)
  return item
}

/** Totals at every band edge and the band each must fall in; the lowest band's label differs by scale. */
export const bandEdges = (lowestLabel: string): [number, string][] => [
  [25, lowestLabel],
  [73, lowestLabel],
  [74, 'Fair fidelity'],
  [99, 'Fair fidelity'],
  [100, 'Good fidelity'],
  [114, 'Good fidelity'],
  [115, 'Exemplary fidelity'],
  [125, 'Exemplary fidelity'],
]

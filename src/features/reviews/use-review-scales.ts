import type { ScaleFile } from '#domain/scale/schema'

/** The key a scale select uses for one pinned id and version. */
export function scaleKey(entry: { id: string; version: string }): string {
  return `${entry.id}@${entry.version}`
}

/** The item the evidence workspace opens on: the scale's first item by number. */
export function firstItemId(scale: ScaleFile): string | undefined {
  return [...scale.items].sort((a, b) => a.number - b.number)[0]?.id
}

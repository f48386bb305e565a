import type { EvidenceSource } from './evidence'
import { evidenceSources } from './evidence'
import type { ScaleItem } from '#domain/scale/schema'

/**
 * Which kinds of evidence satisfy each of the scale's data source codes. Clinical records and
 * care plans are read in a record review, so a record review counts for DOC and ISP too.
 */
export const evidenceForDataSource: Readonly<Record<string, readonly EvidenceSource[]>> = {
  MIS: ['management-data'],
  DOC: ['document', 'record-review'],
  INT: ['interview'],
  OBS: ['observation'],
  ISP: ['record-review', 'document'],
}

/**
 * has-evidence: entries from this source; needed: none yet and the item still lacks one of the data
 * sources it serves; optional: expected but already covered by another source; not-expected.
 */
export type CellState = 'has-evidence' | 'needed' | 'optional' | 'not-expected'

export interface CoverageCell {
  source: EvidenceSource
  entries: number
  /** Sampled records of the record review with something recorded for this item (record-review cell only). */
  records: number
  state: CellState
}

export interface ItemCoverage {
  itemId: string
  cells: CoverageCell[]
  /** The item's data source codes (from the scale) that have no evidence yet. */
  missing: string[]
  hasEvidence: boolean
}

export interface CoverageOptions {
  /**
   * How many sampled records inform each item (`recordsInformingEachItem`): an item counts as having
   * record-review evidence once one of them has something recorded for it.
   */
  recordsPerItem?: Readonly<Record<string, number>>
}

type Item = Pick<ScaleItem, 'id' | 'dataSources'>

export function itemCoverage(
  item: Item,
  entries: readonly { itemId: string; source: EvidenceSource }[],
  options: CoverageOptions = {},
): ItemCoverage {
  const records = options.recordsPerItem?.[item.id] ?? 0
  const counts = new Map<EvidenceSource, number>()
  for (const entry of entries) {
    if (entry.itemId === item.id) counts.set(entry.source, (counts.get(entry.source) ?? 0) + 1)
  }
  const present = (source: EvidenceSource) =>
    (counts.get(source) ?? 0) > 0 || (source === 'record-review' && records > 0)
  // Codes a scale file might add later have no mapping here; they are left out rather than always missing.
  const known = item.dataSources.filter((code) => code in evidenceForDataSource)
  const missing = known.filter((code) => !evidenceForDataSource[code]!.some(present))
  const cells = evidenceSources.map((source): CoverageCell => {
    const serves = known.filter((code) => evidenceForDataSource[code]!.includes(source))
    const state: CellState = present(source)
      ? 'has-evidence'
      : serves.some((code) => missing.includes(code))
        ? 'needed'
        : serves.length > 0
          ? 'optional'
          : 'not-expected'
    return {
      source,
      entries: counts.get(source) ?? 0,
      records: source === 'record-review' ? records : 0,
      state,
    }
  })
  return { itemId: item.id, cells, missing, hasEvidence: cells.some((cell) => cell.state === 'has-evidence') }
}

/** Coverage of every item, in scale order. */
export function coverageGrid(
  items: readonly Item[],
  entries: readonly { itemId: string; source: EvidenceSource }[],
  options: CoverageOptions = {},
): ItemCoverage[] {
  return items.map((item) => itemCoverage(item, entries, options))
}

/** Counts for the top of the grid: what is left to collect before leaving the site. */
export function coverageSummary(grid: readonly ItemCoverage[]): { withoutEvidence: number; missingSources: number } {
  return {
    withoutEvidence: grid.filter((row) => !row.hasEvidence).length,
    missingSources: grid.filter((row) => row.missing.length > 0).length,
  }
}

import { suggestAnchor } from '#domain/calculators/suggest'
import type { CalculatorInputs as CalculatorValues } from '#domain/calculators/inputs'
import type { ScaleItem } from '#domain/scale/schema'

export const itemProgressStates = ['no-evidence', 'evidence', 'suggestion', 'rated'] as const
export type ItemProgress = (typeof itemProgressStates)[number]
export const itemProgressLabels: Record<ItemProgress, string> = {
  'no-evidence': 'No evidence',
  evidence: 'Evidence',
  suggestion: 'Suggestion',
  rated: 'Rated',
}

export interface ProgressData {
  entries: readonly { itemId: string }[]
  calculatorInputs: readonly { itemId: string; values: Record<string, unknown> }[]
  ratings: readonly { itemId: string; score: number | null }[]
  consensus?: readonly { itemId: string; score: number | null }[]
}

/** The furthest step an item has reached: rated, then a calculator suggestion, then any evidence. */
export function progressOfItem(facts: { evidence: boolean; suggestion: boolean; rated: boolean }): ItemProgress {
  if (facts.rated) return 'rated'
  if (facts.suggestion) return 'suggestion'
  if (facts.evidence) return 'evidence'
  return 'no-evidence'
}

/** Progress of every item of a scale in one review, by item id. */
export function progressByItem(
  items: readonly Pick<ScaleItem, 'id' | 'calculator'>[],
  data: ProgressData,
): Record<string, ItemProgress> {
  const withEvidence = new Set(data.entries.map((entry) => entry.itemId))
  const rated = new Set(
    [...data.ratings, ...(data.consensus ?? [])].filter((r) => r.score !== null).map((r) => r.itemId),
  )
  const inputs = new Map(data.calculatorInputs.map((row) => [row.itemId, row.values]))
  const result: Record<string, ItemProgress> = {}
  for (const item of items) {
    const values = inputs.get(item.id)
    // Stored values are shaped by the form, and the calculator re-checks every value it reads.
    const suggestion = values !== undefined && suggestAnchor(item, values as CalculatorValues).status === 'suggested'
    result[item.id] = progressOfItem({
      evidence: withEvidence.has(item.id) || (values !== undefined && Object.keys(values).length > 0),
      suggestion,
      rated: rated.has(item.id),
    })
  }
  return result
}

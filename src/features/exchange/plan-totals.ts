import { tableNames } from '#domain/exchange/tables'
import type { ImportPlan } from '#domain/import/plan'

export interface PlanTotals {
  added: number
  unchanged: number
  merged: number
  conflicts: number
}

export function planTotals(plan: ImportPlan): PlanTotals {
  const totals: PlanTotals = { added: 0, unchanged: 0, merged: 0, conflicts: 0 }
  for (const table of tableNames) {
    const counts = plan.counts[table]
    totals.added += counts.added
    totals.unchanged += counts.unchanged
    totals.merged += counts.merged
    totals.conflicts += counts.conflicts
  }
  return totals
}

/** True when importing would write nothing: every record in the file is already here as it is. */
export function nothingToImport(plan: ImportPlan): boolean {
  const totals = planTotals(plan)
  return totals.added + totals.merged + totals.conflicts === 0
}

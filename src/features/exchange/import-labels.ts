import { tableNames, type TableName } from '#domain/exchange/tables'
import type { ConflictChoice, ImportPlan } from '#domain/import/plan'

/** Each kind of record, in the words reviewers use. */
export const importTableLabels: Record<TableName, string> = {
  teams: 'Teams',
  reviews: 'Reviews',
  evidence: 'Evidence entries',
  calculatorInputs: 'Calculator figures',
  recordReviewRows: 'Record review rows',
  ratings: 'Ratings',
  consensus: 'Consensus scores',
  actionPlan: 'Action plan entries',
  importedScales: 'Imported scales',
  settings: 'Settings',
}

export const conflictChoiceLabels: Record<ConflictChoice, string> = {
  local: 'Keep mine',
  incoming: 'Use the file’s',
}

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

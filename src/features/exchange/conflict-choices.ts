import type { ConflictChoice, ImportConflict, ImportPlan } from '#domain/import/plan'

/**
 * A choice remembers the versions it was made between. When the preview is checked again after
 * something changed on this device, a choice only carries over if that conflict still shows the
 * same two versions; otherwise it falls back to "Keep mine", so nobody overwrites what they never saw.
 */
export type StoredChoices = Readonly<Record<string, { choice: ConflictChoice; fingerprint: string }>>

export function conflictFingerprint(conflict: ImportConflict): string {
  return JSON.stringify(conflict.fields)
}

export function choiceFor(stored: StoredChoices, conflict: ImportConflict): ConflictChoice {
  const entry = stored[conflict.id]
  return entry && entry.fingerprint === conflictFingerprint(conflict) ? entry.choice : 'local'
}

export function withChoice(stored: StoredChoices, conflict: ImportConflict, choice: ConflictChoice): StoredChoices {
  return { ...stored, [conflict.id]: { choice, fingerprint: conflictFingerprint(conflict) } }
}

/** The choices to import with: one per conflict in this plan, "Keep mine" unless the user picked otherwise. */
export function effectiveChoices(plan: ImportPlan, stored: StoredChoices): Record<string, ConflictChoice> {
  return Object.fromEntries(plan.conflicts.map((conflict) => [conflict.id, choiceFor(stored, conflict)]))
}

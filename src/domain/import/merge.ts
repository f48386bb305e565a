import { reviewStatuses, type Reopening, type Review } from '#domain/review/review'
import type { Settings } from '#domain/settings/settings'

/**
 * Deep equality for JSON-like rows. Key order does not count, and a key holding undefined equals a
 * missing key, because a row read back from the device and the same row read from a file differ in both.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((value, i) => sameValue(value, b[i]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  for (const key of keys) if (!sameValue(left[key], right[key])) return false
  return true
}

// When a row was last saved (or imported) says nothing about what it holds, so it never makes a conflict.
const ALWAYS_IGNORED = ['updatedAt', 'importedAt']

// Facts about this device, not about the user's choices: a restored backup must not bring them in.
export const DEVICE_SETTINGS = ['lastBackupAt', 'persistenceRequested'] as const satisfies readonly (keyof Settings)[]

/** The names of the fields that differ between two versions of a row, leaving out fields that never conflict. */
export function differingFields(
  local: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  ignored: readonly string[] = [],
): string[] {
  const names: string[] = []
  for (const key of Object.keys(local)) {
    if (!sameValue(local[key], incoming[key]) && !ALWAYS_IGNORED.includes(key) && !ignored.includes(key))
      names.push(key)
  }
  for (const key of Object.keys(incoming)) {
    if (Object.hasOwn(local, key) || incoming[key] === undefined) continue
    if (!ALWAYS_IGNORED.includes(key) && !ignored.includes(key)) names.push(key)
  }
  return names
}

const later = (a: string, b: string) => (a >= b ? a : b)

function mergeReopenings(a: readonly Reopening[], b: readonly Reopening[]): Reopening[] {
  const byTime = new Map<string, Reopening>()
  for (const reopening of [...a, ...b])
    if (!byTime.has(reopening.reopenedAt)) byTime.set(reopening.reopenedAt, reopening)
  return [...byTime.values()].sort((x, y) => x.reopenedAt.localeCompare(y.reopenedAt))
}

/**
 * Both versions of a review with the fields two copies settle without asking already merged: who has
 * finished rating (both lists), preparation steps ticked (both lists), reopenings (both lists), how far the review has got (the further
 * status, with that side's finalised time), the agreement (the later one) and the last save. Each side
 * only ever adds to these, so merging loses nothing; a conflict then shows only what really differs.
 */
export function mergeReviews(local: Review, incoming: Review): { local: Review; incoming: Review } {
  const localStage = reviewStatuses.indexOf(local.status)
  const incomingStage = reviewStatuses.indexOf(incoming.status)
  const ahead = incomingStage > localStage ? incoming : localStage > incomingStage ? local : null
  const agreement =
    local.agreement && incoming.agreement
      ? local.agreement.computedAt >= incoming.agreement.computedAt
        ? local.agreement
        : incoming.agreement
      : (local.agreement ?? incoming.agreement)
  const merged = {
    ratingsFinishedBy: [...new Set([...local.ratingsFinishedBy, ...incoming.ratingsFinishedBy])],
    // A step ticked on either device was done; unticking is rare and a second tick costs nothing.
    checklistDone: [...new Set([...local.checklistDone, ...incoming.checklistDone])],
    reopenings: mergeReopenings(local.reopenings, incoming.reopenings),
    status: ahead ? ahead.status : local.status,
    agreement,
    updatedAt: later(local.updatedAt, incoming.updatedAt),
  }
  // finalisedAt goes with the status it belongs to; two finalised times for the same status stay a conflict.
  return {
    local: { ...local, ...merged, finalisedAt: ahead ? ahead.finalisedAt : local.finalisedAt },
    incoming: { ...incoming, ...merged, finalisedAt: ahead ? ahead.finalisedAt : incoming.finalisedAt },
  }
}

/** The file's settings as they should be written here: the device keeps its own backup and storage facts. */
export function incomingSettings(incoming: Settings, local: Settings | null): Settings {
  if (local === null) return incoming
  return { ...incoming, lastBackupAt: local.lastBackupAt, persistenceRequested: local.persistenceRequested }
}

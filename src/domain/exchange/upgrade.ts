import { EXCHANGE_FORMAT_VERSION } from './file'
import { isRecord } from './rows'
import { LegacyPlanningChecklistSchema, migratePlanningChecklist } from '#domain/visit/legacy-checklist'
import type { VisitSession } from '#domain/visit/session'

type Problem = { path: string; message: string }
export type Upgrade = { ok: true; file: Record<string, unknown> } | { ok: false; reason: string; problems: Problem[] }

/**
 * A file of an older format, rewritten as the current format says, before any row is checked: what follows
 * (the row checks, the references, the import) then knows one format only. The file's own values are never
 * trusted here: only what the old format's schema accepts is carried over, and anything else is left for
 * the checks to refuse. Returns the file unchanged when it is already current.
 */
export function upgradeToCurrentFormat(file: Record<string, unknown>): Upgrade {
  if (file.formatVersion === EXCHANGE_FORMAT_VERSION) return { ok: true, file }
  if (file.formatVersion === 3) return { ok: true, file: fromVersion3(file) }
  if (file.formatVersion === 2) return { ok: true, file: fromVersion3(fromVersion2(file)) }
  const version2 = fromVersion1(file)
  return version2.ok ? { ok: true, file: fromVersion3(fromVersion2(version2.file)) } : version2
}

/**
 * Format 3 had no way to mark a review as a summary for the network, so every review of it is a full review,
 * and no teams' outcomes, so a backup of it holds none. A `source` or outcomes a format-3 file claims are
 * dropped, since format 3 could not have written them. A review file never carries outcomes.
 */
function fromVersion3(file: Record<string, unknown>): Record<string, unknown> {
  const data = file.data
  const current = { ...file, formatVersion: EXCHANGE_FORMAT_VERSION }
  if (!isRecord(data)) return current
  const reviews = Array.isArray(data.reviews)
    ? data.reviews.map((review: unknown) => {
        if (!isRecord(review)) return review
        const rest = { ...review }
        delete rest.source
        return rest
      })
    : data.reviews
  const upgraded: Record<string, unknown> = { ...data, reviews }
  if (file.kind === 'backup') return { ...current, data: { ...upgraded, outcomes: [] } }
  const rest = { ...upgraded }
  delete rest.outcomes
  return { ...current, data: rest }
}

/**
 * Format 2 had no report narrative and no item findings: a file of it holds none, so both tables start empty.
 * Rows a format-2 file claims to have for them are dropped, since format 2 could not have written them. The result is format 3.
 */
function fromVersion2(file: Record<string, unknown>): Record<string, unknown> {
  const data = file.data
  if (!isRecord(data)) return { ...file, formatVersion: 3 }
  return { ...file, formatVersion: 3, data: { ...data, reportNarratives: [], itemFindings: [] } }
}

/**
 * Format 1 kept a planning checklist in each review and had no visit plan: each checklist becomes the
 * review's sessions and "data request sent" tick, by the rule the database migration uses. The result is format 2.
 */
function fromVersion1(file: Record<string, unknown>): Upgrade {
  const data = file.data
  if (!isRecord(data) || !Array.isArray(data.reviews)) {
    return { ok: true, file: { ...file, formatVersion: 2 } }
  }
  const sessions: VisitSession[] = []
  const problems: Problem[] = []
  const reviews = data.reviews.map((review: unknown, i) => {
    if (!isRecord(review)) return review
    const { planningChecklist, ...rest } = review
    const checklist = LegacyPlanningChecklistSchema.safeParse(planningChecklist ?? [])
    if (!checklist.success) {
      const issue = checklist.error.issues[0]
      const where = issue?.path.map(String).join('.')
      problems.push({
        path: `data.reviews.${i}.planningChecklist${where ? `.${where}` : ''}`,
        message: issue?.message ?? 'Not a planning checklist',
      })
      return rest
    }
    if (
      typeof review.id !== 'string' ||
      typeof review.visitStart !== 'string' ||
      typeof review.updatedAt !== 'string'
    ) {
      return rest
    }
    const migrated = migratePlanningChecklist(
      { id: review.id, visitStart: review.visitStart, updatedAt: review.updatedAt },
      checklist.data,
    )
    sessions.push(...migrated.sessions)
    return { ...rest, checklistDone: migrated.checklistDone }
  })
  if (problems.length > 0) {
    return {
      ok: false,
      reason: `A review’s planning checklist in this file is not valid, so nothing was imported (the first problem is at ${problems[0]?.path}: ${problems[0]?.message}).`,
      problems,
    }
  }
  return {
    ok: true,
    file: {
      ...file,
      formatVersion: 2,
      data: { ...data, reviews, visitSessions: sessions, sessionNotes: [] },
    },
  }
}

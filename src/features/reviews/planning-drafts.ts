import type { PlanningTask } from '#domain/review/review'

export type TaskValue = { date: string | null; done: boolean }
export type TaskSave = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string }

/** The checklist with one task's date and done state replaced. */
export function withTask(checklist: readonly PlanningTask[], taskId: string, value: TaskValue): PlanningTask[] {
  return checklist.map((task) => (task.id === taskId ? { ...task, date: value.date, done: value.done } : task))
}

/**
 * The drafts still worth showing once the stored checklist has changed: a draft goes when the store
 * holds the same value, or when its save succeeded (the store is then the newer truth, perhaps from
 * another tab). Drafts still saving or that failed to save stay, so nothing the user set is lost.
 */
export function settle(
  drafts: Readonly<Record<string, TaskValue>>,
  stored: readonly PlanningTask[],
  saves: Readonly<Record<string, TaskSave>>,
): Record<string, TaskValue> {
  const kept: Record<string, TaskValue> = {}
  for (const [id, draft] of Object.entries(drafts)) {
    const task = stored.find((t) => t.id === id)
    const caughtUp = task !== undefined && task.date === draft.date && task.done === draft.done
    if (!caughtUp && saves[id]?.state !== 'saved') kept[id] = draft
  }
  return kept
}

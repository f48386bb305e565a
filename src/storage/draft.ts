// The journal's row, on its own so that database.ts (its table) and draft-journal.ts (which writes it)
// both import it without importing each other.

export interface DraftKey {
  reviewId: string
  /** What was being edited, e.g. "evidence/<entry id>" or "calculator/<item id>". */
  record: string
  field: string
}

export interface Draft extends DraftKey {
  value: string
  /** The stored value the edit started from, to tell a local edit from someone else's later change. */
  base: string
  /** When the edit was typed (ISO date-time). */
  at: string
}

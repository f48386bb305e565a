import type { ScaleFile } from '#domain/scale/schema'
import { itemTagText } from '#domain/visit/session-note'
import type { VisitSession } from '#domain/visit/session'
import { sessionTitle } from './session-values'

/** A final review's plan: what happened, as it was recorded, with nothing to change. */
export function ReadOnlyPlan({ sessions, scale }: { sessions: readonly VisitSession[]; scale: ScaleFile }) {
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <p>This review is final, so its visit plan cannot change. Reopen the review to change it.</p>
      {sessions.length === 0 ? (
        <p>No sessions were planned.</p>
      ) : (
        <ol className="visit-plan">
          {sessions.map((session) => {
            const items = itemTagText(session.itemIds, scale.items)
            return (
              <li key={session.id}>
                {sessionTitle(session, scale.locale)}
                {session.unplanned && ' (added on the day)'}
                {items && <span className="field-hint"> Items: {items}</span>}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

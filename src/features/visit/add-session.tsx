import { useId, useMemo, useState } from 'react'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { localIsoDate } from '#domain/text/dates'
import type { VisitSession } from '#domain/visit/session'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { visitRepo } from '../../storage/visit-repo'
import { SessionForm } from './session-form'
import type { SessionValues } from './session-values'

function addHour(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return `${String(Math.min(hours + 1, 23)).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** A new session starts where the plan ends: on its last day, when its last session ends. */
function nextSession(review: Review, sessions: readonly VisitSession[]): SessionValues {
  const last = sessions.at(-1)
  const start = last && last.end < '23:00' ? last.end : '09:00'
  return {
    date: last?.date ?? review.visitStart,
    start,
    end: addHour(start),
    kind: 'interview',
    role: null,
    otherRoleLabel: '',
    people: 1,
    place: '',
    itemIds: [],
  }
}

/**
 * Adds a session at the end of the plan. Once the visit is under way (the review has left planning, or today
 * is on or after its first day) the reviewer can mark it as added on the day.
 */
export function AddSession({
  review,
  sessions,
  scale,
  onDirtyChange,
  now = new Date(),
}: {
  review: Review
  sessions: readonly VisitSession[]
  scale: ScaleFile
  onDirtyChange: (dirty: boolean) => void
  now?: Date
}) {
  const unplannedId = useId()
  const [unplanned, setUnplanned] = useState(false)
  const underway = review.status !== 'planning' || localIsoDate(now) >= review.visitStart
  const initial = nextSession(review, sessions)
  const journal = useMemo(
    () => draftJournal.field({ reviewId: review.id, record: draftRecords.planSession('new'), field: 'values' }),
    [review.id],
  )
  return (
    <section aria-labelledby="add-session-heading" className="visit-session visit-session--new">
      <h2 id="add-session-heading">Add a session</h2>
      <SessionForm
        initial={initial}
        isNew
        scale={scale}
        locale={scale.locale}
        submitLabel="Add session"
        onDirtyChange={onDirtyChange}
        journal={journal}
        onSave={async (planned) => {
          await visitRepo.addSession(review.id, planned, { unplanned: underway && unplanned })
          setUnplanned(false)
        }}
        extra={
          underway && (
            <div className="field field--inline">
              <input
                id={unplannedId}
                type="checkbox"
                checked={unplanned}
                onChange={(event) => setUnplanned(event.currentTarget.checked)}
              />
              <label htmlFor={unplannedId}>Added on the day (it was not in the plan sent to the team)</label>
            </div>
          )
        }
      />
    </section>
  )
}

import { useId } from 'react'
import type { Review } from '#domain/review/review'
import type { Team } from '#domain/review/team'
import { localIsoDate } from '#domain/text/dates'
import { agendaDocument, dataRequestDocument, RECORD_SAMPLE_NOTE } from '#domain/visit/data-request'
import { DATA_REQUEST_SENT } from '#domain/visit/legacy-checklist'
import type { VisitSession } from '#domain/visit/session'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { VisitDocumentPanel } from './visit-documents'

/** The two documents the team gets before the visit, and a tick for "the data request has gone". */
export function VisitDocuments({
  review,
  team,
  sessions,
  locale,
}: {
  review: Review
  team: Team
  sessions: readonly VisitSession[]
  locale: string
}) {
  const sentId = useId()
  const tick = useStorageAction('The tick was not saved')
  const context = {
    teamName: team.name,
    visitStart: review.visitStart,
    visitEnd: review.visitEnd,
    today: localIsoDate(new Date()),
  }
  // The agenda is what the team was sent: sessions added on the day were not on it.
  const planned = sessions.filter((session) => !session.unplanned)
  return (
    <>
      <section aria-labelledby="data-request-heading">
        <h2 id="data-request-heading">Pre-visit data request</h2>
        <p className="field-hint">{RECORD_SAMPLE_NOTE}</p>
        <VisitDocumentPanel
          document={dataRequestDocument({ ...context, specialistCount: team.specialistCount })}
          name="the request"
          textLabel="Request to paste into an email to the team"
        />
        <div className="field field--inline">
          <input
            id={sentId}
            type="checkbox"
            checked={review.checklistDone.includes(DATA_REQUEST_SENT)}
            disabled={review.status === 'final' || tick.busy}
            onChange={(event) => {
              const checked = event.currentTarget.checked
              void tick.run(() => reviewsRepo.setChecklistEntry(review.id, DATA_REQUEST_SENT, checked))
            }}
          />
          <label htmlFor={sentId}>Data request sent to the team</label>
        </div>
        {tick.failure && (
          <p className="form-error" role="alert">
            {tick.failure}
          </p>
        )}
      </section>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Visit agenda</h2>
        <VisitDocumentPanel
          document={agendaDocument(context, planned, locale)}
          name="the agenda"
          textLabel="Agenda to paste into an email to the team"
        />
      </section>
    </>
  )
}

import { useCallback, useState } from 'react'
import { Link, useBeforeUnload, useBlocker } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import type { Team } from '#domain/review/team'
import type { ScaleFile } from '#domain/scale/schema'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import type { VisitSession } from '#domain/visit/session'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { useVisitSessions } from '../../storage/live-visit'
import { useTeam } from '../../storage/live-teams'
import { useStorageAction } from '../../storage/use-storage-action'
import { visitRepo } from '../../storage/visit-repo'
import { usePageTitle } from '../../ui/use-page-title'
import { AddSession } from './add-session'
import { GatheringChecklist } from './gathering-checklist'
import { ReadOnlyPlan } from './read-only-plan'
import { SessionRow, type MovedFocus } from './session-row'
import { VisitDocuments } from './visit-documents-section'
import './visit.css'

/**
 * The visit plan of a review: for an independent review its sessions, editable in order, and the documents
 * sent to the team before the visit; for a self-assessment the checklist of what to gather and who to ask.
 */
export function VisitPlanScreen({ review, scale }: { review: Review; scale: ScaleFile }) {
  const team = useTeam(review.teamId)
  const heading =
    review.type === 'self-assessment' ? 'What to gather and who to ask' : `Visit plan${team ? `: ${team.name}` : ''}`
  usePageTitle(review.type === 'training' ? 'Visit plan' : heading)
  const back = (
    <p>
      <Link to={paths.review(review.id)}>Back to the review</Link>
    </p>
  )
  if (review.type === 'training') {
    return (
      <section className="page" aria-labelledby="plan-heading">
        <h1 id="plan-heading">Visit plan</h1>
        <p>A training exercise has no visit plan: the practice case’s evidence is already in the workspace.</p>
        {back}
      </section>
    )
  }
  if (team === undefined) return <p aria-busy="true">Loading the team…</p>
  return (
    <section className="page" aria-labelledby="plan-heading">
      <h1 id="plan-heading">
        {review.type === 'self-assessment' ? `${heading}${team ? `: ${team.name}` : ''}` : heading}
      </h1>
      {back}
      {review.type === 'self-assessment' ? (
        <GatheringChecklist review={review} scale={scale} specialistCount={team?.specialistCount ?? 1} />
      ) : (
        <IndependentPlan review={review} team={team} scale={scale} />
      )}
    </section>
  )
}

function IndependentPlan({ review, team, scale }: { review: Review; team: Team | null; scale: ScaleFile }) {
  const sessions = useVisitSessions(review.id)
  if (sessions === undefined) return <p aria-busy="true">Loading the visit plan…</p>
  const final = review.status === 'final'
  return (
    <>
      {final ? (
        <ReadOnlyPlan sessions={sessions} scale={scale} />
      ) : (
        <EditablePlan review={review} team={team} scale={scale} sessions={sessions} />
      )}
      {team && <VisitDocuments review={review} team={team} sessions={sessions} locale={scale.locale} />}
    </>
  )
}

function EditablePlan({
  review,
  team,
  scale,
  sessions,
}: {
  review: Review
  team: Team | null
  scale: ScaleFile
  sessions: VisitSession[]
}) {
  const [moved, setMoved] = useState<MovedFocus>(null)
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set())
  const move = useStorageAction('The session was not moved')
  const start = useStorageAction('The usual schedule was not added')

  const onDirtyChange = useCallback((id: string, isDirty: boolean) => {
    setDirty((current) => {
      if (current.has(id) === isDirty) return current
      const next = new Set(current)
      if (isDirty) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])
  const onNewDirty = useCallback((isDirty: boolean) => onDirtyChange('new', isDirty), [onDirtyChange])

  async function onMove(id: string, by: -1 | 1) {
    if (await move.run(() => visitRepo.moveSession(id, by))) setMoved({ id, by })
  }

  async function startFromUsual() {
    const plan = defaultVisitPlan(scale, review, team?.specialistCount ?? 1)
    await start.run(() => visitRepo.addSessions(review.id, plan))
  }

  return (
    <>
      <UnsavedGuard reviewId={review.id} dirty={dirty.size > 0} />
      <h2>Sessions</h2>
      {sessions.length === 0 ? (
        <>
          <p>No sessions are planned yet.</p>
          <button type="button" disabled={start.busy} onClick={() => void startFromUsual()}>
            Start from the usual schedule
          </button>
          {start.failure && (
            <p className="form-error" role="alert">
              {start.failure}
            </p>
          )}
        </>
      ) : (
        <ol className="visit-plan">
          {sessions.map((session, index) => (
            <li key={session.id}>
              <SessionRow
                session={session}
                index={index}
                count={sessions.length}
                scale={scale}
                locale={scale.locale}
                moved={moved}
                onMove={(id, by) => void onMove(id, by)}
                onDirtyChange={onDirtyChange}
              />
            </li>
          ))}
        </ol>
      )}
      {move.failure && (
        <p className="form-error" role="alert">
          {move.failure}
        </p>
      )}
      <AddSession review={review} sessions={sessions} scale={scale} onDirtyChange={onNewDirty} />
    </>
  )
}

/** A session with changes not yet saved is never left silently: leaving asks first. */
function UnsavedGuard({ reviewId, dirty }: { reviewId: string; dirty: boolean }) {
  const blocker = useBlocker(dirty)
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (dirty) event.preventDefault()
      },
      [dirty],
    ),
  )
  if (blocker.state !== 'blocked') return null
  return (
    <div className="problems" role="alertdialog" aria-labelledby="unsaved-heading">
      <p id="unsaved-heading">A session has changes that are not saved. Leave this page and lose them?</p>
      <button type="button" className="button--secondary" autoFocus onClick={() => blocker.reset()}>
        Stay and save them
      </button>{' '}
      <button
        type="button"
        className="button--danger"
        onClick={async () => {
          // Leaving without saving means it: the journalled edits must not come back next time.
          for (const draft of await draftJournal.listForReview(reviewId)) {
            if (draft.record.startsWith(draftRecords.planSession(''))) draftJournal.clear(draft)
          }
          blocker.proceed()
        }}
      >
        Leave without saving
      </button>
    </div>
  )
}

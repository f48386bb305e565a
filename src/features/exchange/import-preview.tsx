import type { Ref } from 'react'
import type { ConflictChoice, ImportConflict, ImportPlan } from '#domain/import/plan'
import { choiceFor, type StoredChoices } from './conflict-choices'
import { FileSummary } from './file-summary'
import { ImportConflictView } from './import-conflict'
import { ImportCounts } from './import-counts'
import { ImportTeamLinks } from './import-team-links'
import { nothingToImport } from './plan-totals'
import type { ImportFailure, LoadedFile } from './use-import'
import type { TeamLinking } from './use-team-links'
import { plural } from '#domain/text/plural'

/** What importing the file would do, and the only button that writes anything. */
export function ImportPreview({
  loaded,
  plan,
  choices,
  teamLinks,
  importing,
  failure,
  headingRef,
  failureRef,
  onChoose,
  onImport,
  onCheckAgain,
  onCancel,
}: {
  loaded: LoadedFile
  plan: ImportPlan
  choices: StoredChoices
  teamLinks: TeamLinking
  importing: boolean
  failure: ImportFailure | null
  headingRef: Ref<HTMLHeadingElement>
  failureRef: Ref<HTMLHeadingElement>
  onChoose: (conflict: ImportConflict, choice: ConflictChoice) => void
  onImport: () => void
  onCheckAgain: () => void
  onCancel: () => void
}) {
  const blocked = plan.blockers.length > 0
  const empty = nothingToImport(plan)
  const stale = failure?.changed === true
  const undecided = teamLinks.linked?.undecided ?? []
  const describedBy = [blocked || empty ? 'import-blockers' : '', undecided.length > 0 ? 'import-team-undecided' : '']
    .filter(Boolean)
    .join(' ')
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        Check before importing: {plan.title}
      </h2>
      <p>Nothing has been changed on this device yet. Import only writes after you press Import.</p>
      <FileSummary file={loaded.file} fileName={loaded.fileName} />
      {plan.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <ImportTeamLinks
        candidates={teamLinks.candidates}
        choices={teamLinks.choices}
        disabled={importing}
        onChoose={teamLinks.choose}
      />
      <ImportCounts plan={plan} />
      {blocked && (
        <div className="problems" id="import-blockers">
          <p className="field-error">This file cannot be imported yet:</p>
          <ul>
            {plan.blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </div>
      )}
      {!blocked && empty && (
        <p id="import-blockers">Everything in this file is already on this device: there is nothing to import.</p>
      )}
      {undecided.length > 0 && (
        <p id="import-team-undecided">
          Choose which team on this device {undecided.map((c) => c.fileTeam.name).join(' and ')} belongs to, or keep it
          separate, to import.
        </p>
      )}
      {plan.conflicts.length > 0 && (
        <section aria-labelledby="import-conflicts-heading">
          <h2 id="import-conflicts-heading">{plural(plan.conflicts.length, 'record')} changed on both sides</h2>
          <p>
            Each was edited on this device and in the file. Nothing is overwritten unless you choose “Use the file’s”;
            “Keep mine” leaves this device’s version as it is.
          </p>
          <ul className="import-conflicts">
            {plan.conflicts.map((conflict) => (
              <ImportConflictView
                key={conflict.id}
                conflict={conflict}
                choice={choiceFor(choices, conflict)}
                disabled={importing}
                onChoose={(choice) => onChoose(conflict, choice)}
              />
            ))}
          </ul>
        </section>
      )}
      {failure && (
        <div className="problems import-failure" role="alert">
          <h2 ref={failureRef} tabIndex={-1}>
            The file was not imported
          </h2>
          <p>{failure.message}</p>
          <p>Nothing was changed on this device.</p>
        </div>
      )}
      <div className="form-actions">
        {stale ? (
          <button type="button" onClick={onCheckAgain}>
            Check the preview again
          </button>
        ) : (
          <button
            type="button"
            disabled={importing || blocked || empty || undecided.length > 0}
            aria-describedby={describedBy || undefined}
            onClick={onImport}
          >
            {importing ? 'Importing…' : 'Import'}
          </button>
        )}
        <button type="button" className="button--secondary" disabled={importing} onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div role="status" aria-live="polite" className="visually-hidden">
        {importing ? 'Importing…' : ''}
      </div>
    </section>
  )
}

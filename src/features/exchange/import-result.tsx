import type { Ref } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { ConflictChoice, ImportPlan } from '#domain/import/plan'
import { planTotals } from './plan-totals'
import type { LoadedFile } from './use-import'
import { plural } from '#domain/text/plural'

/** What the import did, and where to go next. */
export function ImportResult({
  loaded,
  plan,
  choices,
  headingRef,
  onAnother,
}: {
  loaded: LoadedFile
  plan: ImportPlan
  choices: Record<string, ConflictChoice>
  headingRef: Ref<HTMLHeadingElement>
  onAnother: () => void
}) {
  const totals = planTotals(plan)
  const taken = Object.values(choices).filter((choice) => choice === 'incoming').length
  const kept = plan.conflicts.length - taken
  const { file } = loaded
  return (
    <section className="import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1} className="success">
        Imported {loaded.fileName}
      </h2>
      <ul>
        <li>{plural(totals.added, 'record')} added</li>
        {totals.merged > 0 && <li>{plural(totals.merged, 'record')} merged with this device’s</li>}
        {totals.unchanged > 0 && <li>{plural(totals.unchanged, 'record')} already here, left as they were</li>}
        {plan.conflicts.length > 0 && (
          <li>
            Conflicts: kept this device’s version of {plural(kept, 'record')}, took the file’s version of{' '}
            {plural(taken, 'record')}
          </li>
        )}
      </ul>
      <div className="form-actions">
        {file.kind === 'review' ? (
          <Link className="button" to={paths.review(file.reviewId)}>
            Open the review
          </Link>
        ) : (
          <Link className="button" to={paths.home()}>
            Go to your teams
          </Link>
        )}
        <button type="button" className="button--secondary" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  )
}

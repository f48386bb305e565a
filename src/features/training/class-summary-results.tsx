import type { ClassSummary } from '#domain/training/class-summary'
import { plural } from '#domain/text/plural'
import { ClassDownloads } from './class-downloads'
import { ClassMisread } from './class-misread'
import { ClassSpreadTable } from './class-spread-table'
import { ClassTrainees } from './class-trainees'

/** The class's figures, once at least one exercise has been read. */
export function ClassSummaryResults({ summary, showNames }: { summary: ClassSummary; showNames: boolean }) {
  const count = summary.trainees.length
  if (count === 0) {
    return <p className="empty-state">No exercises yet: choose your trainees’ files above.</p>
  }
  return (
    <>
      <h2>
        {plural(count, 'trainee')} on {summary.practiceCase.title}
      </h2>
      <p>
        Reference total {summary.referenceTotal}, {summary.referenceBand.label}.
      </p>
      <ClassDownloads summary={summary} showNames={showNames} />
      <h2>Most often misread</h2>
      <ClassMisread items={summary.mostMisread} />
      <h2>Each trainee’s agreement</h2>
      <ClassTrainees trainees={summary.trainees} showNames={showNames} itemCount={summary.items.length} />
      <h2>Spread of scores per item</h2>
      <p className="muted">
        How many trainees gave each score; the reference score’s cell is outlined and labelled “reference”.
      </p>
      <ClassSpreadTable items={summary.items} traineeCount={count} />
    </>
  )
}

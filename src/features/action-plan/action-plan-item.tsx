import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import type { Review } from '#domain/review/review'
import type { ScaleItem } from '#domain/scale/schema'
import { actionPlanRepo } from '../../storage/action-plan-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError } from '../../ui/form'
import { ActionPlanEntryCard } from './action-plan-entry-card'

interface Props {
  review: Review
  item: ScaleItem
  score: number
  entries: ActionPlanEntry[]
  /** The target date a new entry starts with (ISO). */
  defaultDate: string
  /** Today on this device (ISO). */
  today: string
}

/** An item that needs action: its recommendations, each with the team's action. */
export function ActionPlanItem({ review, item, score, entries, defaultDate, today }: Props) {
  const { run, busy: adding, failure } = useStorageAction('The recommendation was not added')
  const headingId = `plan-item-${item.id}`
  const addLabel = entries.length === 0 ? 'Add a recommendation' : 'Add another recommendation'

  const add = () => run(() => actionPlanRepo.create(review.id, item.id, { targetDate: defaultDate }))

  return (
    <section className="plan-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.number}. {item.title} <span className="plan-item__score">(score {score})</span>
      </h3>
      {entries.length === 0 ? (
        <p className="muted">No recommendation yet.</p>
      ) : (
        <ol className="plan-entries">
          {entries.map((entry, index) => (
            <ActionPlanEntryCard
              key={entry.id}
              review={review}
              entry={entry}
              label={`Item ${item.number}, recommendation ${index + 1}`}
              today={today}
            />
          ))}
        </ol>
      )}
      <FormError message={failure} />
      <button
        type="button"
        className="button--secondary"
        disabled={adding}
        // The visible words plus the item, so each button is told apart when listed by a screen reader.
        aria-label={`${addLabel} for item ${item.number}`}
        onClick={() => void add()}
      >
        {addLabel}
      </button>
    </section>
  )
}

import { memo, useMemo } from 'react'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import type { Review } from '#domain/review/review'
import { actionPlanRepo } from '../../storage/action-plan-repo'
import { draftJournal } from '../../storage/draft-journal'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError } from '../../ui/form'
import { ConfirmDelete } from '../../ui/confirm-delete'
import { planDraftRecord } from './plan-drafts'
import { PlanTextField } from './plan-text-field'
import { TargetDateField } from './target-date-field'
import { ActionStatusPanel } from './action-status-panel'

interface Props {
  review: Review
  entry: ActionPlanEntry
  label: string
  /** Today on this device (ISO), for the status update's default date and what is due. */
  today: string
}

/** One recommendation with the team's action, its owner and its target date. */
export const ActionPlanEntryCard = memo(function ActionPlanEntryCard({ review, entry, label, today }: Props) {
  const { run, failure } = useStorageAction('The recommendation was not deleted')
  const { id } = entry
  // Stable savers, so a field re-renders only for its own text.
  const savers = useMemo(() => {
    const saveText = (field: 'recommendation' | 'action' | 'owner') => async (value: string) =>
      void (await actionPlanRepo.update(id, { [field]: value }))
    return {
      recommendation: saveText('recommendation'),
      action: saveText('action'),
      owner: saveText('owner'),
      targetDate: async (targetDate: string | null) => void (await actionPlanRepo.update(id, { targetDate })),
    }
  }, [id])

  const remove = () =>
    run(async () => {
      await actionPlanRepo.remove(id)
      await draftJournal.clearRecord(review.id, planDraftRecord(id))
    })

  const common = { reviewId: review.id, entryId: id, storedAt: entry.updatedAt }
  return (
    <li className="plan-entry">
      <article aria-label={label}>
        <h4 className="plan-entry__title">{label}</h4>
        <PlanTextField
          {...common}
          field="recommendation"
          label="Recommendation"
          hint="The reviewers’ words: what the team should change."
          multiline
          maxLength={20_000}
          stored={entry.recommendation}
          save={savers.recommendation}
        />
        <PlanTextField
          {...common}
          field="action"
          label="Team’s action"
          hint="What the team will do about it."
          multiline
          maxLength={20_000}
          stored={entry.action}
          save={savers.action}
        />
        <div className="plan-entry__row">
          <PlanTextField
            {...common}
            field="owner"
            label="Owner"
            hint="A role or a name of a member of staff."
            maxLength={200}
            stored={entry.owner}
            save={savers.owner}
          />
          <TargetDateField review={review} stored={entry.targetDate} save={savers.targetDate} />
        </div>
        <ActionStatusPanel review={review} entry={entry} label={label} today={today} />
        <FormError message={failure} />
        <ConfirmDelete
          className="plan-entry__confirm"
          label="Delete recommendation"
          question="Delete this recommendation and its action? This cannot be undone."
          onConfirm={remove}
        />
      </article>
    </li>
  )
})

import { useId } from 'react'
import type { Review } from '#domain/review/review'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { FormError } from '../../ui/form'

const scores = [1, 2, 3, 4, 5] as const

/** The score at or below which an item needs an action; stored with the review so the report uses it too. */
export function ThresholdPicker({ review }: { review: Review }) {
  const id = useId()
  const { run, failure } = useStorageAction('The threshold was not changed')
  const change = (threshold: number) => run(() => reviewsRepo.setActionPlanThreshold(review.id, threshold))

  return (
    <div className="field field--inline">
      <label htmlFor={id}>Write actions for items scored at or below</label>
      <select id={id} value={review.actionPlanThreshold} onChange={(event) => void change(Number(event.target.value))}>
        {scores.map((score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </select>
      <FormError message={failure} />
    </div>
  )
}

import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import type { Team } from '#domain/review/team'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { reviewsRepo } from '../../storage/reviews-repo'
import { ReviewForm } from './review-form'
import { toReviewInput } from './review-form-schema'
import { scaleKey } from './use-review-scales'
import { useScaleCatalogue } from '../../storage/live-scales'

/** Starts a review for a team in planning, pinned to the chosen scale version, then opens it. */
export function StartReview({ team }: { team: Team }) {
  const navigate = useNavigate()
  const scales = useScaleCatalogue()
  // The form's default scale is read once, so wait for imported scales before showing it.
  if (scales.loading) return <p aria-busy="true">Loading scales…</p>

  const options = scales.entries.map((entry) => ({
    value: scaleKey(entry),
    label: `${entry.title}, version ${entry.version}${entry.origin === 'imported' ? ' (imported)' : ''}`,
  }))
  return (
    <ReviewForm
      initial={{
        type: 'independent',
        scale: scales.defaultEntry ? scaleKey(scales.defaultEntry) : '',
        visitStart: '',
        visitEnd: '',
        firstReviewer: '',
        secondReviewer: '',
      }}
      scaleChoice={{ kind: 'choose', options }}
      submitLabel="Start review"
      cancelTo={paths.team(team.id)}
      onSave={async (values) => {
        const input = toReviewInput(team.id, values, () => crypto.randomUUID())
        // An independent review starts with the usual two-day schedule; a self-assessment gathers its own data
        // and a practice case has no visit.
        const scale = scales.find(input.scaleId, input.scaleVersion)
        const plan = input.type === 'independent' && scale ? defaultVisitPlan(scale, input, team.specialistCount) : []
        const review = await reviewsRepo.create(input, new Date(), plan)
        await navigate(paths.review(review.id))
      }}
    />
  )
}

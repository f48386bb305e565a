import { Link, useParams } from 'react-router'
import { paths } from '../app/paths'
import { useTeam } from '../storage/live-teams'
import { usePageTitle } from '../ui/use-page-title'
import { StartReview } from '../features/reviews/start-review'
import { NotFoundRoute } from './not-found'

export function ReviewNewRoute() {
  const { teamId = '' } = useParams()
  const team = useTeam(teamId)
  usePageTitle(team ? `Start a review of ${team.name}` : team === null ? 'Team not found' : 'Start a review')
  if (team === undefined) return <p aria-busy="true">Loading team…</p>
  if (team === null) return <NotFoundRoute />
  return (
    <section className="page" aria-labelledby="review-new-heading">
      <h1 id="review-new-heading">Start a review</h1>
      <p>
        Team: <Link to={paths.team(team.id)}>{team.name}</Link>
      </p>
      <StartReview team={team} />
    </section>
  )
}

import { Link, useParams } from 'react-router'
import { paths } from '../app/paths'
import { useTeam } from '../storage/live-teams'
import { usePageTitle } from '../ui/use-page-title'
import { TeamDetails } from '../features/teams/team-details'
import { ArchivedBadge } from '../features/teams/archived-badge'
import { TeamArchiveButton } from '../features/teams/team-archive-button'
import { TeamReviews } from '../features/reviews/review-list'
import { ReviewScoreSummary } from '../features/results/review-score-summary'
import { TeamActionsDue } from '../features/results/team-actions-due'
import { NotFoundRoute } from './not-found'

export function TeamRoute() {
  const { teamId = '' } = useParams()
  const team = useTeam(teamId)
  usePageTitle(team ? team.name : team === null ? 'Team not found' : 'Team')
  if (team === undefined) return <p aria-busy="true">Loading team…</p>
  if (team === null) return <NotFoundRoute />
  const archived = team.archivedAt !== null
  return (
    <section className="page" aria-labelledby="team-heading">
      <h1 id="team-heading">{team.name}</h1>
      {archived && <ArchivedBadge />}
      <TeamDetails team={team} />
      <div className="team-actions">
        <Link className="button button--secondary" to={paths.editTeam(team.id)}>
          Edit team
        </Link>
        <TeamArchiveButton team={team} />
      </div>
      <div className="toolbar">
        <h2>Reviews</h2>
        {archived ? (
          <p className="muted">Restore the team to start a review.</p>
        ) : (
          <Link className="button" to={paths.newReview(team.id)}>
            Start a review
          </Link>
        )}
      </div>
      <TeamReviews teamId={team.id} renderScore={(review) => <ReviewScoreSummary review={review} />} />
      <TeamActionsDue teamId={team.id} />
      <p>
        <Link to={paths.teamHistory(team.id)}>Team history: totals and bands over time</Link>
      </p>
    </section>
  )
}

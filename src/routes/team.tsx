import { useParams } from 'react-router'
import { useTeam } from '../storage/live-teams'
import { usePageTitle } from '../ui/use-page-title'
import { TeamDetails } from '../features/teams/team-details'
import { NotFoundRoute } from './not-found'

export function TeamRoute() {
  const { teamId = '' } = useParams()
  const team = useTeam(teamId)
  usePageTitle(team ? team.name : team === null ? 'Team not found' : 'Team')
  if (team === undefined) return <p aria-busy="true">Loading team…</p>
  if (team === null) return <NotFoundRoute />
  return (
    <section className="page" aria-labelledby="team-heading">
      <h1 id="team-heading">{team.name}</h1>
      <TeamDetails team={team} />
      <h2>Reviews</h2>
      <p className="empty-state">No reviews for this team yet.</p>
    </section>
  )
}

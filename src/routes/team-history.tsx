import { useParams } from 'react-router'
import { useTeam } from '../storage/live-teams'
import { usePageTitle } from '../ui/use-page-title'
import { TeamHistoryPage } from '../features/results/team-history-page'
import { NotFoundRoute } from './not-found'

export function TeamHistoryRoute() {
  const { teamId = '' } = useParams()
  const team = useTeam(teamId)
  usePageTitle(team === null ? 'Team not found' : 'Team history')
  if (team === undefined) return <p aria-busy="true">Loading team…</p>
  if (team === null) return <NotFoundRoute />
  return <TeamHistoryPage team={team} />
}

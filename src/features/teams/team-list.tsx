import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { useTeams } from '../../storage/live-teams'
import { serviceTypeLabels } from '../../domain/team'
import { LoadDemoTeamButton } from './load-demo-team-button'

/** The home page's list of teams on this device, or what to do first when there are none. */
export function TeamList() {
  const teams = useTeams(false)
  if (teams === undefined) return <p aria-busy="true">Loading teams…</p>
  if (teams.length === 0) {
    return (
      <div className="empty-state">
        <h2>No teams on this device yet</h2>
        <p>
          Start by adding the IPS team you are reviewing or self-assessing. Everything you enter stays on this device
          and works without a connection.
        </p>
        <p>New here? Load a fictional demo team to explore the app first.</p>
        <LoadDemoTeamButton />
      </div>
    )
  }
  return (
    <ul className="card-list" aria-label="Teams on this device">
      {teams.map((team) => (
        <li key={team.id} className="card">
          <h2 className="card__title">
            <Link to={paths.team(team.id)}>{team.name}</Link>
          </h2>
          <p className="card__meta">
            {[team.organisation, serviceTypeLabels[team.serviceType], team.locality].filter(Boolean).join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  )
}

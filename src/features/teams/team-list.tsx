import { useId } from 'react'
import { Link, useSearchParams } from 'react-router'
import { paths } from '../../app/paths'
import { useTeams } from '../../storage/live-teams'
import { serviceTypeLabels, type Team } from '#domain/review/team'
import { LoadDemoTeamButton } from './load-demo-team-button'
import { ArchivedBadge } from './archived-badge'
import './teams.css'

// The toggle lives in the address (?archived=shown), so Back from a team page returns to the same list.
const ARCHIVED_PARAM = 'archived'

/** The home page's list of teams on this device, or what to do first when there are none. */
export function TeamList() {
  const toggleId = useId()
  const [params, setParams] = useSearchParams()
  const showArchived = params.get(ARCHIVED_PARAM) === 'shown'
  const allTeams = useTeams(true)

  function setShowArchived(show: boolean) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (show) next.set(ARCHIVED_PARAM, 'shown')
        else next.delete(ARCHIVED_PARAM)
        return next
      },
      { replace: true },
    )
  }

  if (allTeams === undefined) return <p aria-busy="true">Loading teams…</p>
  if (allTeams.length === 0) return <NoTeams />

  const teams = showArchived ? allTeams : allTeams.filter((team) => team.archivedAt === null)
  const archivedCount = allTeams.length - allTeams.filter((team) => team.archivedAt === null).length
  return (
    <>
      <div className="team-list__filter">
        <input
          id={toggleId}
          type="checkbox"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.target.checked)}
        />
        <label htmlFor={toggleId}>
          Show archived teams {archivedCount > 0 && <span className="muted">({archivedCount})</span>}
        </label>
      </div>
      {teams.length === 0 ? (
        <p className="empty-state">
          Every team on this device is archived. Tick “Show archived teams” to see them, or add a team.
        </p>
      ) : (
        <ul className="card-list" aria-label="Teams on this device">
          {teams.map((team) => (
            <TeamCard key={team.id} team={team} />
          ))}
        </ul>
      )}
    </>
  )
}

function TeamCard({ team }: { team: Team }) {
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={paths.team(team.id)}>{team.name}</Link>
      </h2>
      {team.archivedAt !== null && <ArchivedBadge />}
      <p className="card__meta">
        {[team.organisation, serviceTypeLabels[team.serviceType], team.locality].filter(Boolean).join(' · ')}
      </p>
    </li>
  )
}

function NoTeams() {
  return (
    <div className="empty-state">
      <h2>No teams on this device yet</h2>
      <p>
        Start by adding the IPS team you are reviewing or self-assessing. Everything you enter stays on this device and
        works without a connection.
      </p>
      <p>New here? Load a fictional demo team to explore the app first.</p>
      <LoadDemoTeamButton />
    </div>
  )
}

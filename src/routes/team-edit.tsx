import { useNavigate, useParams } from 'react-router'
import { paths } from '../app/paths'
import { useTeam } from '../storage/live-teams'
import { teamsRepo } from '../storage/teams-repo'
import { usePageTitle } from '../ui/use-page-title'
import { TeamForm } from '../features/teams/team-form'
import { NotFoundRoute } from './not-found'

export function TeamEditRoute() {
  const { teamId = '' } = useParams()
  const team = useTeam(teamId)
  const navigate = useNavigate()
  usePageTitle(team ? `Edit ${team.name}` : team === null ? 'Team not found' : 'Edit team')
  if (team === undefined) return <p aria-busy="true">Loading team…</p>
  if (team === null) return <NotFoundRoute />
  return (
    <section className="page" aria-labelledby="team-edit-heading">
      <h1 id="team-edit-heading">Edit {team.name}</h1>
      <TeamForm
        initial={team}
        submitLabel="Save changes"
        cancelTo={paths.team(team.id)}
        onSave={async (values) => {
          await teamsRepo.update(team.id, values)
          await navigate(paths.team(team.id))
        }}
      />
    </section>
  )
}

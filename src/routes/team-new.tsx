import { useNavigate } from 'react-router'
import { paths } from '../app/paths'
import { teamsRepo } from '../storage/teams-repo'
import { usePageTitle } from '../ui/use-page-title'
import { TeamForm } from '../features/teams/team-form'

export function TeamNewRoute() {
  usePageTitle('Add a team')
  const navigate = useNavigate()
  return (
    <section className="page" aria-labelledby="team-new-heading">
      <h1 id="team-new-heading">Add a team</h1>
      <TeamForm
        submitLabel="Add team"
        cancelTo={paths.home()}
        onSave={async (values) => {
          const team = await teamsRepo.create(values)
          await navigate(paths.team(team.id))
        }}
      />
    </section>
  )
}

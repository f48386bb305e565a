import { Link } from 'react-router'
import { paths } from '../app/paths'
import { usePageTitle } from '../ui/use-page-title'
import { TeamList } from '../features/teams/team-list'

export function HomeRoute() {
  usePageTitle('Teams')
  return (
    <section className="page" aria-labelledby="teams-heading">
      <div className="toolbar">
        <h1 id="teams-heading">Teams</h1>
        <Link className="button" to={paths.newTeam()}>
          Add a team
        </Link>
      </div>
      <p>
        Have a file from a co-reviewer, or a backup? <Link to={paths.importData()}>Import a review or backup</Link>
      </p>
      <TeamList />
    </section>
  )
}

import { usePageTitle } from '../ui/use-page-title'
import { TeamList } from '../features/teams/team-list'

export function HomeRoute() {
  usePageTitle('Teams')
  return (
    <section className="page" aria-labelledby="teams-heading">
      <h1 id="teams-heading">Teams</h1>
      <TeamList />
    </section>
  )
}

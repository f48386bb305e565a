import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { paths } from '../app/paths'
import { usePageTitle } from '../ui/use-page-title'

// The list reads the device's database (Dexie and the record schemas): load that code after the page
// has painted its heading, so the first paint waits only for React and the router.
const TeamList = lazy(() => import('../features/teams/team-list').then((module) => ({ default: module.TeamList })))

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
      <Suspense fallback={<p aria-busy="true">Loading teams…</p>}>
        <TeamList />
      </Suspense>
    </section>
  )
}

import { Link, useLocation } from 'react-router'
import { paths } from '../app/paths'
import { usePageTitle } from '../ui/use-page-title'

export function NotFoundRoute() {
  usePageTitle('Page not found')
  const location = useLocation()
  return (
    <section className="page" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        There is nothing at <code>{location.pathname}</code>. The link may be mistyped, or the team or review it pointed
        to may have been removed from this device.
      </p>
      <p>
        <Link to={paths.home()}>Back to your teams</Link>
      </p>
    </section>
  )
}

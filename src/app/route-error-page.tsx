import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { paths } from './paths'
import { usePageTitle } from '../ui/use-page-title'

/** Shown when a screen fails to load or render: a readable message and a way back. */
export function RouteErrorPage() {
  const error = useRouteError()
  usePageTitle('Something went wrong')
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error'
  return (
    <section className="page" aria-labelledby="error-heading">
      <h1 id="error-heading">Something went wrong</h1>
      <p>This screen could not be shown. Your saved work on this device is not affected.</p>
      <p className="muted">Details: {detail}</p>
      <p>
        <Link to={paths.home()}>Back to your teams</Link>
      </p>
    </section>
  )
}

import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'

/** A screen another test covers, as a heading only: enough to see that a link or a redirect reached it. */
export const stub = (name: string) => <h1>{name}</h1>

/**
 * Renders `routes` in a memory router opened at `url`, as the app's router would. Returns Testing Library's
 * result and the router, so a test can see where a link, a form or a redirect went.
 */
export function renderRoute(routes: RouteObject[], url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  return { ...render(<RouterProvider router={router} />), router }
}

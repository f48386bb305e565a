import { createBrowserRouter, RouterProvider } from 'react-router'
import { routePatterns } from './paths'
import { AppLayout } from './app-layout'
import { RouteErrorPage } from './route-error-page'
import { AppErrorBoundary } from './app-error-boundary'
import { HomeRoute } from '../routes/home'

// The first screen (home) is in the entry chunk; every other screen loads when first visited
// (and is precached, so it still loads offline).
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: routePatterns.home, element: <HomeRoute /> },
          { path: routePatterns.team, lazy: () => import('../routes/team').then((m) => ({ Component: m.TeamRoute })) },
          {
            path: routePatterns.scales,
            lazy: () => import('../routes/scales').then((m) => ({ Component: m.ScalesRoute })),
          },
          {
            path: routePatterns.scaleItem,
            lazy: () => import('../routes/scale-item').then((m) => ({ Component: m.ScaleItemRoute })),
          },
          {
            path: routePatterns.settings,
            lazy: () => import('../routes/settings').then((m) => ({ Component: m.SettingsRoute })),
          },
          { path: '*', lazy: () => import('../routes/not-found').then((m) => ({ Component: m.NotFoundRoute })) },
        ],
      },
    ],
  },
])

export function App() {
  return (
    <AppErrorBoundary>
      <RouterProvider router={router} />
    </AppErrorBoundary>
  )
}

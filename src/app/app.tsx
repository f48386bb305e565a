import { createBrowserRouter, RouterProvider } from 'react-router'
import { routePatterns } from './paths'
import { AppLayout } from './app-layout'
import { RouteErrorPage } from './route-error-page'
import { AppErrorBoundary } from './app-error-boundary'
import { HomeRoute } from '../routes/home'
import { loadRoute } from './route-modules'

// The first screen (home) is in the entry chunk; every other screen loads when first visited
// (and is precached, so it still loads offline): see route-modules.ts.
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: routePatterns.home, element: <HomeRoute /> },
          { path: routePatterns.network, lazy: () => loadRoute('network') },
          {
            path: routePatterns.newTeam,
            lazy: () => loadRoute('newTeam'),
          },
          { path: routePatterns.team, lazy: () => loadRoute('team') },
          {
            path: routePatterns.editTeam,
            lazy: () => loadRoute('editTeam'),
          },
          {
            path: routePatterns.newReview,
            lazy: () => loadRoute('newReview'),
          },
          {
            path: routePatterns.review,
            lazy: () => loadRoute('review'),
          },
          {
            path: routePatterns.editReview,
            lazy: () => loadRoute('editReview'),
          },
          {
            path: routePatterns.visitPlan,
            lazy: () => loadRoute('visitPlan'),
          },
          {
            path: routePatterns.reviewItem,
            lazy: () => loadRoute('reviewItem'),
          },
          {
            path: routePatterns.recordReview,
            lazy: () => loadRoute('recordReview'),
          },
          {
            path: routePatterns.coverage,
            lazy: () => loadRoute('coverage'),
          },
          {
            path: routePatterns.sessionNotes,
            lazy: () => loadRoute('sessionNotes'),
          },
          {
            path: routePatterns.reviewRate,
            lazy: () => loadRoute('reviewRate'),
          },
          {
            path: routePatterns.reviewConsensus,
            lazy: () => loadRoute('reviewConsensus'),
          },
          {
            path: routePatterns.reviewResults,
            lazy: () => loadRoute('reviewResults'),
          },
          {
            path: routePatterns.reviewActionPlan,
            lazy: () => loadRoute('reviewActionPlan'),
          },
          {
            path: routePatterns.reviewReport,
            lazy: () => loadRoute('reviewReport'),
          },
          {
            path: routePatterns.teamHistory,
            lazy: () => loadRoute('teamHistory'),
          },
          {
            path: routePatterns.scales,
            lazy: () => loadRoute('scales'),
          },
          {
            path: routePatterns.scaleItem,
            lazy: () => loadRoute('scaleItem'),
          },
          {
            path: routePatterns.settings,
            lazy: () => loadRoute('settings'),
          },
          {
            path: routePatterns.importData,
            lazy: () => loadRoute('importData'),
          },
          {
            path: routePatterns.training,
            lazy: () => loadRoute('training'),
          },
          {
            path: routePatterns.trainingClass,
            lazy: () => loadRoute('trainingClass'),
          },
          {
            path: routePatterns.trainingPresent,
            lazy: () => loadRoute('trainingPresent'),
          },
          {
            path: routePatterns.trainingComparison,
            lazy: () => loadRoute('trainingComparison'),
          },
          { path: '*', lazy: () => loadRoute('notFound') },
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

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
          {
            path: routePatterns.newTeam,
            lazy: () => import('../routes/team-new').then((m) => ({ Component: m.TeamNewRoute })),
          },
          { path: routePatterns.team, lazy: () => import('../routes/team').then((m) => ({ Component: m.TeamRoute })) },
          {
            path: routePatterns.editTeam,
            lazy: () => import('../routes/team-edit').then((m) => ({ Component: m.TeamEditRoute })),
          },
          {
            path: routePatterns.newReview,
            lazy: () => import('../routes/review-new').then((m) => ({ Component: m.ReviewNewRoute })),
          },
          {
            path: routePatterns.review,
            lazy: () => import('../routes/review').then((m) => ({ Component: m.ReviewRoute })),
          },
          {
            path: routePatterns.editReview,
            lazy: () => import('../routes/review-edit').then((m) => ({ Component: m.ReviewEditRoute })),
          },
          {
            path: routePatterns.visitPlan,
            lazy: () => import('../routes/visit-plan').then((m) => ({ Component: m.VisitPlanRoute })),
          },
          {
            path: routePatterns.reviewItem,
            lazy: () => import('../routes/review-item').then((m) => ({ Component: m.ReviewItemRoute })),
          },
          {
            path: routePatterns.recordReview,
            lazy: () => import('../routes/record-review').then((m) => ({ Component: m.RecordReviewRoute })),
          },
          {
            path: routePatterns.coverage,
            lazy: () => import('../routes/coverage').then((m) => ({ Component: m.CoverageRoute })),
          },
          {
            path: routePatterns.sessionNotes,
            lazy: () => import('../routes/session-notes').then((m) => ({ Component: m.SessionNotesRoute })),
          },
          {
            path: routePatterns.reviewRate,
            lazy: () => import('../routes/review-rate').then((m) => ({ Component: m.ReviewRateRoute })),
          },
          {
            path: routePatterns.reviewConsensus,
            lazy: () => import('../routes/review-consensus').then((m) => ({ Component: m.ReviewConsensusRoute })),
          },
          {
            path: routePatterns.reviewResults,
            lazy: () => import('../routes/review-results').then((m) => ({ Component: m.ReviewResultsRoute })),
          },
          {
            path: routePatterns.reviewActionPlan,
            lazy: () => import('../routes/review-action-plan').then((m) => ({ Component: m.ReviewActionPlanRoute })),
          },
          {
            path: routePatterns.reviewReport,
            lazy: () => import('../routes/review-report').then((m) => ({ Component: m.ReviewReportRoute })),
          },
          {
            path: routePatterns.teamHistory,
            lazy: () => import('../routes/team-history').then((m) => ({ Component: m.TeamHistoryRoute })),
          },
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
          {
            path: routePatterns.importData,
            lazy: () => import('../routes/import').then((m) => ({ Component: m.ImportRoute })),
          },
          {
            path: routePatterns.training,
            lazy: () => import('../routes/training').then((m) => ({ Component: m.TrainingRoute })),
          },
          {
            path: routePatterns.trainingClass,
            lazy: () => import('../routes/training-class').then((m) => ({ Component: m.TrainingClassRoute })),
          },
          {
            path: routePatterns.trainingPresent,
            lazy: () => import('../routes/training-present').then((m) => ({ Component: m.TrainingPresentRoute })),
          },
          {
            path: routePatterns.trainingComparison,
            lazy: () => import('../routes/training-comparison').then((m) => ({ Component: m.TrainingComparisonRoute })),
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

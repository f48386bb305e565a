import { matchRoutes } from 'react-router'
import type { ComponentType } from 'react'
import { routePatterns } from './paths'

type RouteModule = { Component: ComponentType }
type LazyRoute = Exclude<keyof typeof routePatterns, 'home'> | 'notFound'

// Every screen but home is its own chunk, loaded when first visited (and precached, so it loads offline).
const loaders: Record<LazyRoute, () => Promise<RouteModule>> = {
  network: () => import('../routes/network').then((m) => ({ Component: m.NetworkRoute })),
  newTeam: () => import('../routes/team-new').then((m) => ({ Component: m.TeamNewRoute })),
  team: () => import('../routes/team').then((m) => ({ Component: m.TeamRoute })),
  editTeam: () => import('../routes/team-edit').then((m) => ({ Component: m.TeamEditRoute })),
  newReview: () => import('../routes/review-new').then((m) => ({ Component: m.ReviewNewRoute })),
  review: () => import('../routes/review').then((m) => ({ Component: m.ReviewRoute })),
  editReview: () => import('../routes/review-edit').then((m) => ({ Component: m.ReviewEditRoute })),
  visitPlan: () => import('../routes/visit-plan').then((m) => ({ Component: m.VisitPlanRoute })),
  reviewItem: () => import('../routes/review-item').then((m) => ({ Component: m.ReviewItemRoute })),
  recordReview: () => import('../routes/record-review').then((m) => ({ Component: m.RecordReviewRoute })),
  coverage: () => import('../routes/coverage').then((m) => ({ Component: m.CoverageRoute })),
  sessionNotes: () => import('../routes/session-notes').then((m) => ({ Component: m.SessionNotesRoute })),
  reviewRate: () => import('../routes/review-rate').then((m) => ({ Component: m.ReviewRateRoute })),
  reviewConsensus: () => import('../routes/review-consensus').then((m) => ({ Component: m.ReviewConsensusRoute })),
  reviewResults: () => import('../routes/review-results').then((m) => ({ Component: m.ReviewResultsRoute })),
  reviewActionPlan: () => import('../routes/review-action-plan').then((m) => ({ Component: m.ReviewActionPlanRoute })),
  reviewReport: () => import('../routes/review-report').then((m) => ({ Component: m.ReviewReportRoute })),
  teamHistory: () => import('../routes/team-history').then((m) => ({ Component: m.TeamHistoryRoute })),
  scales: () => import('../routes/scales').then((m) => ({ Component: m.ScalesRoute })),
  scaleItem: () => import('../routes/scale-item').then((m) => ({ Component: m.ScaleItemRoute })),
  settings: () => import('../routes/settings').then((m) => ({ Component: m.SettingsRoute })),
  importData: () => import('../routes/import').then((m) => ({ Component: m.ImportRoute })),
  training: () => import('../routes/training').then((m) => ({ Component: m.TrainingRoute })),
  trainingClass: () => import('../routes/training-class').then((m) => ({ Component: m.TrainingClassRoute })),
  trainingPresent: () => import('../routes/training-present').then((m) => ({ Component: m.TrainingPresentRoute })),
  trainingComparison: () =>
    import('../routes/training-comparison').then((m) => ({ Component: m.TrainingComparisonRoute })),
  notFound: () => import('../routes/not-found').then((m) => ({ Component: m.NotFoundRoute })),
}

const started = new Map<LazyRoute, Promise<RouteModule>>()

/** A screen's module, fetched once: the router and the early start below share the same request. */
export function loadRoute(name: LazyRoute): Promise<RouteModule> {
  let load = started.get(name)
  if (!load) {
    // A failed load is forgotten, so the next visit tries again (the error page offers the way back).
    load = loaders[name]().catch((error: unknown) => {
      started.delete(name)
      throw error
    })
    started.set(name, load)
  }
  return load
}

/** Whether a screen's chunk has been asked for (and not failed): what the intent to open it should have done. */
export const routeLoadStarted = (name: LazyRoute): boolean => started.has(name)

const patterns = [
  ...Object.entries(routePatterns).map(([name, path]) => ({ name, path })),
  { name: 'notFound', path: '*' },
]

/**
 * Starts fetching the chunk of the screen at `pathname` now, rather than after the entry has run and the router
 * has matched it: on a cold load the two then overlap instead of following one another.
 */
export function startLoadingRouteAt(pathname: string): void {
  const name = matchRoutes(patterns, pathname)?.at(-1)?.route.name
  if (name && name !== 'home') void loadRoute(name as LazyRoute).catch(() => {})
}

/**
 * Starts fetching a screen's chunk when the reviewer shows the intent to open it: the pointer over a link, a
 * finger down on it, or keyboard focus on it. The click follows some 50-300 ms later, by when the chunk is
 * usually in. Only screens someone is about to open are loaded, never every screen up front: the first screen
 * stays as light as it can be (issue 17: each route loads what it needs and nothing more).
 */
export function loadRoutesOnIntent(): void {
  const intent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return
    startLoadingRouteAt(link.pathname)
  }
  for (const type of ['pointerover', 'touchstart', 'focusin']) {
    document.addEventListener(type, intent, { capture: true, passive: true })
  }
}

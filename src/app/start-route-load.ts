import { loadRoutesOnIntent, startLoadingRouteAt } from './route-modules'

// Imported first by main.tsx, so this runs before the rest of the entry is evaluated.
startLoadingRouteAt(window.location.pathname)
loadRoutesOnIntent()

/** Every URL the app knows, in one place: routes and links both use these. */
export const paths = {
  home: () => '/',
  team: (teamId: string) => `/teams/${encodeURIComponent(teamId)}`,
  scales: () => '/scales',
  scaleItem: (scaleId: string, version: string, itemId: string) =>
    `/scales/${encodeURIComponent(scaleId)}/${encodeURIComponent(version)}/${encodeURIComponent(itemId)}`,
  settings: () => '/settings',
} as const

/** Route patterns for the router, kept beside the builders above so they cannot drift apart. */
export const routePatterns = {
  home: '/',
  team: '/teams/:teamId',
  scales: '/scales',
  scaleItem: '/scales/:scaleId/:version/:itemId',
  settings: '/settings',
} as const

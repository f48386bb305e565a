/** Every URL the app knows, in one place: routes and links both use these. */
const enc = encodeURIComponent

export const paths = {
  home: () => '/',
  newTeam: () => '/teams/new',
  team: (teamId: string) => `/teams/${enc(teamId)}`,
  editTeam: (teamId: string) => `/teams/${enc(teamId)}/edit`,
  newReview: (teamId: string) => `/teams/${enc(teamId)}/reviews/new`,
  review: (reviewId: string) => `/reviews/${enc(reviewId)}`,
  editReview: (reviewId: string) => `/reviews/${enc(reviewId)}/edit`,
  reviewItem: (reviewId: string, itemId: string) => `/reviews/${enc(reviewId)}/items/${enc(itemId)}`,
  recordReview: (reviewId: string) => `/reviews/${enc(reviewId)}/records`,
  coverage: (reviewId: string) => `/reviews/${enc(reviewId)}/coverage`,
  reviewRate: (reviewId: string, itemId: string) => `/reviews/${enc(reviewId)}/rate/${enc(itemId)}`,
  reviewConsensus: (reviewId: string) => `/reviews/${enc(reviewId)}/consensus`,
  reviewResults: (reviewId: string) => `/reviews/${enc(reviewId)}/results`,
  reviewActionPlan: (reviewId: string) => `/reviews/${enc(reviewId)}/action-plan`,
  reviewReport: (reviewId: string) => `/reviews/${enc(reviewId)}/report`,
  teamHistory: (teamId: string) => `/teams/${enc(teamId)}/history`,
  scales: () => '/scales',
  scaleItem: (scaleId: string, version: string, itemId: string) =>
    `/scales/${enc(scaleId)}/${enc(version)}/${enc(itemId)}`,
  settings: () => '/settings',
} as const

/** Route patterns for the router, kept beside the builders above so they cannot drift apart. */
export const routePatterns = {
  home: '/',
  newTeam: '/teams/new',
  team: '/teams/:teamId',
  editTeam: '/teams/:teamId/edit',
  newReview: '/teams/:teamId/reviews/new',
  review: '/reviews/:reviewId',
  editReview: '/reviews/:reviewId/edit',
  reviewItem: '/reviews/:reviewId/items/:itemId',
  recordReview: '/reviews/:reviewId/records',
  coverage: '/reviews/:reviewId/coverage',
  reviewRate: '/reviews/:reviewId/rate/:itemId',
  reviewConsensus: '/reviews/:reviewId/consensus',
  reviewResults: '/reviews/:reviewId/results',
  reviewActionPlan: '/reviews/:reviewId/action-plan',
  reviewReport: '/reviews/:reviewId/report',
  teamHistory: '/teams/:teamId/history',
  scales: '/scales',
  scaleItem: '/scales/:scaleId/:version/:itemId',
  settings: '/settings',
} as const

import { useEffect, useMemo, useState } from 'react'
import { finalIndependentTotals, networkTeam, type FinalTotal, type NetworkTeam } from '#domain/network/network-teams'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import type { ReviewResults } from '#domain/scoring/results'
import { localIsoDate } from '#domain/text/dates'
import { reviewsRepo } from '../../storage/reviews-repo'
import { useScaleCatalogue } from '../../storage/live-scales'
import { useSettings } from '../../storage/live-settings'
import { useTeams } from '../../storage/live-teams'
import { resultsState } from './use-review-results'
import { useScoresForReviews } from './use-team-scores'

export type NetworkResults =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | {
      status: 'ready'
      /** Every team on the device that is not archived, with its latest final independent result. */
      teams: NetworkTeam[]
      /** Every final independent review's total, for the trend. */
      finalTotals: FinalTotal[]
      /** For item titles and bands: the newest latest review's scale (every IPS scale shares ids and band edges). */
      scale: ScaleFile | undefined
    }

const counted = (review: Review) => review.status === 'final' && review.type === 'independent'

/**
 * The whole network's latest independent results, read from every team's reviews and scores. The one place the
 * network screens gather their data: a results snapshot (useNetworkData) replaces it without touching them.
 * Pass `enabled` false where it is not needed (a training exercise's results), so nothing is read.
 */
export function useNetworkResults(enabled = true, today = localIsoDate(new Date())): NetworkResults {
  const teams = useTeams()
  const settings = useSettings()
  const scales = useScaleCatalogue()
  const [read, setRead] = useState<{ teams: unknown; reviews?: Review[]; failure?: string }>()
  useEffect(() => {
    if (!enabled || !teams) return
    let current = true
    Promise.all(teams.map((team) => reviewsRepo.listForTeam(team.id))).then(
      (lists) => current && setRead({ teams, reviews: lists.flat() }),
      (error: unknown) =>
        current && setRead({ teams, failure: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [enabled, teams])
  // Reviews read for an older list of teams are not shown as this one's.
  const reviews = read?.teams === teams ? read?.reviews : undefined
  const finalReviews = useMemo(() => reviews?.filter(counted), [reviews])
  const stored = useScoresForReviews(finalReviews)

  return useMemo((): NetworkResults => {
    if (read?.teams === teams && read?.failure) return { status: 'failed', message: read.failure }
    if (stored.status === 'failed') return stored
    if (!teams || !reviews || !settings || scales.loading || stored.status === 'loading') return { status: 'loading' }
    // Each review's results are worked out once, though the latest result, next review and trend all ask.
    const cache = new Map<string, ReviewResults | null>()
    const resultsFor = (review: Review) => {
      if (!cache.has(review.id)) {
        const scores = stored.scores.get(review.id)
        const scale = scales.find(review.scaleId, review.scaleVersion)
        const state = scores ? resultsState(review, scale, scores.ratings, scores.consensus) : null
        cache.set(review.id, state?.status === 'ready' ? state.results : null)
      }
      return cache.get(review.id)
    }
    const network = teams.map((team) => networkTeam(team, reviews, resultsFor, settings, today))
    const newest = network
      .flatMap(({ latest }) => (latest ? [reviews.find((review) => review.id === latest.reviewId)!] : []))
      .sort((a, b) => b.visitStart.localeCompare(a.visitStart))
      .map((review) => scales.find(review.scaleId, review.scaleVersion))
      .find((scale) => scale !== undefined)
    const fallback = scales.defaultEntry && scales.find(scales.defaultEntry.id, scales.defaultEntry.version)
    return {
      status: 'ready',
      teams: network,
      finalTotals: finalIndependentTotals(
        teams.map((team) => team.id),
        reviews,
        resultsFor,
      ),
      scale: newest ?? fallback,
    }
  }, [read, teams, reviews, settings, scales, stored, today])
}

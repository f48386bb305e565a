import type { Review } from '#domain/review/review'
import type { ReviewDeadlines } from '#domain/review/review-dates'
import type { Team } from '#domain/review/team'
import { teamHistory } from '#domain/scoring/history'
import type { ReviewResults } from '#domain/scoring/results'
import { nextReviewAfter, type NextReview } from './due-reviews'
import { latestIndependentResult, type TeamResult } from './network-items'

/** A team as the network dashboard sees it: its latest final independent result and its next review. */
export interface NetworkTeam {
  team: Pick<Team, 'id' | 'name' | 'organisation' | 'locality'>
  /** Null while the team has no final independent review. */
  latest: TeamResult | null
  nextReview: NextReview | null
}

/** A final independent review's total, for the network's trend (every such review, not only the latest). */
export interface FinalTotal {
  teamId: string
  visitStart: string
  /** Null when not every item is scored or the scale is not on the device. */
  total: number | null
}

/** One team's place in the network from its reviews (of any team: the team's own are picked out). */
export function networkTeam(
  team: NetworkTeam['team'],
  reviews: readonly Review[],
  resultsFor: (review: Review) => ReviewResults | null | undefined,
  deadlines: ReviewDeadlines,
  today: string,
): NetworkTeam {
  const ofTeam = reviews.filter((review) => review.teamId === team.id)
  const latest = latestIndependentResult(team, ofTeam, resultsFor)
  const latestReview = latest ? ofTeam.find((review) => review.id === latest.reviewId) : undefined
  return { team, latest, nextReview: latestReview ? nextReviewAfter(latestReview, ofTeam, deadlines, today) : null }
}

/** Every final independent review's total of the given teams, oldest first. */
export function finalIndependentTotals(
  teamIds: readonly string[],
  reviews: readonly Review[],
  resultsFor: (review: Review) => ReviewResults | null | undefined,
): FinalTotal[] {
  return teamIds.flatMap((teamId) =>
    teamHistory(teamId, reviews, resultsFor)
      .filter((point) => point.type === 'independent')
      .map((point) => ({ teamId, visitStart: point.date, total: point.total })),
  )
}

/** The subset the dashboard looks at; an empty field means any. */
export interface NetworkFilter {
  organisation: string
  locality: string
}

export const WHOLE_NETWORK: NetworkFilter = { organisation: '', locality: '' }

const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB')

export function filterNetworkTeams(teams: readonly NetworkTeam[], filter: NetworkFilter): NetworkTeam[] {
  return teams.filter(
    ({ team }) =>
      (!filter.organisation || fold(team.organisation) === fold(filter.organisation)) &&
      (!filter.locality || fold(team.locality) === fold(filter.locality)),
  )
}

/** The organisations and localities to choose from: each once (ignoring case and spaces), in name order. */
export function networkFilterChoices(teams: readonly NetworkTeam[]): { organisations: string[]; localities: string[] } {
  const distinct = (values: string[]) => {
    const byFold = new Map<string, string>()
    for (const value of values) if (value.trim() && !byFold.has(fold(value))) byFold.set(fold(value), value.trim())
    return [...byFold.values()].sort((a, b) => a.localeCompare(b, 'en-GB'))
  }
  return {
    organisations: distinct(teams.map(({ team }) => team.organisation)),
    localities: distinct(teams.map(({ team }) => team.locality)),
  }
}

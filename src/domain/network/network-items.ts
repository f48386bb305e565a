import type { Review } from '#domain/review/review'
import type { FidelityBand, ScaleFile } from '#domain/scale/schema'
import { teamHistory } from '#domain/scoring/history'
import { itemsInScaleOrder } from '#domain/scoring/results'
import type { ResultFigures } from '#domain/scoring/final-scores'

/**
 * Across the teams a centre supports: each team's latest final independent review, and what the network's
 * items look like from them. Self-assessments and training exercises never count here: a network view
 * compares like with like, as the research pooling sites does.
 */
export interface TeamResult {
  teamId: string
  teamName: string
  reviewId: string
  /** First day of the visit (ISO date). */
  visitStart: string
  /** Only once every item is scored. */
  total: number | null
  band: FidelityBand | null
  /** Item id to score; an item not scored is absent or null. */
  scores: Readonly<Record<string, number | null>>
}

/** A score at or below this is an item the network may need training on (the action plan's default too). */
export const WEAK_AT_OR_BELOW = 3

/** The team's newest final independent review with its results, or null when it has none (yet). */
export function latestIndependentResult(
  team: { id: string; name: string },
  reviews: readonly Review[],
  resultsFor: (review: Review) => ResultFigures | null | undefined,
): TeamResult | null {
  const byId = new Map(reviews.map((review) => [review.id, review]))
  const points = teamHistory(team.id, reviews, resultsFor).filter((point) => point.type === 'independent')
  const latest = points.at(-1)
  const review = latest ? byId.get(latest.reviewId) : undefined
  if (!latest || !review) return null
  const results = resultsFor(review)
  const scores: Record<string, number | null> = {}
  for (const { item, score } of results?.scores ?? []) scores[item.id] = score
  return {
    teamId: team.id,
    teamName: team.name,
    reviewId: review.id,
    visitStart: review.visitStart,
    total: latest.total,
    band: latest.band,
    scores,
  }
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const scored = (teams: readonly TeamResult[], itemId: string) =>
  teams.flatMap((team) => {
    const score = team.scores[itemId]
    return typeof score === 'number' ? [score] : []
  })

export interface HeatMap {
  items: { id: string; number: number; title: string }[]
  /** One row per team, by team name; a cell is the item's score or null where it was not scored. */
  rows: { teamId: string; teamName: string; reviewId: string; cells: (number | null)[] }[]
}

/** Teams by items, in the scale's order: the table under the coloured map, so it never relies on colour. */
export function heatMap(scale: Pick<ScaleFile, 'items'>, teams: readonly TeamResult[]): HeatMap {
  const items = itemsInScaleOrder(scale)
  return {
    items: items.map((item) => ({ id: item.id, number: item.number, title: item.title })),
    rows: [...teams]
      .sort((a, b) => a.teamName.localeCompare(b.teamName, 'en-GB') || a.teamId.localeCompare(b.teamId))
      .map((team) => ({
        teamId: team.teamId,
        teamName: team.teamName,
        reviewId: team.reviewId,
        cells: items.map((item) => team.scores[item.id] ?? null),
      })),
  }
}

export interface ItemAcrossNetwork {
  itemId: string
  number: number
  title: string
  /** Over the teams that scored the item; null when none did. */
  median: number | null
  /** How many teams scored it. */
  scoredBy: number
  /** How many of those scored it at or below WEAK_AT_OR_BELOW. */
  weakIn: number
}

/** Each item's median, how many teams scored it and in how many it is weak, in the scale's order. */
export function itemsAcrossNetwork(scale: Pick<ScaleFile, 'items'>, teams: readonly TeamResult[]): ItemAcrossNetwork[] {
  return itemsInScaleOrder(scale).map((item) => {
    const scores = scored(teams, item.id)
    return {
      itemId: item.id,
      number: item.number,
      title: item.title,
      median: median(scores),
      scoredBy: scores.length,
      weakIn: scores.filter((score) => score <= WEAK_AT_OR_BELOW).length,
    }
  })
}

/** Where the network needs training: items weak in at least one team, most teams first, then item order. */
export function weakestItems(items: readonly ItemAcrossNetwork[]): ItemAcrossNetwork[] {
  return items.filter((item) => item.weakIn > 0).sort((a, b) => b.weakIn - a.weakIn || a.number - b.number)
}

/** The items on which a team scored below the network's median, by number ("items 5, 17, 24"). */
export function itemsBelowNetworkMedian(
  team: Pick<TeamResult, 'scores'>,
  items: readonly ItemAcrossNetwork[],
): number[] {
  return items.flatMap((item) => {
    const score = team.scores[item.itemId]
    return typeof score === 'number' && item.median !== null && score < item.median ? [item.number] : []
  })
}

/** How many teams' latest reviews fall in each band, in the scale's band order, and how many are not complete. */
export function bandDistribution(
  scale: Pick<ScaleFile, 'bands'>,
  teams: readonly TeamResult[],
): { bands: { band: FidelityBand; teams: number }[]; incomplete: number } {
  return {
    bands: scale.bands.map((band) => ({ band, teams: teams.filter((team) => team.band?.id === band.id).length })),
    incomplete: teams.filter((team) => team.band === null).length,
  }
}

/**
 * The network's mean total per calendar year of the visit, over every final independent review with a
 * complete total (not only each team's latest): a team reviewed twice in a year counts twice, as two visits.
 */
export function networkTrend(
  visits: readonly { visitStart: string; total: number | null }[],
): { year: number; meanTotal: number; reviews: number }[] {
  const byYear = new Map<number, number[]>()
  for (const visit of visits) {
    if (visit.total === null) continue
    const year = Number(visit.visitStart.slice(0, 4))
    byYear.set(year, [...(byYear.get(year) ?? []), visit.total])
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, totals]) => ({
      year,
      meanTotal: Math.round((totals.reduce((sum, total) => sum + total, 0) / totals.length) * 10) / 10,
      reviews: totals.length,
    }))
}

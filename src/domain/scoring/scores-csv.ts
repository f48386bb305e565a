import { csvDocument, type CsvValue } from '#domain/text/csv'
import { computeResults, itemsInScaleOrder, ResultsError, scoresForReview, type ReviewResults } from './results'
import type { Consensus, Rating } from '#domain/review/rating'
import { reviewStatusLabels, reviewTypeLabels, type Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import type { Team } from '#domain/review/team'

export interface ScoresCsvRow {
  team: Team
  review: Review
  scale: ScaleFile
  results: ReviewResults
}

const leadingColumns = [
  'Team',
  'Organisation',
  'Review type',
  'Status',
  'Visit start',
  'Visit end',
  'Finalised on',
  'Scale',
  'Scale version',
] as const

/**
 * Every scale the app accepts has the IPS-25 structure (three sections, items numbered 1-25: see
 * scale-invariants), so columns are matched by item number and section position, and one file can
 * hold UK and US reviews. Item titles in the header come from the first row's scale; the Scale
 * column says which scale each row was rated on.
 */
function header(scale: ScaleFile | undefined): string[] {
  const items = scale ? itemsInScaleOrder(scale).map((item) => `${item.number} ${item.title}`) : []
  const sections = scale ? scale.sections.map((section) => `${section.title} subtotal`) : []
  return [...leadingColumns, ...items, ...sections, 'Items rated', 'Total', 'Band']
}

// A subtotal or total is written only when every item in it is rated: a partial sum in a "Total"
// column would be read as a (low) total. The item columns and "Items rated" show the partial picture.
function cells({ team, review, scale, results }: ScoresCsvRow): CsvValue[] {
  return [
    team.name,
    team.organisation,
    reviewTypeLabels[review.type],
    reviewStatusLabels[review.status],
    review.visitStart,
    review.visitEnd,
    // The UTC calendar date: domain code has no time zone, and a date cell sorts in a spreadsheet.
    review.finalisedAt ? review.finalisedAt.slice(0, 10) : '',
    scale.title,
    scale.version,
    ...results.scores.map((entry) => entry.score),
    ...results.sections.map((section) => (section.ratedCount === section.itemCount ? section.total : null)),
    results.ratedCount,
    results.complete ? results.total : null,
    results.band?.label ?? '',
  ]
}

function byTeamThenVisit(a: ScoresCsvRow, b: ScoresCsvRow): number {
  return (
    a.team.name.localeCompare(b.team.name, 'en-GB') ||
    a.review.visitStart.localeCompare(b.review.visitStart) ||
    a.review.id.localeCompare(b.review.id)
  )
}

/**
 * The deciding score of every item for each review, one row per review, sorted by team then visit:
 * UTF-8 with a byte-order mark, every field quoted, text that a spreadsheet would run as a formula
 * (a team called "=HYPERLINK(…)", say) made inert by csv.ts.
 */
export function scoresCsv(rows: readonly ScoresCsvRow[]): string {
  const sorted = [...rows].sort(byTeamThenVisit)
  return csvDocument(header(sorted[0]?.scale), sorted.map(cells))
}

export interface ScoresCsvInput {
  teams: readonly Team[]
  reviews: readonly Review[]
  ratings: readonly Rating[]
  consensus: readonly Consensus[]
}

export interface ScoresCsvRows {
  rows: ScoresCsvRow[]
  /** Reviews with scores that cannot be shown: their scale is not on this device, or their scores do not fit it. */
  leftOut: Review[]
}

/**
 * The rows for scoresCsv from everything on the device: every review with at least one deciding
 * score (the consensus with two reviewers, the reviewer's own rating with one), whatever its status.
 */
export function scoresCsvRows(
  data: ScoresCsvInput,
  findScale: (id: string, version: string) => ScaleFile | undefined,
): ScoresCsvRows {
  const teams = new Map(data.teams.map((team) => [team.id, team]))
  const rows: ScoresCsvRow[] = []
  const leftOut: Review[] = []
  for (const review of data.reviews) {
    const ratings = data.ratings.filter((r) => r.reviewId === review.id)
    const consensus = data.consensus.filter((c) => c.reviewId === review.id)
    const scores = scoresForReview(review, ratings, consensus)
    if (!Object.values(scores).some((score) => score !== null && score !== undefined)) continue
    const team = teams.get(review.teamId)
    const scale = findScale(review.scaleId, review.scaleVersion)
    if (!team || !scale) {
      leftOut.push(review)
      continue
    }
    try {
      rows.push({ team, review, scale, results: computeResults(scale, scores) })
    } catch (error) {
      if (!(error instanceof ResultsError)) throw error
      leftOut.push(review)
    }
  }
  return { rows, leftOut }
}

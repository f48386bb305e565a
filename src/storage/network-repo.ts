import { TeamSchema, type Team } from '#domain/review/team'
import { ReviewSchema, type Review } from '#domain/review/review'
import type { ReviewDeadlines } from '#domain/review/review-dates'
import { ActionPlanEntrySchema, type ActionPlanEntry } from '#domain/scoring/action-plan'
import { countsAcrossTeams, FinalScoresSchema, isCurrentSnapshot, type FinalScores } from '#domain/scoring/final-scores'
import { reviewsWithPlansCounted } from '#domain/network/portfolio'
import { TeamOutcomeSchema, type TeamOutcome } from '#domain/network/outcomes'
import { defaultSettings, SettingsSchema } from '#domain/settings/settings'
import { SETTINGS_ID, type ReviewDatabase } from './database'
import { parseRow, parseRows, read } from './repo-helpers'

/** Everything on this device the portfolio and the network dashboard pool, read as one consistent set. */
export interface NetworkRows {
  /** Every team, archived ones too (each has its archivedAt). */
  teams: Team[]
  reviews: Review[]
  /** The results snapshots of final reviews that count across teams, only those of the review as it now stands. */
  finalScores: FinalScores[]
  /** The action plans of each team's newest final review (the plans the portfolio counts open actions in). */
  actionPlan: ActionPlanEntry[]
  deadlines: ReviewDeadlines
  /** Each team's quarterly outcome figures. */
  outcomes: TeamOutcome[]
  /** Final reviews that count but have no snapshot yet (finalised before snapshots, or loaded as demo data). */
  missingFinalScores: { reviewId: string; finalisedAt: string }[]
}

/** Each team's quarterly outcomes, read within this load's read so they match its teams. */
async function readOutcomes(db: ReviewDatabase): Promise<TeamOutcome[]> {
  return parseRows(TeamOutcomeSchema, await db.outcomes.toArray(), 'quarter of outcomes')
}

async function loadSettings(db: ReviewDatabase) {
  const row = await db.settings.get(SETTINGS_ID)
  return row ? parseRow(SettingsSchema, row, 'settings') : defaultSettings
}

export const networkRepo = {
  async load(): Promise<NetworkRows> {
    return read(async (db) => {
      const [teamRows, reviewRows, scoreRows, settings, outcomes] = await Promise.all([
        db.teams.toArray(),
        db.reviews.toArray(),
        db.finalScores.toArray(),
        loadSettings(db),
        readOutcomes(db),
      ])
      const teams = parseRows(TeamSchema, teamRows, 'team')
      const reviews = parseRows(ReviewSchema, reviewRows, 'review')
      const byId = new Map(reviews.map((review) => [review.id, review]))
      const finalScores = parseRows(FinalScoresSchema, scoreRows, 'results snapshot').filter((snapshot) => {
        const review = byId.get(snapshot.reviewId)
        return review !== undefined && isCurrentSnapshot(snapshot, review)
      })
      const taken = new Set(finalScores.map((snapshot) => snapshot.reviewId))
      const missingFinalScores = reviews.flatMap((review) =>
        countsAcrossTeams(review) && review.finalisedAt !== null && !taken.has(review.id)
          ? [{ reviewId: review.id, finalisedAt: review.finalisedAt }]
          : [],
      )
      const planRows = await db.actionPlan.where('reviewId').anyOf(reviewsWithPlansCounted(reviews)).toArray()
      const { reportWeeks, actionPlanWeeks, nextReviewMonths } = settings
      return {
        teams,
        reviews,
        finalScores,
        actionPlan: parseRows(ActionPlanEntrySchema, planRows, 'action plan entry'),
        deadlines: { reportWeeks, actionPlanWeeks, nextReviewMonths },
        outcomes,
        missingFinalScores,
      }
    })
  },
}

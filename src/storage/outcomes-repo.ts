import { TeamOutcomeSchema, type OutcomeFigure, type TeamOutcome } from '#domain/network/outcomes'
import type { ReviewDatabase } from './database'
import { notFound } from './storage-error'
import { parseInput, parseRows, read, write } from './repo-helpers'

export type OutcomeFigures = Record<OutcomeFigure, number | null>

const newestFirst = (a: TeamOutcome, b: TeamOutcome) => b.quarter.localeCompare(a.quarter)

async function requireTeams(db: ReviewDatabase, teamIds: readonly string[]): Promise<void> {
  const unique = [...new Set(teamIds)]
  const found = await db.teams.bulkGet(unique)
  if (found.some((team) => team === undefined)) throw notFound('A team of these outcomes')
}

export const outcomesRepo = {
  /** A team's quarters, newest first. */
  async listForTeam(teamId: string): Promise<TeamOutcome[]> {
    return read(async (db) =>
      parseRows(
        TeamOutcomeSchema,
        await db.outcomes.where('teamId').equals(teamId).toArray(),
        'quarter of outcomes',
      ).sort(newestFirst),
    )
  },

  /** Every team's quarters, newest first: for the CSV preview and the network's scatter. */
  async listAll(): Promise<TeamOutcome[]> {
    return read(async (db) =>
      parseRows(TeamOutcomeSchema, await db.outcomes.toArray(), 'quarter of outcomes').sort(newestFirst),
    )
  },

  /**
   * Writes a team's figures for a quarter, replacing what was entered for it. Checked whole (the same rules as
   * the form and the CSV) before anything is written, in one transaction with the check that the team is here.
   */
  async save(teamId: string, quarter: string, figures: OutcomeFigures, now: Date = new Date()): Promise<TeamOutcome> {
    const outcome = parseInput(
      TeamOutcomeSchema,
      { ...figures, teamId, quarter, updatedAt: now.toISOString() },
      'the outcomes',
    )
    return write(
      (db) => [db.outcomes, db.teams],
      async (db) => {
        await requireTeams(db, [teamId])
        await db.outcomes.put(outcome)
        return outcome
      },
    )
  },

  async remove(teamId: string, quarter: string): Promise<void> {
    await write(
      (db) => [db.outcomes],
      (db) => db.outcomes.delete([teamId, quarter]),
    )
  },

  /**
   * Writes every row of an imported CSV in one transaction: all or nothing, each row checked again and every
   * team still on this device, so a file half written is never read as a whole quarter.
   */
  async importRows(outcomes: readonly TeamOutcome[]): Promise<void> {
    const rows = outcomes.map((outcome) => parseInput(TeamOutcomeSchema, outcome, 'the outcomes'))
    await write(
      (db) => [db.outcomes, db.teams],
      async (db) => {
        await requireTeams(
          db,
          rows.map((row) => row.teamId),
        )
        await db.outcomes.bulkPut(rows)
      },
    )
  },
}

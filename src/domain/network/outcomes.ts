import * as z from 'zod/mini'
import { csvDocument, parseCsv } from '#domain/text/csv'

/**
 * The figures a team already reports to its programme each quarter, kept beside fidelity. All optional: a
 * team enters what it has. The employment rate is not typed but worked out, as the programme now defines
 * it: of the people who were out of work when they started with the service, the share who started work.
 */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/

const count = z.nullable(
  z.number().check(z.int({ error: 'Use a whole number' }), z.gte(0, { error: 'Use 0 or more' }), z.lte(100_000)),
)

export const outcomeFigures = ['caseload', 'inCompetitiveWork', 'outOfWorkAtEntry', 'startedWork', 'jobStarts'] as const
export type OutcomeFigure = (typeof outcomeFigures)[number]

export const outcomeFigureLabels: Record<OutcomeFigure, string> = {
  caseload: 'Caseload',
  inCompetitiveWork: 'People in competitive work',
  outOfWorkAtEntry: 'People out of work when they started with the service',
  startedWork: 'Of those, people who started work',
  jobStarts: 'Job starts',
}

/** The rules a quarter's figures keep, in one place for the form, the CSV and imported files. */
export function outcomeProblems(
  figures: Record<OutcomeFigure, number | null>,
): { figure: OutcomeFigure; message: string }[] {
  const problems: { figure: OutcomeFigure; message: string }[] = []
  const { caseload, inCompetitiveWork, outOfWorkAtEntry, startedWork } = figures
  if (caseload !== null && inCompetitiveWork !== null && inCompetitiveWork > caseload) {
    problems.push({ figure: 'inCompetitiveWork', message: 'More people in work than on the caseload' })
  }
  if (outOfWorkAtEntry !== null && startedWork !== null && startedWork > outOfWorkAtEntry) {
    problems.push({
      figure: 'startedWork',
      message: 'More people started work than were out of work when they started with the service',
    })
  }
  return problems
}

export const TeamOutcomeSchema = z
  .object({
    teamId: z.string().check(z.minLength(1)),
    quarter: z.string().check(z.regex(QUARTER_PATTERN, { error: 'Write the quarter as 2026-Q3' })),
    caseload: count,
    inCompetitiveWork: count,
    outOfWorkAtEntry: count,
    startedWork: count,
    jobStarts: count,
    updatedAt: z.string(),
  })
  .check(
    z.superRefine((outcome, ctx) => {
      for (const problem of outcomeProblems(outcome)) {
        ctx.addIssue({ code: 'custom', path: [problem.figure], message: problem.message, input: outcome })
      }
    }),
  )
export type TeamOutcome = z.infer<typeof TeamOutcomeSchema>

/** Percentage, to one decimal; null when nobody was out of work at entry or a figure is missing. */
export function employmentRate(outcome: Pick<TeamOutcome, 'outOfWorkAtEntry' | 'startedWork'>): number | null {
  const { outOfWorkAtEntry, startedWork } = outcome
  if (outOfWorkAtEntry === null || startedWork === null || outOfWorkAtEntry === 0) return null
  return Math.round((startedWork / outOfWorkAtEntry) * 1000) / 10
}

/** "2026-Q3" for the quarter a date falls in. */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7))
  return `${isoDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`
}

const CSV_HEADER = [
  'team_id',
  'team_name',
  'quarter',
  'caseload',
  'people_in_competitive_work',
  'out_of_work_at_entry',
  'started_work',
  'job_starts',
] as const

/** A CSV with a row per team for the quarter, figures blank, for teams to fill in and send back. */
export function outcomesCsvTemplate(teams: readonly { id: string; name: string }[], quarter: string): string {
  return csvDocument(
    CSV_HEADER,
    teams.map((team) => [team.id, team.name, quarter, null, null, null, null, null]),
  )
}

export type OutcomesCsvResult =
  { ok: true; outcomes: TeamOutcome[] } | { ok: false; problems: { line: number; message: string }[] }

const figureColumns: [OutcomeFigure, (typeof CSV_HEADER)[number]][] = [
  ['caseload', 'caseload'],
  ['inCompetitiveWork', 'people_in_competitive_work'],
  ['outOfWorkAtEntry', 'out_of_work_at_entry'],
  ['startedWork', 'started_work'],
  ['jobStarts', 'job_starts'],
]

/**
 * Reads a filled-in template. Every bad row is listed by its line, and nothing is returned to write unless
 * every row is good: a half-imported quarter would be read as the whole. A cell is only ever read as a
 * whole number or blank; a formula, a decimal or a negative is refused, never evaluated.
 */
export function parseOutcomesCsv(text: string, teams: readonly { id: string }[], updatedAt: string): OutcomesCsvResult {
  const parsed = parseCsv(text)
  if (!parsed.ok) return { ok: false, problems: [{ line: parsed.line, message: parsed.message }] }
  const [header, ...rows] = parsed.rows
  const names = header?.cells.map((cell) => cell.trim().toLowerCase()) ?? []
  const missing = CSV_HEADER.filter((column) => column !== 'team_name' && !names.includes(column))
  if (!header || missing.length > 0) {
    return {
      ok: false,
      problems: [{ line: 1, message: `The first row must name the columns; missing: ${missing.join(', ') || 'all'}` }],
    }
  }
  if (rows.length === 0) return { ok: false, problems: [{ line: 2, message: 'The file has no rows of figures' }] }
  const known = new Set(teams.map((team) => team.id))
  const column = (row: string[], name: string) => (row[names.indexOf(name)] ?? '').trim()
  const problems: { line: number; message: string }[] = []
  const outcomes: TeamOutcome[] = []
  const seen = new Map<string, number>()
  for (const { line, cells } of rows) {
    const rowProblems: string[] = []
    const teamId = column(cells, 'team_id')
    const quarter = column(cells, 'quarter')
    if (!known.has(teamId)) rowProblems.push(`no team on this device has the id "${teamId.slice(0, 60)}"`)
    if (!QUARTER_PATTERN.test(quarter)) rowProblems.push('write the quarter as 2026-Q3')
    const figures = {} as Record<OutcomeFigure, number | null>
    for (const [figure, name] of figureColumns) {
      const cell = column(cells, name)
      if (cell === '') figures[figure] = null
      else if (/^\d{1,6}$/.test(cell) && Number(cell) <= 100_000) figures[figure] = Number(cell)
      else {
        figures[figure] = null
        rowProblems.push(`${name} must be a whole number from 0 to 100000 or blank`)
      }
    }
    rowProblems.push(...outcomeProblems(figures).map((problem) => problem.message.toLocaleLowerCase('en-GB')))
    const key = `${teamId}\u0000${quarter}`
    const first = seen.get(key)
    if (first !== undefined) rowProblems.push(`the same team and quarter as line ${first}`)
    else seen.set(key, line)
    if (rowProblems.length > 0) problems.push({ line, message: rowProblems.join('; ') })
    else outcomes.push({ teamId, quarter, ...figures, updatedAt })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, outcomes }
}

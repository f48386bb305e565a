import { describe, expect, it } from 'vitest'
import {
  employmentRate,
  outcomesCsvTemplate,
  parseOutcomesCsv,
  quarterOf,
  TeamOutcomeSchema,
} from '#domain/network/outcomes'

const teams = [
  { id: 'team-north', name: 'Northgate' },
  { id: 'team-river', name: '=Riverside' },
]
const at = '2026-12-05T09:00:00.000Z'

/** The template for the quarter with rows filled in as a team would, line 2 onwards. */
function filled(...rows: string[]) {
  return [
    'team_id,team_name,quarter,caseload,people_in_competitive_work,out_of_work_at_entry,started_work,job_starts',
    ...rows,
  ].join('\r\n')
}

describe('outcome figures', () => {
  it('works out the employment rate from those out of work at entry who started work, to one decimal', () => {
    expect(employmentRate({ outOfWorkAtEntry: 30, startedWork: 13 })).toBe(43.3)
    expect(employmentRate({ outOfWorkAtEntry: 0, startedWork: 0 })).toBeNull()
    expect(employmentRate({ outOfWorkAtEntry: 30, startedWork: null })).toBeNull()
  })

  it('refuses more people in work than on the caseload, and more starters than were out of work', () => {
    const outcome = {
      teamId: 'team-north',
      quarter: '2026-Q3',
      caseload: 20,
      inCompetitiveWork: 21,
      outOfWorkAtEntry: 10,
      startedWork: 11,
      jobStarts: null,
      updatedAt: at,
    }
    const result = TeamOutcomeSchema.safeParse(outcome)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['inCompetitiveWork', 'startedWork'])
    expect(TeamOutcomeSchema.safeParse({ ...outcome, inCompetitiveWork: 20, startedWork: 10 }).success).toBe(true)
    expect(TeamOutcomeSchema.safeParse({ ...outcome, quarter: '2026-Q5' }).success).toBe(false)
  })

  it('names the quarter a date falls in', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q4',
    ])
  })
})

describe('the outcomes CSV', () => {
  it('offers a template with a row per team, its name made inert for spreadsheets', () => {
    const template = outcomesCsvTemplate(teams, '2026-Q3')
    expect(template.split('\r\n')[2]).toBe(`"team-river","'=Riverside","2026-Q3","","","","",""`)
  })

  it('reads a filled-in template back, blanks as not reported', () => {
    const template = outcomesCsvTemplate(teams, '2026-Q3')
    const lines = template.split('\r\n')
    lines[1] = `"team-north","Northgate","2026-Q3","24","9","20","8","11"`
    const result = parseOutcomesCsv(lines.join('\r\n'), teams, at)
    expect(result).toEqual({
      ok: true,
      outcomes: [
        {
          teamId: 'team-north',
          quarter: '2026-Q3',
          caseload: 24,
          inCompetitiveWork: 9,
          outOfWorkAtEntry: 20,
          startedWork: 8,
          jobStarts: 11,
          updatedAt: at,
        },
        {
          teamId: 'team-river',
          quarter: '2026-Q3',
          caseload: null,
          inCompetitiveWork: null,
          outOfWorkAtEntry: null,
          startedWork: null,
          jobStarts: null,
          updatedAt: at,
        },
      ],
    })
  })

  it('lists every bad row by line and gives nothing to write: formulas, decimals, negatives, strangers, repeats', () => {
    const result = parseOutcomesCsv(
      filled(
        'team-north,Northgate,2026-Q3,=SUM(A1:A9),9,,,',
        'team-north,Northgate,2026-Q4,24.5,-1,,,',
        'team-elsewhere,Other,2026-Q3,1,1,1,1,1',
        'team-river,Riverside,2026-Q3,10,12,5,6,',
        'team-river,Riverside,2026-Q3,,,,,',
        'team-river,Riverside,Q3 2026,,,,,',
        'team-north,Northgate,2026-Q1,1e3,0x10,9999999,,',
      ),
      teams,
      at,
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 2, message: 'caseload must be a whole number from 0 to 100000 or blank' },
        {
          line: 3,
          message:
            'caseload must be a whole number from 0 to 100000 or blank; people_in_competitive_work must be a whole number from 0 to 100000 or blank',
        },
        { line: 4, message: 'no team on this device has the id "team-elsewhere"' },
        {
          line: 5,
          message:
            'more people in work than on the caseload; more people started work than were out of work when they started with the service',
        },
        { line: 6, message: 'the same team and quarter as line 5' },
        { line: 7, message: 'write the quarter as 2026-Q3' },
        {
          line: 8,
          message:
            'caseload must be a whole number from 0 to 100000 or blank; people_in_competitive_work must be a whole number from 0 to 100000 or blank; out_of_work_at_entry must be a whole number from 0 to 100000 or blank',
        },
      ],
    })
  })

  it('refuses a file without the columns, without rows, or with a quote left open', () => {
    expect(parseOutcomesCsv('team,quarter\r\nx,2026-Q1', teams, at)).toMatchObject({
      ok: false,
      problems: [
        { line: 1, message: expect.stringContaining('missing: team_id, caseload, people_in_competitive_work') },
      ],
    })
    expect(parseOutcomesCsv(filled(), teams, at)).toEqual({
      ok: false,
      problems: [{ line: 2, message: 'The file has no rows of figures' }],
    })
    expect(parseOutcomesCsv(filled('team-north,"Northgate,2026-Q3,1,1,1,1,1'), teams, at)).toMatchObject({
      ok: false,
      problems: [{ line: 2 }],
    })
  })
})

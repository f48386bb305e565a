import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { describeRoleCell, describeRoleGap, roleCoverage } from '#domain/visit/role-coverage'
import type { SessionNote } from '#domain/visit/session-note'
import { visitSession } from './fixtures'

const uk = findScale('ips-uk', '1.0.0')!
const idOf = (number: number) => uk.items.find((item) => item.number === number)!.id
const stamp = '2026-03-02T09:00:00.000Z'

const session = visitSession

function note(id: string, sessionId: string, numbers: number[]): SessionNote {
  return {
    id,
    reviewId: 'r1',
    sessionId,
    itemIds: numbers.map(idOf),
    note: 'Heard',
    createdAt: stamp,
    updatedAt: stamp,
  }
}

const cellOf = (coverage: ReturnType<typeof roleCoverage>, number: number, column: string) =>
  coverage.rows.find((row) => row.item.number === number)!.cells.find((cell) => cell.column === column)!

describe('items by roles', () => {
  const sessions = [
    session('leader', { itemIds: [idOf(1), idOf(2), idOf(7)] }),
    session('specialists', { kind: 'group-interview', role: 'employment-specialist', people: 4 }),
    session('specialist-2', { kind: 'interview', role: 'employment-specialist', people: 1 }),
    session('clinicians', { kind: 'group-interview', role: 'clinician', people: 6, itemIds: [idOf(5)] }),
    session('records', { kind: 'record-review', role: null, people: 0 }),
  ]

  it('counts a note tagged to three items once on each: one session, one person', () => {
    const coverage = roleCoverage(uk, sessions, [note('n1', 'leader', [1, 2, 3])])
    for (const number of [1, 2, 3]) {
      expect(cellOf(coverage, number, 'team-leader')).toMatchObject({ sessions: 1, people: 1 })
    }
  })

  it('counts a session and its people once however many of its notes speak to an item', () => {
    const notes = [
      note('n1', 'specialists', [16]),
      note('n2', 'specialists', [16, 17]),
      note('n3', 'specialist-2', [16]),
    ]
    const coverage = roleCoverage(uk, sessions, notes)
    expect(cellOf(coverage, 16, 'employment-specialist')).toMatchObject({ sessions: 2, people: 5 })
    expect(describeRoleCell(cellOf(coverage, 16, 'employment-specialist'), { role: 'employment-specialist' })).toBe(
      '2 sessions, 5 people',
    )
  })

  it('shows an item a session was planned for, with no note tagged to it yet, as planned', () => {
    const coverage = roleCoverage(uk, sessions, [note('n1', 'leader', [1])])
    expect(cellOf(coverage, 7, 'team-leader')).toEqual({ column: 'team-leader', sessions: 0, people: 0, planned: 1 })
    expect(describeRoleCell(cellOf(coverage, 7, 'team-leader'), { role: 'team-leader' })).toBe('planned')
    // Once tagged, it is no longer only planned.
    expect(cellOf(coverage, 1, 'team-leader')).toMatchObject({ sessions: 1, planned: 0 })
    expect(describeRoleCell(cellOf(coverage, 3, 'team-leader'), { role: 'team-leader' })).toBe('')
  })

  it('has a column per role in the plan, then records, with each role’s sessions and people', () => {
    const coverage = roleCoverage(uk, sessions, [])
    expect(coverage.columns.map((c) => [c.label, c.sessions, c.people])).toEqual([
      ['Team leader', 1, 1],
      ['Employment specialist', 2, 5],
      ['Care coordinator or clinician', 1, 6],
      ['Records', 1, 0],
    ])
  })

  it('lists no gaps for a role until one of its sessions is held', () => {
    expect(roleCoverage(uk, sessions, []).gaps).toEqual([])
  })

  it('lists the items a held session’s role should inform that nobody in that role has spoken to', () => {
    // The clinicians' group has been held (it has a note) but only item 4 is tagged.
    const coverage = roleCoverage(uk, sessions, [note('n1', 'clinicians', [4])])
    const gapNumbers = coverage.gaps.map((gap) => gap.item.number)
    expect(gapNumbers).toEqual([5, 9, 10, 12, 25])
    const five = coverage.gaps.find((gap) => gap.item.number === 5)!
    expect(describeRoleGap(five)).toBe(
      `Nobody has asked a care coordinator or clinician about item 5 (${five.item.title}) yet.`,
    )
  })

  it('words a gap in the records and one shared by several roles', () => {
    const notes = [note('n1', 'records', [5]), note('n2', 'leader', [1]), note('n3', 'clinicians', [5])]
    const coverage = roleCoverage(uk, sessions, notes)
    const nine = coverage.gaps.find((gap) => gap.item.number === 9)!
    expect(nine.columns.map((c) => c.key)).toEqual(['team-leader', 'clinician'])
    expect(describeRoleGap(nine)).toMatch(
      /^Nobody has asked a team leader or a care coordinator or clinician about item 9 /,
    )
    const thirteen = coverage.gaps.find((gap) => gap.item.number === 13)!
    expect(describeRoleGap(thirteen)).toMatch(/^Nothing from the records is tagged to item 13 \(.+\) yet\.$/)
  })
})

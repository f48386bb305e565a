import { describe, expect, it } from 'vitest'
import type { EvidenceEntry } from '#domain/review/evidence'
import type { SessionNote } from '#domain/visit/session-note'
import { entryHeading, evidenceByItem } from '#domain/visit/item-evidence'
import { visitSession } from './fixtures'

const at = (hour: number) => `2026-03-02T${String(hour).padStart(2, '0')}:00:00.000Z`

function note(id: string, sessionId: string, itemIds: string[], text: string, hour = 10): SessionNote {
  return { id, reviewId: 'r1', sessionId, itemIds, note: text, createdAt: at(hour), updatedAt: at(hour) }
}

function entry(id: string, itemId: string, fields: Partial<EvidenceEntry>, hour = 10): EvidenceEntry {
  return {
    id,
    reviewId: 'r1',
    itemId,
    source: 'interview',
    note: `note ${id}`,
    createdAt: at(hour),
    updatedAt: at(hour),
    includeInReport: false,
    ...fields,
  }
}

const leader = visitSession('s-leader', { position: 1 })
const specialists = visitSession('s-es', {
  position: 0,
  kind: 'group-interview',
  role: 'employment-specialist',
  date: '2026-03-03',
})

describe('entryHeading', () => {
  it.each([
    [{ source: 'interview', intervieweeRole: 'team leader' }, 'Interview with team leader'],
    [{ source: 'interview', intervieweeRole: '' }, 'Interview'],
    [{ source: 'record-review', intervieweeRole: 'team leader' }, 'Record review'],
    [{ source: 'management-data' }, 'Management data'],
  ] as const)('%o reads "%s"', (fields, heading) => {
    expect(entryHeading(fields)).toBe(heading)
  })
})

describe('evidenceByItem', () => {
  const notes = [
    note('n1', 's-leader', ['caseload-size', 'zero-exclusion'], 'Caseloads are capped at 20', 9),
    note('n2', 's-es', ['caseload-size'], '  Two of us hold 25  ', 11),
    note('n3', 's-leader', ['caseload-size'], 'Waiting list closed', 8),
    note('n4', 's-gone', ['caseload-size'], 'From a session since removed'),
    note('n5', 's-es', ['caseload-size'], '   '),
  ]
  const entries = [
    entry('e2', 'caseload-size', { source: 'management-data', note: 'MIS: 84 open cases' }, 12),
    entry('e1', 'caseload-size', { intervieweeRole: 'team leader', note: 'Said 22 each' }, 7),
    entry('e3', 'caseload-size', { intervieweeRole: 'team leader', note: 'Confirmed on day 2' }, 13),
    entry('e4', 'zero-exclusion', { note: '' }),
  ]
  const byItem = evidenceByItem(entries, notes, [leader, specialists], 'en-GB')

  it('groups an item’s notes by session in plan order, then by where entries came from, each oldest first', () => {
    expect(byItem.get('caseload-size')).toEqual([
      {
        key: 'session:s-es',
        heading: 'Group interview, Employment specialist, 3 March 2026',
        notes: [{ id: 'n2', text: 'Two of us hold 25' }],
      },
      {
        key: 'session:s-leader',
        heading: 'Interview, Team leader, 2 March 2026',
        notes: [
          { id: 'n3', text: 'Waiting list closed' },
          { id: 'n1', text: 'Caseloads are capped at 20' },
        ],
      },
      {
        key: 'session:gone',
        heading: 'A session no longer in the plan',
        notes: [{ id: 'n4', text: 'From a session since removed' }],
      },
      {
        key: 'entry:Interview with team leader',
        heading: 'Added on the item: Interview with team leader',
        notes: [
          { id: 'e1', text: 'Said 22 each' },
          { id: 'e3', text: 'Confirmed on day 2' },
        ],
      },
      {
        key: 'entry:Management data',
        heading: 'Added on the item: Management data',
        notes: [{ id: 'e2', text: 'MIS: 84 open cases' }],
      },
    ])
  })

  it('shows a note tagged to several items under each, and leaves out blank notes and items with nothing written', () => {
    expect(byItem.get('zero-exclusion')).toEqual([
      {
        key: 'session:s-leader',
        heading: 'Interview, Team leader, 2 March 2026',
        notes: [{ id: 'n1', text: 'Caseloads are capped at 20' }],
      },
    ])
    expect(byItem.has('disclosure')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { expectedItems, interviewGuide, itemsByKind, itemsByRole, itemsObservedByRole } from '#domain/visit/guide'
import { describePeople, roleLabel, stakeholderRoles } from '#domain/visit/roles'
import { PlannedSessionSchema, VisitSessionSchema } from '#domain/visit/session'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!
const numbers = (ids: readonly string[]) => ids.map((id) => uk.items.find((item) => item.id === id)!.number)

describe('the default visit plan', () => {
  const plan = defaultVisitPlan(uk, { visitStart: '2026-03-02', visitEnd: '2026-03-03' }, 4)

  it('is the usual two-day schedule: people on day one, records, documents and feedback on day two', () => {
    expect(plan.filter((s) => s.date === '2026-03-02').map((s) => [s.start, s.kind, s.role])).toEqual([
      ['09:30', 'interview', 'team-leader'],
      ['10:45', 'group-interview', 'employment-specialist'],
      ['12:30', 'observation', 'clinician'],
      ['14:00', 'group-interview', 'clinician'],
      ['15:15', 'group-interview', 'service-user'],
    ])
    expect(plan.filter((s) => s.date === '2026-03-03').map((s) => s.kind)).toEqual([
      'interview',
      'interview',
      'record-review',
      'observation',
      'document-review',
      'feedback-meeting',
    ])
    expect(plan.find((s) => s.role === 'work-coach')).toMatchObject({ kind: 'interview', people: 1 })
    // The specialists' group is the whole team of specialists.
    expect(plan[1]).toMatchObject({ role: 'employment-specialist', people: 4 })
  })

  it('gives every session valid times and the items it can inform, in the scale’s order', () => {
    for (const session of plan) {
      expect(PlannedSessionSchema.safeParse(session).success).toBe(true)
    }
    // One team-meeting observation informs items 4, 5, 9 and 25.
    expect(numbers(plan[2]!.itemIds)).toEqual([4, 5, 9, 25])
    expect(numbers(plan[0]!.itemIds)).toHaveLength(12)
    expect(plan.find((s) => s.kind === 'feedback-meeting')!.itemIds).toEqual([])
    expect(numbers(plan.find((s) => s.kind === 'record-review')!.itemIds)).toEqual([5, 12, 13, 14, 15, 16, 22, 23, 25])
  })

  it('fits a one-day visit into that day, with no session overlapping the next', () => {
    const day = defaultVisitPlan(uk, { visitStart: '2026-03-02', visitEnd: '2026-03-02' }, 2)
    expect(new Set(day.map((s) => s.date))).toEqual(new Set(['2026-03-02']))
    for (let i = 1; i < day.length; i++) expect(day[i]!.start >= day[i - 1]!.end).toBe(true)
  })

  it('keeps only items whose data sources include the session’s kind of evidence', () => {
    // Item 11 (executive team support) has no observation evidence on the UK scale.
    expect(uk.items.find((item) => item.id === 'executive-team-support')!.dataSources).not.toContain('OBS')
    expect(expectedItems(uk, 'observation', 'senior-manager').map((item) => item.id)).not.toContain(
      'executive-team-support',
    )
    expect(expectedItems(uk, 'interview', 'senior-manager').map((item) => item.id)).toContain('executive-team-support')
  })
})

describe('roles and guides', () => {
  it('names only items that both bundled scales have', () => {
    const all = [
      ...Object.values(itemsByRole),
      ...Object.values(itemsObservedByRole),
      ...Object.values(itemsByKind),
    ].flat()
    for (const scale of [uk, us]) {
      const ids = new Set(scale.items.map((item) => item.id))
      expect(all.filter((id) => !ids.has(id))).toEqual([])
    }
  })

  it('gives each role its guide: the scale’s own interview prompts for the items it informs', () => {
    const guide = interviewGuide(uk, 'work-coach')
    expect(guide.map((entry) => entry.item.number)).toEqual([6, 12])
    expect(guide[0]!.prompts.length).toBeGreaterThan(0)
    for (const entry of guide) {
      const int = entry.item.evidencePrompts.filter((p) => p.source === 'INT').map((p) => p.prompt)
      expect(entry.prompts).toEqual(int)
    }
  })

  it('counts people by role in the scale’s words, never by name', () => {
    expect(describePeople('employment-specialist', 4, 'en-GB')).toBe('4 employment specialists')
    expect(describePeople('service-user', 1, 'en-GB')).toBe('1 service user')
    expect(describePeople('service-user', 3, 'en-US')).toBe('3 clients')
    expect(describePeople('work-coach', 2, 'en-GB')).toBe('2 Jobcentre Plus / DWP work coaches')
    expect(describePeople('other', 2, 'en-GB', 'housing officer')).toBe('2 × housing officer')
    expect(roleLabel('work-coach', 'en-US')).toBe('VR counselor')
    expect(stakeholderRoles.map((role) => roleLabel(role, 'en-GB'))).toContain('Family member or carer')
  })
})

describe('a visit session', () => {
  const valid = {
    id: 's1',
    reviewId: 'r1',
    position: 0,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    date: '2026-03-02',
    start: '09:30',
    end: '10:30',
    kind: 'interview',
    role: 'team-leader',
    people: 1,
    itemIds: ['caseload-size'],
  }
  const problems = (patch: object) => {
    const result = VisitSessionSchema.safeParse({ ...valid, ...patch })
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  }

  it('is refused, with the reason beside the field, when it ends before it starts or misses who', () => {
    expect(problems({})).toEqual([])
    expect(problems({ end: '09:00' })).toEqual(['end: The session must end after it starts'])
    expect(problems({ end: '09:30' })).toEqual(['end: The session must end after it starts'])
    expect(problems({ start: '9.30' })).toEqual(['start: Enter a time such as 09:30'])
    expect(problems({ role: null })).toEqual(['role: Choose who the session is with'])
    expect(problems({ role: 'other' })).toEqual(['otherRoleLabel: Say what their role is'])
    expect(problems({ people: 1.5 })).toEqual(['people: Enter a whole number of people'])
    expect(problems({ itemIds: ['caseload-size', 'caseload-size'] })).toEqual(['itemIds: Each item is listed once'])
    // Records and documents need no one.
    expect(problems({ kind: 'record-review', role: null, people: 0 })).toEqual([])
  })
})

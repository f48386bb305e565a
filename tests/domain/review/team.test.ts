import { describe, expect, it } from 'vitest'
import { serviceTypeLabels, serviceTypes, TeamInputSchema, TeamSchema, type TeamInput } from '#domain/review/team'

const valid: TeamInput = {
  name: 'Northgate Community Recovery Team',
  organisation: 'Northgate Trust',
  serviceType: 'community-recovery',
  locality: 'Northgate',
  teamLeader: 'A Leader',
  specialistCount: 3,
  specialistFte: 2.6,
  notes: '',
}

function messagesFor(input: unknown, field: string): string[] {
  const result = TeamInputSchema.safeParse(input)
  if (result.success) return []
  return result.error.issues.filter((issue) => issue.path.join('.') === field).map((issue) => issue.message)
}

describe('TeamInputSchema', () => {
  it('accepts a complete team, and a team with no specialists and no FTE', () => {
    expect(TeamInputSchema.parse(valid)).toEqual(valid)
    expect(TeamInputSchema.safeParse({ ...valid, specialistCount: 0, specialistFte: 0 }).success).toBe(true)
  })

  it.each([
    ['FTE 0 with specialists', { specialistCount: 3, specialistFte: 0 }, 'specialistFte', /more than 0/],
    ['FTE above the headcount', { specialistCount: 2, specialistFte: 2.5 }, 'specialistFte', /cannot be more than/],
    ['FTE with no specialists', { specialistCount: 0, specialistFte: 0.5 }, 'specialistFte', /must be 0/],
    ['a negative count', { specialistCount: -1, specialistFte: 0 }, 'specialistCount', /cannot be negative/],
    ['a fractional count', { specialistCount: 2.5 }, 'specialistCount', /whole number/],
    ['a negative FTE', { specialistFte: -1 }, 'specialistFte', /cannot be negative/],
    ['an empty name', { name: '   ' }, 'name', /Enter the team name/],
    ['an unknown service type', { serviceType: 'forensic' }, 'serviceType', /Choose a service type/],
  ])('rejects %s with a message at the field', (_label, change, field, message) => {
    const messages = messagesFor({ ...valid, ...change }, field)
    expect(messages.some((m) => message.test(m))).toBe(true)
  })

  it('gives every service type a UK label', () => {
    expect(Object.keys(serviceTypeLabels).sort()).toEqual([...serviceTypes].sort())
    expect(serviceTypeLabels['early-intervention']).toMatch(/psychosis/)
  })
})

describe('TeamSchema', () => {
  const stored = {
    ...valid,
    id: 't1',
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('applies the same staffing rule to stored teams', () => {
    expect(TeamSchema.safeParse(stored).success).toBe(true)
    expect(TeamSchema.safeParse({ ...stored, specialistFte: 0 }).success).toBe(false)
  })

  it('rejects timestamps that are not ISO date-times', () => {
    expect(TeamSchema.safeParse({ ...stored, createdAt: '1 January 2026' }).success).toBe(false)
  })
})

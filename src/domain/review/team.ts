import * as z from 'zod/mini'
import '#domain/text/zod-messages'

export const serviceTypes = [
  'community-recovery',
  'early-intervention',
  'rehabilitation',
  'addictions',
  'primary-care',
  'other',
] as const

export const ServiceTypeSchema = z.enum(serviceTypes, { error: 'Choose a service type' })
export type ServiceType = z.infer<typeof ServiceTypeSchema>

export const serviceTypeLabels: Record<ServiceType, string> = {
  'community-recovery': 'Community recovery',
  'early-intervention': 'Early intervention in psychosis',
  rehabilitation: 'Rehabilitation',
  addictions: 'Addictions',
  'primary-care': 'Primary care',
  other: 'Other',
}

const optionalText = (max: number) =>
  z.string().check(z.trim(), z.maxLength(max, { error: `Keep this under ${max} characters` }))

const teamFields = {
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'Enter the team name' }),
      z.maxLength(200, { error: 'Keep the team name under 200 characters' }),
    ),
  organisation: optionalText(200),
  serviceType: ServiceTypeSchema,
  locality: optionalText(200),
  teamLeader: optionalText(200),
  specialistCount: z
    .int({ error: 'Enter a whole number of employment specialists' })
    .check(
      z.gte(0, { error: 'The number of employment specialists cannot be negative' }),
      z.lte(1000, { error: 'That is more employment specialists than any team has' }),
    ),
  specialistFte: z
    .number({ error: 'Enter the full-time equivalent as a number, e.g. 2.6' })
    .check(z.gte(0, { error: 'Full-time equivalent cannot be negative' })),
  notes: optionalText(5000),
}

type TeamStaffing = { specialistCount: number; specialistFte: number }

// Caseload per specialist divides by FTE, so FTE 0 with specialists would feed a calculator a division by zero.
function checkStaffing(team: TeamStaffing, ctx: z.core.$RefinementCtx) {
  if (team.specialistCount > 0 && team.specialistFte <= 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['specialistFte'],
      message: 'Enter the specialists’ full-time equivalent: it must be more than 0 when the team has specialists',
    })
  }
  if (team.specialistFte > team.specialistCount) {
    ctx.addIssue({
      code: 'custom',
      path: ['specialistFte'],
      message:
        team.specialistCount === 0
          ? 'Full-time equivalent must be 0 when the team has no employment specialists'
          : 'Full-time equivalent cannot be more than the number of specialists (each works at most 1.0 FTE)',
    })
  }
}

/** What a person types in the team form. */
export const TeamInputSchema = z.object(teamFields).check(z.superRefine(checkStaffing))
export type TeamInput = z.input<typeof TeamInputSchema>

export const TeamSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    ...teamFields,
    archivedAt: z.nullable(z.iso.datetime()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .check(z.superRefine(checkStaffing))
export type Team = z.infer<typeof TeamSchema>

import * as z from 'zod/mini'
import '#domain/text/zod-messages'

/**
 * The people a review hears from, by role. A visit plan and its notes record roles and how many people,
 * never names: the report counts people by role, and names would be personal data to delete later.
 */
export const stakeholderRoles = [
  'team-leader',
  'employment-specialist',
  'clinician',
  'psychiatrist',
  'senior-manager',
  'service-user',
  'family-carer',
  'work-coach',
  'employer',
  'peer-worker',
  'other',
] as const
export const StakeholderRoleSchema = z.enum(stakeholderRoles, { error: 'Choose who the session is with' })
export type StakeholderRole = z.infer<typeof StakeholderRoleSchema>

/** Each role's name, one and many, as a sentence says it ("2 employment specialists"). */
type RoleWords = Record<StakeholderRole, readonly [one: string, many: string]>

const ukRoleWords: RoleWords = {
  'team-leader': ['team leader', 'team leaders'],
  'employment-specialist': ['employment specialist', 'employment specialists'],
  clinician: ['care coordinator or clinician', 'care coordinators or clinicians'],
  psychiatrist: ['psychiatrist', 'psychiatrists'],
  'senior-manager': ['senior manager', 'senior managers'],
  'service-user': ['service user', 'service users'],
  'family-carer': ['family member or carer', 'family members or carers'],
  'work-coach': ['Jobcentre Plus / DWP work coach', 'Jobcentre Plus / DWP work coaches'],
  employer: ['employer', 'employers'],
  'peer-worker': ['peer worker', 'peer workers'],
  other: ['other person', 'other people'],
}

// The US scale's partners and people have their own names; the roles are the same.
const usRoleWords: RoleWords = {
  ...ukRoleWords,
  'team-leader': ['IPS supervisor', 'IPS supervisors'],
  clinician: ['case manager or clinician', 'case managers or clinicians'],
  'senior-manager': ['agency leader', 'agency leaders'],
  'service-user': ['client', 'clients'],
  'work-coach': ['VR counselor', 'VR counselors'],
  'peer-worker': ['peer specialist', 'peer specialists'],
}

const wordsFor = (locale: string) => (locale === 'en-US' ? usRoleWords : ukRoleWords)

/** The role's name in a sentence, one and many, in the scale's own words: ["team leader", "team leaders"]. */
export function roleWords(role: StakeholderRole, locale: string): readonly [one: string, many: string] {
  return wordsFor(locale)[role]
}

/** The role's name for a list or a heading, in the scale's own words (en-GB or en-US): "Team leader". */
export function roleLabel(role: StakeholderRole, locale: string): string {
  const [one] = wordsFor(locale)[role]
  return one.charAt(0).toUpperCase() + one.slice(1)
}

/**
 * "2 employment specialists", "1 service user": how many people, by role, never who. A role of "other"
 * is counted under the reviewer's own label for it when there is one ("1 housing officer").
 */
export function describePeople(role: StakeholderRole, count: number, locale: string, otherLabel = ''): string {
  const [one, many] = wordsFor(locale)[role]
  if (role === 'other' && otherLabel.trim() !== '') return `${count} × ${otherLabel.trim()}`
  return `${count} ${count === 1 ? one : many}`
}

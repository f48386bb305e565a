import * as z from 'zod/mini'
import '#domain/text/zod-messages'

/** A logo file's size limit: it is stored in the browser and embedded in every report. */
export const MAX_LOGO_BYTES = 1024 * 1024

export const OrganisationLogoSchema = z.object({
  // A base64 PNG or JPEG of at most MAX_LOGO_BYTES (base64 adds a third).
  dataUrl: z
    .string()
    .check(
      z.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, { error: 'The logo must be a PNG or JPEG image' }),
      z.maxLength(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64, { error: 'The logo must be 1 MB or smaller' }),
    ),
  name: z.string().check(z.maxLength(255)),
  width: z.int().check(z.gte(1)),
  height: z.int().check(z.gte(1)),
})
export type OrganisationLogo = z.infer<typeof OrganisationLogoSchema>

const weeks = z
  .int({ error: 'Enter a whole number of weeks' })
  .check(z.gte(1, { error: 'Allow at least one week' }), z.lte(52, { error: 'Allow at most 52 weeks' }))

export const SettingsSchema = z.object({
  backupReminderDays: z._default(
    z
      .int({ error: 'Enter a whole number of days' })
      .check(z.gte(1, { error: 'Remind at least every day' }), z.lte(365, { error: 'Remind at least once a year' })),
    14,
  ),
  // The review deadlines (docs/decisions/0020-review-dates.md), counted from the last day of the visit: the
  // report within 4 weeks, the action plan within 6, the next review 12 months on. Each review can move its own.
  actionPlanWeeks: z._default(weeks, 6),
  reportWeeks: z._default(weeks, 4),
  nextReviewMonths: z._default(
    z
      .int({ error: 'Enter a whole number of months' })
      .check(z.gte(1, { error: 'Allow at least one month' }), z.lte(60, { error: 'Allow at most 60 months' })),
    12,
  ),
  largeText: z._default(z.boolean(), false),
  lastBackupAt: z._default(z.nullable(z.iso.datetime()), null),
  persistenceRequested: z._default(z.boolean(), false),
  // Printed on the report's cover; kept on this device only, like everything else.
  organisationLogo: z._default(z.nullable(OrganisationLogoSchema), null),
  /**
   * A file's team id -> the id of the team on this device it was linked to on import, so a co-reviewer's
   * later files land in the same team without asking (src/domain/import/team-link.ts, docs/decisions/0018).
   */
  teamLinks: z._default(z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(1))), {}),
})
export type Settings = z.infer<typeof SettingsSchema>

export const defaultSettings: Settings = SettingsSchema.parse({})

import * as z from 'zod/mini'
import './zod-messages'

export const SettingsSchema = z.object({
  backupReminderDays: z._default(
    z
      .int({ error: 'Enter a whole number of days' })
      .check(z.gte(1, { error: 'Remind at least every day' }), z.lte(365, { error: 'Remind at least once a year' })),
    14,
  ),
  // IPS Grow completes the fidelity action plan within 6 weeks of the report.
  actionPlanWeeks: z._default(
    z
      .int({ error: 'Enter a whole number of weeks' })
      .check(z.gte(1, { error: 'Allow at least one week' }), z.lte(52, { error: 'Allow at most 52 weeks' })),
    6,
  ),
  largeText: z._default(z.boolean(), false),
  lastBackupAt: z._default(z.nullable(z.iso.datetime()), null),
  persistenceRequested: z._default(z.boolean(), false),
})
export type Settings = z.infer<typeof SettingsSchema>

export const defaultSettings: Settings = SettingsSchema.parse({})

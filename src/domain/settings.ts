import { z } from 'zod'

export const SettingsSchema = z.object({
  backupReminderDays: z
    .int({ error: 'Enter a whole number of days' })
    .min(1, { error: 'Remind at least every day' })
    .max(365, { error: 'Remind at least once a year' })
    .default(14),
  // IPS Grow completes the fidelity action plan within 6 weeks of the report.
  actionPlanWeeks: z
    .int({ error: 'Enter a whole number of weeks' })
    .min(1, { error: 'Allow at least one week' })
    .max(52, { error: 'Allow at most 52 weeks' })
    .default(6),
  largeText: z.boolean().default(false),
  lastBackupAt: z.iso.datetime().nullable().default(null),
  persistenceRequested: z.boolean().default(false),
})
export type Settings = z.infer<typeof SettingsSchema>

export const defaultSettings: Settings = SettingsSchema.parse({})

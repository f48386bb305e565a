import { describe, expect, it } from 'vitest'
import { defaultSettings, SettingsSchema } from '#domain/settings/settings'

describe('SettingsSchema', () => {
  it('defaults to a 14-day backup reminder and a 6-week action plan', () => {
    expect(defaultSettings).toEqual({
      backupReminderDays: 14,
      actionPlanWeeks: 6,
      largeText: false,
      lastBackupAt: null,
      persistenceRequested: false,
      organisationLogo: null,
      teamLinks: {},
    })
  })

  it('reads settings saved before teams were linked on import, with no links remembered', () => {
    const before: Record<string, unknown> = { ...defaultSettings, backupReminderDays: 30 }
    delete before.teamLinks
    expect(SettingsSchema.parse(before)).toEqual({
      ...defaultSettings,
      backupReminderDays: 30,
    })
  })

  it.each([
    { backupReminderDays: 0 },
    { backupReminderDays: 1.5 },
    { actionPlanWeeks: -1 },
    { lastBackupAt: 'yesterday' },
    { teamLinks: { 'team-a': 42 } },
    { teamLinks: { 'team-a': '' } },
  ])('refuses %j', (change) => {
    expect(SettingsSchema.safeParse({ ...defaultSettings, ...change }).success).toBe(false)
  })
})

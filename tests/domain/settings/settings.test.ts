import { describe, expect, it } from 'vitest'
import { defaultSettings, SettingsSchema } from '#domain/settings/settings'
import { DEFAULT_REVIEW_DEADLINES } from '#domain/review/review-dates'

describe('SettingsSchema', () => {
  it('defaults to a 14-day backup reminder, the report in 4 weeks, the action plan in 6 and the next review in 12 months', () => {
    expect(defaultSettings).toEqual({
      backupReminderDays: 14,
      actionPlanWeeks: 6,
      reportWeeks: 4,
      nextReviewMonths: 12,
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
    { reportWeeks: 0 },
    { reportWeeks: 2.5 },
    { reportWeeks: 53 },
    { nextReviewMonths: 0 },
    { nextReviewMonths: 61 },
    { nextReviewMonths: 12.5 },
    { lastBackupAt: 'yesterday' },
    { teamLinks: { 'team-a': 42 } },
    { teamLinks: { 'team-a': '' } },
  ])('refuses %j', (change) => {
    expect(SettingsSchema.safeParse({ ...defaultSettings, ...change }).success).toBe(false)
  })
})

describe('settings written before the review deadlines existed', () => {
  it('read with the review programme’s figures', () => {
    const old = { backupReminderDays: 7, actionPlanWeeks: 8, largeText: true }
    expect(SettingsSchema.parse(old)).toMatchObject({ actionPlanWeeks: 8, reportWeeks: 4, nextReviewMonths: 12 })
  })

  it('start from the figures the review dates count with when nothing is set', () => {
    const { reportWeeks, actionPlanWeeks, nextReviewMonths } = defaultSettings
    expect({ reportWeeks, actionPlanWeeks, nextReviewMonths }).toEqual(DEFAULT_REVIEW_DEADLINES)
  })
})

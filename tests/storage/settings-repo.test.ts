import { describe, expect, it } from 'vitest'
import { settingsRepo } from '../../src/storage/settings-repo'
import { getDatabase, SETTINGS_ID } from '../../src/storage/database'
import { defaultSettings } from '#domain/settings/settings'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('settingsRepo', () => {
  it('gives the defaults before anything is saved', async () => {
    expect(await settingsRepo.get()).toEqual({
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

  it('saves a change and keeps the other settings', async () => {
    await settingsRepo.update({ largeText: true })
    await settingsRepo.update({ backupReminderDays: 7, lastBackupAt: '2026-03-01T10:00:00.000Z' })
    expect(await settingsRepo.get()).toEqual({
      ...defaultSettings,
      largeText: true,
      backupReminderDays: 7,
      lastBackupAt: '2026-03-01T10:00:00.000Z',
    })
  })

  it('refuses impossible values and keeps the saved ones', async () => {
    await settingsRepo.update({ actionPlanWeeks: 8 })
    await expect(settingsRepo.update({ actionPlanWeeks: 0 })).rejects.toMatchObject({ code: 'invalid' })
    expect((await settingsRepo.get()).actionPlanWeeks).toBe(8)
  })

  it('fills in defaults for settings missing from an older stored row', async () => {
    await getDatabase().settings.put({ id: SETTINGS_ID, largeText: true } as never)
    expect(await settingsRepo.get()).toEqual({ ...defaultSettings, largeText: true })
  })

  it('keeps the remembered team links when another setting changes', async () => {
    await settingsRepo.update({ teamLinks: { 'team-from-file': 'team-here' } })
    await settingsRepo.update({ largeText: true })
    expect((await settingsRepo.get()).teamLinks).toEqual({ 'team-from-file': 'team-here' })
  })
})

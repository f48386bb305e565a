import { describe, expect, it } from 'vitest'
import { backupReminder, lastBackupSentence } from '#domain/settings/backup-reminder'

const now = new Date('2026-11-23T12:00:00.000Z')
/** An ISO time `days` days (and `hours` hours) before now. */
const ago = (days: number, hours = 0) => new Date(now.getTime() - (days * 24 + hours) * 3_600_000).toISOString()

describe('backupReminder', () => {
  it('is not due when every change is backed up, however old the backup', () => {
    const result = backupReminder({ lastBackupAt: ago(200), firstUnbackedChangeAt: null, reminderDays: 14, now })
    expect(result).toEqual({
      due: false,
      message: 'Last full backup 200 days ago. Nothing has changed on this device since.',
    })
  })

  it('is not due on a device that has never changed, and says there is no backup yet', () => {
    expect(backupReminder({ lastBackupAt: null, firstUnbackedChangeAt: null, reminderDays: 14, now })).toEqual({
      due: false,
      message: 'No full backup yet.',
    })
  })

  it.each([
    // [days the oldest unbacked change is old, reminder interval, due]
    [13, 14, false],
    [14, 14, true],
    [15, 14, true],
    [0, 1, false],
    [1, 1, true],
    [364, 365, false],
    [365, 365, true],
  ])('a change %i days old with a %i-day interval: due %s', (age, reminderDays, due) => {
    const result = backupReminder({ lastBackupAt: ago(40), firstUnbackedChangeAt: ago(age), reminderDays, now })
    expect(result.due).toBe(due)
  })

  it('counts whole 24-hour periods: 13 days and 23 hours is not yet 14 days', () => {
    const almost = backupReminder({ lastBackupAt: null, firstUnbackedChangeAt: ago(13, 23), reminderDays: 14, now })
    expect(almost.due).toBe(false)
    expect(almost.message).toBe('No full backup yet. Some changes on this device are not in a backup yet.')
  })

  it('times the reminder from the first unbacked change, not from an old backup', () => {
    const recentChange = backupReminder({ lastBackupAt: ago(60), firstUnbackedChangeAt: ago(2), reminderDays: 14, now })
    expect(recentChange.due).toBe(false)
  })

  it('says how long since the last backup and how long the changes have waited when due', () => {
    expect(backupReminder({ lastBackupAt: ago(16), firstUnbackedChangeAt: ago(15), reminderDays: 14, now })).toEqual({
      due: true,
      message:
        'Last full backup 16 days ago. Changes made on this device over the last 15 days are not in any backup: download a full backup.',
    })
    expect(backupReminder({ lastBackupAt: null, firstUnbackedChangeAt: ago(30), reminderDays: 7, now }).message).toBe(
      'No full backup yet. Changes made on this device over the last 30 days are not in any backup: download a full backup.',
    )
  })

  it('reminds when the change time cannot be read, rather than never', () => {
    const result = backupReminder({ lastBackupAt: null, firstUnbackedChangeAt: 'garbled', reminderDays: 14, now })
    expect(result).toEqual({
      due: true,
      message: 'No full backup yet. Changes made on this device are not in any backup: download a full backup.',
    })
  })

  it('treats a nonsense interval as one day, so a broken setting cannot silence reminders', () => {
    for (const reminderDays of [0, -5, Number.NaN]) {
      expect(backupReminder({ lastBackupAt: null, firstUnbackedChangeAt: ago(1), reminderDays, now }).due).toBe(true)
    }
  })
})

describe('lastBackupSentence', () => {
  it.each([
    [null, 'No full backup yet'],
    [ago(0, 23), 'Last full backup less than a day ago'],
    [ago(1), 'Last full backup 1 day ago'],
    [ago(16, 5), 'Last full backup 16 days ago'],
  ])('%s -> %s', (lastBackupAt, sentence) => {
    expect(lastBackupSentence(lastBackupAt, now)).toBe(sentence)
  })
})

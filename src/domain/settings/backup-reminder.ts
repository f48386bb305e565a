import { plural } from '#domain/text/plural'

const DAY_MS = 24 * 60 * 60 * 1000

export interface BackupReminderInput {
  /** When the last full backup was downloaded (settings.lastBackupAt), or null if never. */
  lastBackupAt: string | null
  /** When the first change not in any backup was saved (the change marker), or null when everything is backed up. */
  firstUnbackedChangeAt: string | null
  /** settings.backupReminderDays: how long a change may go without a backup before the app reminds. */
  reminderDays: number
  now: Date
}

export interface BackupReminder {
  due: boolean
  /** One or two sentences for the user, e.g. "Last full backup 16 days ago. …". */
  message: string
}

/** Whole days from `from` to `now` (24-hour periods, so no time zone is involved); null for an unreadable time. */
function daysSince(from: string, now: Date): number | null {
  const time = Date.parse(from)
  if (Number.isNaN(time)) return null
  return Math.floor((now.getTime() - time) / DAY_MS)
}

/** "Last full backup 16 days ago" / "Last full backup less than a day ago" / "No full backup yet". */
export function lastBackupSentence(lastBackupAt: string | null, now: Date): string {
  if (lastBackupAt === null) return 'No full backup yet'
  const days = daysSince(lastBackupAt, now)
  if (days === null) return 'No readable date for the last full backup'
  if (days < 1) return 'Last full backup less than a day ago'
  return `Last full backup ${plural(days, 'day')} ago`
}

/**
 * The rule: a reminder is due when this device has a change that is in no backup and the oldest such
 * change was saved at least `reminderDays` whole days (24-hour periods) ago. So the setting bounds how
 * long any piece of work stays at risk, which is what a backup protects: an old backup with no change
 * since is no risk, and a change made today after a month without backup gets the full interval.
 * `lastBackupAt` only feeds the message; it never postpones a reminder, because a marker still set
 * means a change the last backup did not include (made in another tab while it was being written, say).
 * An unreadable change time counts as due: reminding too early is cheaper than losing data.
 */
export function backupReminder({
  lastBackupAt,
  firstUnbackedChangeAt,
  reminderDays,
  now,
}: BackupReminderInput): BackupReminder {
  const since = lastBackupSentence(lastBackupAt, now)
  if (firstUnbackedChangeAt === null) {
    // With no backup ever, "nothing changed" would be untrue for data saved before the marker existed.
    return {
      due: false,
      message: lastBackupAt === null ? `${since}.` : `${since}. Nothing has changed on this device since.`,
    }
  }
  const changeAge = daysSince(firstUnbackedChangeAt, now)
  const interval = Number.isFinite(reminderDays) ? Math.max(1, Math.floor(reminderDays)) : 1
  if (changeAge !== null && changeAge < interval) {
    return { due: false, message: `${since}. Some changes on this device are not in a backup yet.` }
  }
  const changes =
    changeAge === null
      ? 'Changes made on this device'
      : `Changes made on this device over the last ${plural(changeAge, 'day')}`
  return { due: true, message: `${since}. ${changes} are not in any backup: download a full backup.` }
}

import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { backupReminder } from '#domain/settings/backup-reminder'
import { useFirstUnbackedChange } from '../../storage/change-marker'
import { useSettings } from '../../storage/live-settings'
import { useNow } from './use-now'

/**
 * Under the app header on every screen, when changes have waited longer than the chosen number of
 * days for a backup (see backupReminder for the rule). Polite: it must not interrupt a reviewer
 * mid-sentence, and it goes away by itself once a backup is made.
 */
export function BackupReminderBanner() {
  const settings = useSettings()
  const firstUnbackedChangeAt = useFirstUnbackedChange()
  const now = useNow()
  if (!settings) return null
  const reminder = backupReminder({
    lastBackupAt: settings.lastBackupAt,
    firstUnbackedChangeAt,
    reminderDays: settings.backupReminderDays,
    now,
  })
  if (!reminder.due) return null
  return (
    <div className="banner" role="status">
      <p>{reminder.message}</p>
      <div className="banner__actions">
        <Link to={paths.settings()}>Back up in Settings</Link>
      </div>
    </div>
  )
}

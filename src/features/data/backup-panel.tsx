import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { useFirstUnbackedChange } from '../../storage/change-marker'
import { useSettings } from '../../storage/live-settings'
import { DetailsList } from '../../ui/details-list'
import { formatDateTime } from '../../ui/format'
import { BackupOutcome } from './backup-outcome'
import { FileProtectionFields } from './file-protection-fields'
import { ReminderDaysForm } from './reminder-days-form'
import { useDownloadBackup } from './use-download-backup'
import './data.css'

/** Settings' "Back up and restore": when the last full backup was made, a new one, restoring, and the reminder. */
export function BackupPanel() {
  const settings = useSettings()
  const firstUnbacked = useFirstUnbackedChange()
  const backup = useDownloadBackup()
  if (!settings) return <p aria-busy="true">Reading settings…</p>

  return (
    <>
      <p>
        A full backup is one compressed file (ending .json.gz, or .json.gz.age when protected with a passphrase) with
        every team, review, evidence entry, rating, action plan, imported scale and setting on this device. Keep it
        somewhere else: if the browser deletes this app’s data, the backup brings it back.
      </p>
      <DetailsList
        rows={[
          ['Last full backup', settings.lastBackupAt ? formatDateTime(settings.lastBackupAt) : 'Never'],
          ['Changes not in a backup', firstUnbacked ? `Yes, since ${formatDateTime(firstUnbacked)}` : 'None'],
        ]}
      />
      <FileProtectionFields protection={backup.protection}>
        <div className="data-actions">
          <button type="button" onClick={() => void backup.download()} disabled={backup.state.kind === 'working'}>
            {backup.state.kind === 'working' ? 'Preparing backup…' : 'Download full backup'}
          </button>
          <Link to={paths.importData()}>Restore from a backup</Link>
        </div>
      </FileProtectionFields>
      <BackupOutcome state={backup.state} />
      <h3>Backup reminder</h3>
      <ReminderDaysForm days={settings.backupReminderDays} />
    </>
  )
}

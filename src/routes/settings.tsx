import { usePageTitle } from '../ui/use-page-title'
import { StorageStatus } from '../features/settings/storage-status'
import { ScaleImport } from '../features/settings/scale-import'
import { ReviewDeadlinesForm } from '../features/settings/review-deadlines-form'
import { BackupPanel } from '../features/data/backup-panel'
import { ScoresCsvButton } from '../features/data/scores-csv-button'
import { EraseEverything } from '../features/data/erase-everything'

export function SettingsRoute() {
  usePageTitle('Settings')
  return (
    <section className="page" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <h2>Storage on this device</h2>
      <StorageStatus />
      <h2>Back up and restore</h2>
      <BackupPanel />
      <h2>Review deadlines</h2>
      <ReviewDeadlinesForm />
      <h2>Scores as CSV</h2>
      <ScoresCsvButton />
      <h2>Scales: import</h2>
      <ScaleImport />
      <h2>Erase this device</h2>
      <EraseEverything />
      <h2>About</h2>
      <p>
        IPS Fidelity Review version {__APP_VERSION__}. It makes no network requests: everything stays on this device.
      </p>
    </section>
  )
}

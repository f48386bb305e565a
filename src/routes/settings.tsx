import { usePageTitle } from '../ui/use-page-title'
import { StorageStatus } from '../features/settings/storage-status'
import { ScaleImport } from '../features/settings/scale-import'

export function SettingsRoute() {
  usePageTitle('Settings')
  return (
    <section className="page" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <h2>Storage on this device</h2>
      <StorageStatus />
      <h2>Scales: import</h2>
      <ScaleImport />
      <h2>About</h2>
      <p>
        IPS Fidelity Review version {__APP_VERSION__}. It makes no network requests: everything stays on this device.
      </p>
    </section>
  )
}

import { useState } from 'react'
import { useServiceWorkerStatus } from './service-worker-status'

/** Tells the user when the app works offline, and when an update waits for a reload they choose. */
export function ServiceWorkerBanner() {
  const status = useServiceWorkerStatus()
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (status.kind === 'idle' || dismissed === status.kind) return null

  const message =
    status.kind === 'offline-ready'
      ? 'Ready to work offline: this app now opens without a connection.'
      : status.kind === 'update-waiting'
        ? 'A new version is available - reload to use it. Your work is saved.'
        : `Offline use is not available: ${status.message}`

  return (
    <div className="banner" role="status">
      <p>{message}</p>
      <div className="banner__actions">
        {status.kind === 'update-waiting' && (
          <button type="button" onClick={() => void status.apply()}>
            Reload now
          </button>
        )}
        <button type="button" className="button--secondary" onClick={() => setDismissed(status.kind)}>
          {status.kind === 'update-waiting' ? 'Later' : 'Dismiss'}
        </button>
      </div>
    </div>
  )
}

import { useEffect, useState } from 'react'
import { estimateStorage, type StorageEstimate } from '../../storage/persistence'
import { formatBytes } from '../../ui/format'

/** Whether the browser promised to keep this device's data, and how much room is left. */
export function StorageStatus() {
  const [estimate, setEstimate] = useState<StorageEstimate | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    void estimateStorage().then((result) => live && setEstimate(result))
    return () => {
      live = false
    }
  }, [])

  if (estimate === undefined) return <p aria-busy="true">Checking storage…</p>
  if (estimate === null) return <p>This browser does not report how much storage the app uses.</p>
  return (
    <dl className="details-list">
      <div>
        <dt>Persistent storage</dt>
        <dd>
          {estimate.persisted
            ? 'Granted: the browser will not delete this data to free space.'
            : 'Not granted yet: the browser may delete this data when space runs low, and some browsers delete site data after 7 days without a visit. Keep backups.'}
        </dd>
      </div>
      <div>
        <dt>Used</dt>
        <dd>{formatBytes(estimate.usage)}</dd>
      </div>
      <div>
        <dt>Available</dt>
        <dd>{formatBytes(Math.max(0, estimate.quota - estimate.usage))}</dd>
      </div>
    </dl>
  )
}

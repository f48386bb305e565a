import { useEffect, useState } from 'react'
import { estimateStorage, requestPersistenceAgain, type StorageEstimate } from '../../storage/persistence'
import { formatBytes } from '#domain/text/bytes'
import './settings.css'

type Answer = 'asking' | 'refused' | 'unavailable' | null

const answers: Record<Exclude<Answer, null>, string> = {
  asking: 'Asking the browser…',
  refused:
    'The browser said no. Browsers agree more readily for sites that are installed, bookmarked or visited often. Keep backing up.',
  unavailable: 'This browser cannot be asked. Keep backing up.',
}

function canAskForPersistence(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function'
}

/** The plain-words warning shown whenever the browser has not promised to keep the data (or cannot say). */
function PersistenceWarning({ onGranted }: { onGranted: () => void }) {
  const [answer, setAnswer] = useState<Answer>(null)
  async function ask() {
    setAnswer('asking')
    const granted = await requestPersistenceAgain()
    if (granted) onGranted()
    else setAnswer(granted === null ? 'unavailable' : 'refused')
  }
  return (
    <div className="storage-warning">
      <p>
        <strong>This browser has not promised to keep the app’s data.</strong> Some browsers (Safari, for example)
        delete a site’s data after 7 days without a visit, and others delete it when the device runs low on space. Back
        up regularly.
      </p>
      {canAskForPersistence() && (
        <p>
          <button type="button" className="button--secondary" disabled={answer === 'asking'} onClick={() => void ask()}>
            Ask the browser again
          </button>
        </p>
      )}
      <p role="status">{answer && answers[answer]}</p>
    </div>
  )
}

/** Whether the browser promised to keep this device's data, and how much room is left. */
export function StorageStatus() {
  const [estimate, setEstimate] = useState<StorageEstimate | null | undefined>(undefined)
  const [checks, setChecks] = useState(0)
  useEffect(() => {
    let live = true
    void estimateStorage().then((result) => live && setEstimate(result))
    return () => {
      live = false
    }
  }, [checks])

  if (estimate === undefined) return <p aria-busy="true">Checking storage…</p>
  return (
    <>
      {estimate === null ? (
        <p>This browser does not report how much storage the app uses, or whether it will keep it.</p>
      ) : (
        <dl className="details-list">
          <div>
            <dt>Persistent storage</dt>
            <dd>
              {estimate.persisted
                ? 'Granted: the browser will not delete this data to free space.'
                : 'Not granted: the browser may delete this data.'}
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
      )}
      {!estimate?.persisted && <PersistenceWarning onGranted={() => setChecks((n) => n + 1)} />}
    </>
  )
}

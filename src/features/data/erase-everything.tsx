import { useId, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { exchangeRepo } from '../../storage/exchange-repo'
import { useSettings } from '../../storage/live-settings'
import { useStorageAction } from '../../storage/use-storage-action'
import { formatDateTime } from '../../ui/format'
import { BackupOutcome } from './backup-outcome'
import { FileProtectionFields } from './file-protection-fields'
import { useDownloadBackup } from './use-download-backup'
import './data.css'

const CONFIRM_WORD = 'ERASE'

type Stage = 'closed' | 'confirming' | 'erased'

function EraseConfirmation({ onCancel, onErased }: { onCancel: () => void; onErased: () => void }) {
  const headingId = useId()
  const settings = useSettings()
  const backup = useDownloadBackup()
  const [typed, setTyped] = useState('')
  // Erasing closes this confirmation, so it stays busy until it has gone.
  const { run, busy: erasing, failure } = useStorageAction(undefined, { leavesScreen: true })
  const confirmed = typed.trim() === CONFIRM_WORD

  const erase = () =>
    run(async () => {
      await exchangeRepo.eraseEverything()
      onErased()
    })

  const lastBackup = settings?.lastBackupAt ? formatDateTime(settings.lastBackupAt) : 'never'
  return (
    <section className="data-confirm" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Erase everything on this device?</h3>
      <p>
        This deletes, from this browser on this device: every team and review, all evidence, record-review rows,
        ratings, consensus and action plans, imported scales, your settings and any unsaved drafts. It cannot be undone.
        Files you have downloaded (backups, reports, CSV files) are not touched, and nothing on other devices changes.
      </p>
      <p>
        Last full backup: <strong>{lastBackup}</strong>. Download a backup first if you may need this data again.
      </p>
      <FileProtectionFields protection={backup.protection}>
        <div className="data-actions">
          <button
            type="button"
            className="button--secondary"
            onClick={() => void backup.download()}
            disabled={backup.state.kind === 'working'}
          >
            Download a full backup first
          </button>
        </div>
      </FileProtectionFields>
      <BackupOutcome state={backup.state} />
      <div className="field">
        <label htmlFor={`${headingId}-word`}>Type {CONFIRM_WORD} to confirm</label>
        <input
          id={`${headingId}-word`}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      {failure && (
        <p className="form-error" role="alert">
          Nothing was erased: {failure}
        </p>
      )}
      <div className="data-actions">
        <button type="button" className="data-danger" disabled={!confirmed || erasing} onClick={() => void erase()}>
          {erasing ? 'Erasing…' : 'Erase everything'}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  )
}

/** "Erase everything on this device": for handing a laptop on, or leaving a shared computer. */
export function EraseEverything() {
  const [stage, setStage] = useState<Stage>('closed')
  return (
    <>
      <p>Removes every piece of this app’s data from this browser, for example before passing the device on.</p>
      {stage === 'confirming' ? (
        <EraseConfirmation onCancel={() => setStage('closed')} onErased={() => setStage('erased')} />
      ) : (
        <div className="data-actions">
          <button type="button" className="button--secondary" onClick={() => setStage('confirming')}>
            Erase everything on this device…
          </button>
        </div>
      )}
      <div role="status">
        {stage === 'erased' && (
          <p className="data-success">
            Everything on this device has been erased. To bring data back,{' '}
            <Link to={paths.importData()}>restore a backup</Link>.
          </p>
        )}
      </div>
    </>
  )
}

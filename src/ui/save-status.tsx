import type { SaveStatus } from './use-autosave'
import './save-status.css'

export interface SaveFailure {
  message: string
  /** False when trying again cannot help until the user changes something (e.g. an invalid value). */
  canRetry: boolean
}

/**
 * "Saved", "Saving…" or why it was not saved, next to the field it belongs to. Only a failure is
 * announced (as an alert), so a screen reader is not interrupted after every pause in typing.
 */
export function SaveStatusView({
  status,
  describe,
  onRetry,
  id,
}: {
  status: SaveStatus
  describe: (error: unknown) => SaveFailure
  onRetry: () => void
  id?: string
}) {
  if (status.state === 'failed') {
    const failure = describe(status.error)
    return (
      <div id={id} className="save-status save-status--failed" role="alert">
        <span>{failure.message}</span>
        {failure.canRetry && (
          <button type="button" className="button--secondary button--small" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    )
  }
  return (
    <div id={id} className={`save-status save-status--${status.state}`}>
      {status.state === 'saving' ? 'Saving…' : 'Saved'}
    </div>
  )
}

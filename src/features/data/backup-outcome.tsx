import type { BackupState } from './use-download-backup'

/** What happened to the last backup download, announced politely (problems assertively). */
export function BackupOutcome({ state }: { state: BackupState }) {
  return (
    <>
      <p role="status">
        {state.kind === 'working' && (state.protecting ? 'Protecting the backup…' : 'Preparing the backup…')}
        {state.kind === 'done' &&
          (state.protected
            ? `Backup downloaded as ${state.fileName}. It opens only with the passphrase. Keep it somewhere other than this device, such as your organisation’s shared drive, and the passphrase apart from it.`
            : `Backup downloaded as ${state.fileName}. It is not protected with a passphrase: keep it only where your organisation allows personal data to be kept, such as its shared drive.`)}
      </p>
      {state.kind === 'too-large' && (
        <p className="form-error" role="alert">
          {state.fileName} was downloaded, but it is not a backup you can restore. {state.warning}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          The backup was not made: {state.message}
        </p>
      )}
    </>
  )
}

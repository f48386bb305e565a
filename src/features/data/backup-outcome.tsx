import type { BackupState } from './use-download-backup'

/** What happened to the last backup download, announced politely (problems assertively). */
export function BackupOutcome({ state }: { state: BackupState }) {
  return (
    <>
      <p role="status">
        {state.kind === 'done' &&
          `Backup downloaded as ${state.fileName}. Keep it somewhere other than this device, such as a memory stick or your organisation’s shared drive.`}
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

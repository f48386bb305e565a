import { useId, type ReactNode } from 'react'
import { MIN_PASSPHRASE_LENGTH } from '../../app/files/age-file'
import type { FileProtection } from './use-file-protection'

const evidenceWords: Record<string, string> = {
  true: 'The file will hold evidence notes, session notes or sampled records: protect it before it leaves this device. ',
  false: 'The file will hold no evidence notes, session notes or sampled records. ',
}

/**
 * "Protect with a passphrase" and the passphrase twice, above the buttons that download review data
 * (`children`). Both wait until it is known whether the file will hold evidence text, so the default
 * is the right one before anything can be downloaded.
 */
export function FileProtectionFields({ protection, children }: { protection: FileProtection; children: ReactNode }) {
  const id = useId()
  const { protect, problem } = protection
  if (protection.holdsEvidenceText === undefined) return <p aria-busy="true">Checking what the file will hold…</p>
  const hintId = `${id}-hint`
  const problemId = `${id}-problem`
  const describedBy = problem ? `${hintId} ${problemId}` : hintId
  return (
    <>
      <fieldset className="file-protection">
        <legend>Passphrase</legend>
        <label className="file-protection__choice">
          <input
            type="checkbox"
            checked={protect}
            onChange={(event) => protection.setProtect(event.currentTarget.checked)}
          />
          Protect with a passphrase
        </label>
        <p id={hintId} className="field-hint">
          {evidenceWords[String(protection.holdsEvidenceText)]}A protected file ends .age; it opens in this app, or with
          the age tool, only with the passphrase. Tell the passphrase to the person who opens the file another way (in
          person or by phone), never with the file. A forgotten passphrase cannot be recovered.
        </p>
        {protect && (
          <div className="file-protection__fields">
            <div className="field">
              <label htmlFor={`${id}-passphrase`}>Passphrase</label>
              <input
                id={`${id}-passphrase`}
                type="password"
                autoComplete="new-password"
                minLength={MIN_PASSPHRASE_LENGTH}
                value={protection.passphrase}
                aria-describedby={describedBy}
                aria-invalid={problem ? true : undefined}
                onChange={(event) => protection.setPassphrase(event.currentTarget.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-confirmation`}>Passphrase again</label>
              <input
                id={`${id}-confirmation`}
                type="password"
                autoComplete="new-password"
                value={protection.confirmation}
                aria-describedby={problem ? problemId : undefined}
                aria-invalid={problem ? true : undefined}
                onChange={(event) => protection.setConfirmation(event.currentTarget.value)}
              />
            </div>
          </div>
        )}
        {problem && (
          <p id={problemId} className="form-error" role="alert">
            {problem}
          </p>
        )}
      </fieldset>
      {children}
    </>
  )
}

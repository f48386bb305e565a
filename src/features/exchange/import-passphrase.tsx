import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react'

/**
 * Asks for the passphrase of a protected (age) file. A wrong or empty passphrase is said in words under
 * the field, which keeps focus, so the user can try again; nothing is read or stored until it opens.
 */
export function ImportPassphrase({
  fileName,
  unlocking,
  problem,
  onUnlock,
  onCancel,
}: {
  fileName: string
  unlocking: boolean
  problem: string | null
  onUnlock: (passphrase: string) => void
  onCancel: () => void
}) {
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const [passphrase, setPassphrase] = useState('')
  // Focus the field when asked, and again after a wrong passphrase.
  useLayoutEffect(() => {
    if (!unlocking) field.current?.focus()
  }, [unlocking, problem])

  function submit(event: FormEvent) {
    event.preventDefault()
    onUnlock(passphrase)
  }

  return (
    <form className="import-passphrase" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h2 id={`${id}-heading`}>{fileName} is protected with a passphrase</h2>
      <p>
        Enter the passphrase the sender gave you. The file is opened on this device; nothing is stored until you import
        it.
      </p>
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>Passphrase</label>
        <input
          ref={field}
          id={`${id}-passphrase`}
          type="password"
          autoComplete="off"
          value={passphrase}
          disabled={unlocking}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        {problem && (
          <p id={`${id}-problem`} className="form-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={unlocking}>
          {unlocking ? 'Opening the file…' : 'Open the file'}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

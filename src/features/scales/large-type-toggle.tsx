import { useState } from 'react'
import { settingsRepo } from '../../storage/settings-repo'
import { describeStorageError } from '../../storage/storage-error'

/** Large type for projecting the scale in a classroom; remembered on this device. */
export function LargeTypeToggle({ largeText }: { largeText: boolean }) {
  const [error, setError] = useState<string | null>(null)
  async function toggle() {
    try {
      setError(null)
      await settingsRepo.update({ largeText: !largeText })
    } catch (failure) {
      setError(describeStorageError(failure))
    }
  }
  return (
    <>
      <button type="button" className="button--secondary" aria-pressed={largeText} onClick={() => void toggle()}>
        Large type
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}

import { settingsRepo } from '../../storage/settings-repo'
import { useStorageAction } from '../../storage/use-storage-action'

/** Large type for projecting the scale in a classroom; remembered on this device. */
export function LargeTypeToggle({ largeText }: { largeText: boolean }) {
  const { run, failure } = useStorageAction()
  const toggle = () => run(() => settingsRepo.update({ largeText: !largeText }))
  return (
    <>
      <button type="button" className="button--secondary" aria-pressed={largeText} onClick={() => void toggle()}>
        Large type
      </button>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </>
  )
}

import { useId, useState, type ChangeEvent, type DragEvent } from 'react'
import { MAX_EXCHANGE_FILE_BYTES } from '../../domain/exchange'
import { formatBytes } from '../../ui/format'

/**
 * Several files at once: the labelled input is the keyboard and screen-reader route, dropping them
 * on the area is a shortcut for a mouse.
 */
export function ClassFileInput({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const id = useId()
  const [over, setOver] = useState(false)

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])]
    // Cleared so choosing the same files again is still a change.
    event.target.value = ''
    onFiles(files)
  }

  function dragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
    setOver(true)
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setOver(false)
    if (!disabled) onFiles([...event.dataTransfer.files])
  }

  return (
    <div
      className={over ? 'class-drop class-drop--over' : 'class-drop'}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>
        <strong>Trainees’ exercise files (JSON)</strong>
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Choose several files at once, or drop them here. Each is a trainee’s exported exercise; files over{' '}
        {formatBytes(MAX_EXCHANGE_FILE_BYTES)} are refused.
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={picked}
      />
    </div>
  )
}

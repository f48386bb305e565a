import { useId, useState, type ChangeEvent, type DragEvent } from 'react'
import { MAX_EXCHANGE_FILE_BYTES } from '../../domain/exchange'
import { formatBytes } from '../../ui/format'

/**
 * A labelled file input inside an area a file can be dropped on. The input is the keyboard and
 * screen-reader route; dropping is a shortcut for a mouse.
 */
export function FileDropZone({
  disabled,
  onFile,
  onRefuse,
}: {
  disabled: boolean
  onFile: (file: File) => void
  onRefuse: (fileName: string, reason: string) => void
}) {
  const inputId = useId()
  const hintId = `${inputId}-hint`
  const [dragging, setDragging] = useState(false)

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    // Cleared so choosing the same file again (e.g. after fixing it) is still a change.
    event.target.value = ''
    if (file) onFile(file)
  }

  function dragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
    setDragging(true)
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    if (disabled) return
    const files = [...event.dataTransfer.files]
    if (files.length === 0) return
    if (files.length > 1) {
      onRefuse(`${files.length} files`, 'Drop one file at a time: a review file or a backup.')
      return
    }
    onFile(files[0]!)
  }

  return (
    <div
      className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
      onDragOver={dragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId}>Review or backup file (JSON)</label>
      <p id={hintId} className="field-hint">
        Choose the file, or drop it here. Files over {formatBytes(MAX_EXCHANGE_FILE_BYTES)} are refused.
      </p>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={picked}
      />
    </div>
  )
}

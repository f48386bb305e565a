import { useId, useState, type ChangeEvent, type DragEvent, type ReactNode } from 'react'
import './file-drop-zone.css'

/**
 * A labelled file input inside an area files can be dropped on. The input is the keyboard and
 * screen-reader route; dropping is a shortcut for a mouse.
 */
export function FileDropZone({
  label,
  hint,
  multiple = false,
  accept = '.json,application/json',
  disabled,
  onFiles,
}: {
  label: string
  hint: ReactNode
  multiple?: boolean
  /** The file picker's filter (a hint only: a dropped file of any kind still arrives). */
  accept?: string
  disabled: boolean
  onFiles: (files: File[]) => void
}) {
  const inputId = useId()
  const hintId = `${inputId}-hint`
  const [dragging, setDragging] = useState(false)

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])]
    // Cleared so choosing the same file again (e.g. after fixing it) is still a change.
    event.target.value = ''
    if (files.length > 0) onFiles(files)
  }

  function dragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy'
    setDragging(true)
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    const files = [...event.dataTransfer.files]
    if (!disabled && files.length > 0) onFiles(files)
  }

  return (
    <div
      className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
      onDragOver={dragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <input
        id={inputId}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={hintId}
        disabled={disabled}
        onChange={picked}
      />
    </div>
  )
}

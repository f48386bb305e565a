import { useState } from 'react'

/** A delete button that asks once more before anything is removed. */
export function ConfirmDelete({
  label,
  question,
  onConfirm,
  className,
}: {
  label: string
  question: string
  onConfirm: () => void | Promise<unknown>
  className?: string
}) {
  const [confirming, setConfirming] = useState(false)
  if (!confirming) {
    return (
      <button type="button" className="button--secondary" onClick={() => setConfirming(true)}>
        {label}
      </button>
    )
  }
  return (
    <div className={className} role="group" aria-label="Confirm deletion">
      <p>{question}</p>
      <button type="button" className="button--danger" onClick={() => void onConfirm()}>
        Yes, delete it
      </button>{' '}
      <button type="button" className="button--secondary" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </div>
  )
}

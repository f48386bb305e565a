import type { ReactNode } from 'react'
import './scroll-region.css'

/**
 * A wide table's own sideways-scrolling frame, so the page never scrolls sideways on a phone or tablet.
 * It is a labelled region that takes focus, so keyboard users can scroll it with the arrow keys, and its
 * edges shade while more of the table lies beyond them (the visible cue that it scrolls).
 */
export function ScrollRegion({
  label,
  describedBy,
  className,
  children,
}: {
  /** What the region holds, read out when it takes focus: "Sampled records". */
  label: string
  describedBy?: string
  className?: string
  children: ReactNode
}) {
  return (
    <div
      className={className ? `scroll-region ${className}` : 'scroll-region'}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
    >
      {children}
    </div>
  )
}

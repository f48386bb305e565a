import type { ReactNode } from 'react'

/** Term and value pairs (a review's facts, a comparison's figures) as one description list. */
export function DetailsList({
  rows,
  className,
}: {
  rows: readonly (readonly [string, ReactNode])[]
  className?: string
}) {
  return (
    <dl className={className ? `details-list ${className}` : 'details-list'}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

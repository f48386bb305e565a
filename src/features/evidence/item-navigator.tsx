import { memo, useId, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { itemProgressLabels, type ItemProgress } from '#domain/review/item-progress'
import type { ScaleFile } from '#domain/scale/schema'
import { sameProgress } from './use-item-progress'

interface Props {
  scale: ScaleFile
  reviewId: string
  currentItemId: string
  progress: Record<string, ItemProgress>
  /** Above the work on a narrow screen: the item list folds to one line. */
  folded: boolean
}

/**
 * Every item grouped by section, with how far each has got, and a jump by item number. Redrawn only when
 * an item changes state (a first note, a suggestion, a score), not for every note saved while typing.
 */
export const ItemNavigator = memo(
  function ItemNavigator({ scale, reviewId, currentItemId, progress, folded }: Props) {
    const navigate = useNavigate()
    const [jump, setJump] = useState('')
    const [jumpError, setJumpError] = useState<string | null>(null)
    const jumpId = useId()

    function goToNumber(event: FormEvent) {
      event.preventDefault()
      const number = /^\d+$/.test(jump.trim()) ? Number(jump) : NaN
      const item = scale.items.find((candidate) => candidate.number === number)
      if (!item) {
        setJumpError(`Enter an item number from 1 to ${scale.items.length}.`)
        return
      }
      setJumpError(null)
      setJump('')
      void navigate(paths.reviewItem(reviewId, item.id))
    }

    const sections = scale.sections.map((section) => (
      <div key={section.id}>
        <h2 className="item-nav__section">{section.title}</h2>
        <ol className="item-links">
          {scale.items
            .filter((item) => item.sectionId === section.id)
            .map((item) => {
              const state = progress[item.id] ?? 'no-evidence'
              return (
                <li key={item.id}>
                  <Link
                    to={paths.reviewItem(reviewId, item.id)}
                    aria-current={item.id === currentItemId ? 'page' : undefined}
                  >
                    <span>
                      {item.number}. {item.title}
                    </span>
                    <span className={`progress progress--${state}`}>{itemProgressLabels[state]}</span>
                  </Link>
                </li>
              )
            })}
        </ol>
      </div>
    ))

    return (
      <nav className="item-nav" aria-label="Items of this review">
        <form className="field field--inline" onSubmit={goToNumber} noValidate>
          <label htmlFor={jumpId}>Go to item number</label>
          <input
            id={jumpId}
            inputMode="numeric"
            size={3}
            value={jump}
            aria-invalid={jumpError ? true : undefined}
            aria-describedby={jumpError ? `${jumpId}-error` : undefined}
            onChange={(event) => setJump(event.target.value)}
          />
          <button type="submit" className="button--small">
            Go
          </button>
          {jumpError && (
            <p id={`${jumpId}-error`} className="field-error" role="alert">
              {jumpError}
            </p>
          )}
        </form>
        {!folded ? (
          sections
        ) : (
          <details className="item-nav__fold">
            <summary>All {scale.items.length} items and how far each has got</summary>
            {sections}
          </details>
        )}
      </nav>
    )
  },
  (a, b) =>
    a.scale === b.scale &&
    a.reviewId === b.reviewId &&
    a.currentItemId === b.currentItemId &&
    a.folded === b.folded &&
    sameProgress(a.progress, b.progress),
)

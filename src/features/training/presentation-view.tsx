import { useCallback, useState, type CSSProperties } from 'react'
import { Link, useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { evidenceSourceLabels } from '#domain/review/evidence'
import type { PracticeCase } from '#domain/practice/case'
import type { ScaleFile } from '#domain/scale/schema'
import { AnchorList } from '../../ui/scale-text'
import { usePageTitle } from '../../ui/use-page-title'
import { useFitToWindow } from './use-fit-to-window'
import { usePresentationKeys } from './use-presentation-keys'
import './training.css'

interface Props {
  practiceCase: PracticeCase
  scale: ScaleFile
  itemId: string
}

/**
 * One item of a practice case for a room to read off a projector: the criterion, the anchors and the
 * case's evidence, in large type. The reference score stays hidden until the presenter shows it.
 */
export function PresentationView({ practiceCase, scale, itemId }: Props) {
  const navigate = useNavigate()
  const index = scale.items.findIndex((item) => item.id === itemId)
  const item = scale.items[index]
  const previous = scale.items[index - 1]
  const next = scale.items[index + 1]
  const caseItem = practiceCase.items.find((candidate) => candidate.itemId === itemId)
  // Kept per item, so stepping to another item hides the reference again without remounting (and
  // without dropping the key listener for a moment, which would lose a quick second key press).
  const [shownFor, setShownFor] = useState<string | null>(null)
  const showReference = shownFor === itemId
  const toggleReference = () => setShownFor((shown) => (shown === itemId ? null : itemId))
  const reference = showReference ? caseItem?.reference : undefined
  // The heavier column gets the wider share, so a long criterion with long anchors shrinks the type less.
  const leftLength = item ? item.criterion.length + item.anchors.reduce((sum, a) => sum + a.text.length, 0) : 1
  const rightLength =
    (caseItem?.evidence.reduce((sum, e) => sum + e.note.length, 0) ?? 0) + (reference?.reasoning.length ?? 0)
  const split = Math.min(2.5, Math.max(1.1, leftLength / Math.max(rightLength, 1))).toFixed(2)
  const slide = useFitToWindow<HTMLDivElement>(`${itemId}/${showReference}`)
  usePageTitle(item ? `Present ${item.number}. ${item.title}` : 'Item not found')

  const go = useCallback(
    (id: string) => void navigate(paths.trainingPresent(practiceCase.id, id)),
    [navigate, practiceCase.id],
  )
  usePresentationKeys({
    onPrevious: previous ? () => go(previous.id) : undefined,
    onNext: next ? () => go(next.id) : undefined,
    onLeave: () => void navigate(paths.training()),
    onToggleReference: toggleReference,
  })

  if (!item) {
    return (
      <div className="empty-state">
        <h1>Item not found</h1>
        <p>The scale of this practice case has no item “{itemId}”.</p>
        <Link to={paths.training()}>Back to training</Link>
      </div>
    )
  }

  return (
    <div className="presentation" ref={slide}>
      <header className="presentation__bar">
        <p className="presentation__case">
          {practiceCase.title} · item {index + 1} of {scale.items.length}
        </p>
        <nav className="presentation__controls" aria-label="Presentation">
          <button
            type="button"
            className="button--secondary"
            disabled={!previous}
            onClick={() => previous && go(previous.id)}
          >
            ← Previous
          </button>
          <button type="button" className="button--secondary" disabled={!next} onClick={() => next && go(next.id)}>
            Next →
          </button>
          <button type="button" onClick={toggleReference}>
            {showReference ? 'Hide reference' : 'Show reference'}
          </button>
          <Link to={paths.training()}>Leave</Link>
        </nav>
      </header>
      <h1 className="presentation__title">
        {item.number}. {item.title}
      </h1>
      <div className="presentation__body" style={{ '--split': `${split}fr` } as CSSProperties}>
        <section aria-label="Criterion and anchors">
          <p className="presentation__criterion">{item.criterion}</p>
          <AnchorList
            item={item}
            order="ascending"
            // Ascending order puts anchor n at position n, so CSS can mark the reference anchor once shown.
            className={`presentation__anchors${reference ? ` presentation__anchors--reference-${reference.score}` : ''}`}
            scoreClassName="presentation__score"
          />
        </section>
        <section aria-labelledby="presentation-evidence">
          <h2 id="presentation-evidence">Evidence</h2>
          {caseItem ? (
            <ul className="presentation__evidence">
              {caseItem.evidence.map((entry, i) => (
                <li key={i}>
                  <strong>
                    {evidenceSourceLabels[entry.source]}
                    {entry.intervieweeRole ? ` (${entry.intervieweeRole})` : ''}:
                  </strong>{' '}
                  {entry.note}
                </li>
              ))}
            </ul>
          ) : (
            <p>This case has no evidence for this item.</p>
          )}
          <div aria-live="polite">
            {reference && (
              <div className="presentation__reference">
                <p className="presentation__reference-score">Reference score: {reference.score}</p>
                {reference.nearBoundary && <p className="presentation__boundary">Near an anchor boundary.</p>}
                <p>{reference.reasoning}</p>
              </div>
            )}
          </div>
        </section>
      </div>
      <p className="presentation__keys">
        <kbd>→</kbd> or <kbd>Page Down</kbd> next, <kbd>←</kbd> or <kbd>Page Up</kbd> previous, <kbd>R</kbd> show or
        hide the reference, <kbd>Esc</kbd> leave.
      </p>
    </div>
  )
}

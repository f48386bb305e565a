import { useId, useLayoutEffect, useRef } from 'react'
import { isTyping } from './is-typing'
import './score-picker.css'

export interface ScoreChoice {
  score: number
  text: string
}

interface Props {
  /** What is being scored, e.g. "Your rating for item 4"; it names the group for screen readers. */
  legend: string
  /** The anchors: one choice each, in whatever order they come (shown 1 to 5). */
  anchors: readonly ScoreChoice[]
  /** Null means not yet rated. */
  value: number | null
  onChange: (score: number | null) => void
  /** A score to mark as the calculator's suggestion; it is never chosen for the user. */
  suggested?: number | null
  /** Shown but not changeable (e.g. a final review). */
  readOnly?: boolean
  /**
   * Whether the number keys 1-5 pick a score from anywhere on the page (one picker per screen), or
   * only while focus is inside this picker (several pickers on one screen).
   */
  pageShortcuts?: boolean
}

const notRated = 'not-rated'

/**
 * A whole-number score from the item's anchors, with "Not yet rated" as an explicit choice. Native
 * radio buttons, so arrow keys move within the group as everywhere else; keys 1-5 pick directly.
 */
export function ScorePicker({ legend, anchors, value, onChange, suggested, readOnly, pageShortcuts }: Props) {
  const name = useId()
  const fieldsetRef = useRef<HTMLFieldSetElement>(null)
  const choices = [...anchors].sort((a, b) => a.score - b.score)
  const scores = choices.map((choice) => choice.score)

  // Layout effects, not effects: they run before the browser paints the new item, so a key pressed the moment
  // it appears is already heard and goes to this item, never to the one shown before (a plain effect runs later).
  const latest = useRef({ onChange, scores, value })
  useLayoutEffect(() => {
    latest.current = { onChange, scores, value }
  })

  useLayoutEffect(() => {
    if (readOnly) return
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (!/^[1-9]$/.test(event.key) || isTyping(event.target, { textOnly: true })) return
      const inside = event.target instanceof Node && fieldsetRef.current?.contains(event.target)
      if (!pageShortcuts && !inside) return
      const score = Number(event.key)
      const { onChange: change, scores: known, value: current } = latest.current
      if (!known.includes(score)) return
      event.preventDefault()
      if (score !== current) change(score)
      // Keep focus on the chosen radio when the key was pressed inside the group.
      if (inside) fieldsetRef.current?.querySelector<HTMLInputElement>(`input[value="${score}"]`)?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [readOnly, pageShortcuts])

  return (
    <fieldset className="score-picker" ref={fieldsetRef}>
      <legend className="score-picker__legend">{legend}</legend>
      <div className="score-picker__options">
        <label className="score-picker__option score-picker__option--none">
          <input
            type="radio"
            name={name}
            value={notRated}
            checked={value === null}
            disabled={readOnly}
            onChange={() => onChange(null)}
          />
          <span className="score-picker__text">Not yet rated</span>
        </label>
        {choices.map((choice) => (
          <label
            key={choice.score}
            className={`score-picker__option${choice.score === suggested ? ' score-picker__option--suggested' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={choice.score}
              checked={value === choice.score}
              disabled={readOnly}
              // One string, so every screen reader reads the score, its anchor and the suggestion alike.
              aria-label={`${choice.score}: ${choice.text}${choice.score === suggested ? ' (Suggested by the calculator)' : ''}`}
              onChange={() => onChange(choice.score)}
            />
            <span className="score-picker__score" aria-hidden="true">
              {choice.score}
            </span>
            <span className="score-picker__text">
              {choice.text}
              {choice.score === suggested && (
                <span className="score-picker__suggested"> (Suggested by the calculator)</span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

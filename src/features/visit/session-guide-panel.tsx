import { memo, useId } from 'react'
import type { ScaleItem } from '#domain/scale/schema'
import type { GuideEntry } from '#domain/visit/session-guide'
import { useMediaQuery } from '../../ui/use-media-query'

interface Props {
  title: string
  entries: readonly GuideEntry[]
  /** The note being edited (its number), which a press on an item tags; null when there is none. */
  noteNumber: number | null
  onTag: (item: ScaleItem) => void
}

/**
 * The guide beside the notes: each item the session is expected to inform, with what the scale says to ask or
 * look for. A column of its own on a wide screen; on a narrower one, a section above the notes that opens.
 */
export const SessionGuidePanel = memo(function SessionGuidePanel(props: Props) {
  const wide = useMediaQuery('(min-width: 64rem)')
  const headingId = useId()
  if (wide) {
    return (
      // It scrolls on its own beside the notes from 1024 px up, so it takes focus for keyboard scrolling.
      <aside className="session-guide" aria-labelledby={headingId} tabIndex={0}>
        <h2 id={headingId}>{props.title}</h2>
        <GuideBody {...props} />
      </aside>
    )
  }
  return (
    <details className="session-guide">
      <summary>{props.title}</summary>
      <GuideBody {...props} />
    </details>
  )
})

function GuideBody({ entries, noteNumber, onTag }: Props) {
  if (entries.length === 0) {
    return (
      <p className="muted">
        The plan names no items for this session. Tag each note to the items it speaks to by their numbers.
      </p>
    )
  }
  return (
    <>
      <p className="muted session-guide__hint">
        {noteNumber === null
          ? 'Click in a note, then press “Tag the note” under an item to tag the note to it.'
          : `“Tag the note” tags note ${noteNumber}, the one you were last in.`}
      </p>
      <ol className="session-guide__items" aria-label="Items this session informs">
        {entries.map(({ item, prompts }) => (
          <li key={item.id}>
            <h3 className="session-guide__item">
              {item.number}. {item.title}
            </h3>
            {prompts.length === 0 ? (
              <p className="muted">The scale gives no prompt for this kind of session.</p>
            ) : (
              <ul className="session-guide__prompts">
                {prompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            )}
            {/* Always drawn (disabled until a note is chosen), so nothing moves when a note takes focus. */}
            <button
              type="button"
              className="button--secondary button--small"
              disabled={noteNumber === null}
              onClick={() => onTag(item)}
            >
              Tag the note to item {item.number}
            </button>
          </li>
        ))}
      </ol>
    </>
  )
}

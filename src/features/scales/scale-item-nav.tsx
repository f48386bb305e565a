import { useId, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { itemByNumber, searchItems } from '#domain/scale/search'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'

/** Search by word, jump by number, and every item grouped by section. */
export function ScaleItemNav({ scale, currentItemId }: { scale: ScaleFile; currentItemId: string }) {
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [jump, setJump] = useState('')
  const [jumpError, setJumpError] = useState<string | null>(null)
  const ids = { search: useId(), jump: useId(), jumpError: useId() }
  const link = (itemId: string) => paths.scaleItem(scale.id, scale.version, itemId)
  const results = searchItems(scale, query)

  function goToNumber(event: FormEvent) {
    event.preventDefault()
    const item = /^\d+$/.test(jump.trim()) ? itemByNumber(scale, Number(jump)) : undefined
    if (!item) {
      setJumpError(`Enter an item number from 1 to ${scale.items.length}.`)
      return
    }
    setJumpError(null)
    setJump('')
    void navigate(link(item.id))
  }

  return (
    <nav className="scale-nav" aria-label="Items of this scale">
      <div className="field">
        <label htmlFor={ids.search}>Search items</label>
        <input id={ids.search} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {query.trim() && (
        <div role="region" aria-live="polite" aria-label="Search results">
          <p className="muted">
            {results.length === 0 ? 'No item matches.' : `${plural(results.length, 'item')} match.`}
          </p>
          <ul className="item-links">
            {results.map((item) => (
              <li key={item.id}>
                <Link to={link(item.id)}>
                  {item.number}. {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="field field--inline" onSubmit={goToNumber} noValidate>
        <label htmlFor={ids.jump}>Go to item number</label>
        <input
          id={ids.jump}
          inputMode="numeric"
          size={4}
          value={jump}
          aria-invalid={jumpError ? true : undefined}
          aria-describedby={jumpError ? ids.jumpError : undefined}
          onChange={(event) => setJump(event.target.value)}
        />
        <button type="submit">Go</button>
        {jumpError && (
          <p id={ids.jumpError} className="field-error" role="alert">
            {jumpError}
          </p>
        )}
      </form>
      {scale.sections.map((section) => (
        <div key={section.id}>
          <h2 className="scale-nav__section">{section.title}</h2>
          <ol className="item-links">
            {scale.items
              .filter((item) => item.sectionId === section.id)
              .map((item) => (
                <li key={item.id}>
                  <Link to={link(item.id)} aria-current={item.id === currentItemId ? 'page' : undefined}>
                    {item.number}. {item.title}
                  </Link>
                </li>
              ))}
          </ol>
        </div>
      ))}
    </nav>
  )
}

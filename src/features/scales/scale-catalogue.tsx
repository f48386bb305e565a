import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { bundledScales, listCatalogue } from '../../domain/scale-catalogue'

/** The scale versions on this device, each opening at its first item. */
export function ScaleCatalogue() {
  const entries = listCatalogue()
  return (
    <ul className="card-list" aria-label="Scale versions">
      {entries.map((entry) => {
        const scale = bundledScales.find((s) => s.id === entry.id && s.version === entry.version)
        const firstItem = scale?.items[0]
        return (
          <li key={`${entry.id}@${entry.version}`} className="card">
            <h2 className="card__title">
              {firstItem ? (
                <Link to={paths.scaleItem(entry.id, entry.version, firstItem.id)}>{entry.title}</Link>
              ) : (
                entry.title
              )}
            </h2>
            <p className="card__meta">
              Version {entry.version} · {entry.locale} · {entry.origin === 'bundled' ? 'built in' : 'imported'}
            </p>
          </li>
        )
      })}
    </ul>
  )
}

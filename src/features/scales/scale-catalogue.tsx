import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { scaleFileName } from '#domain/scale/import'
import type { ScaleFile } from '#domain/scale/schema'
import { scalesRepo } from '../../storage/scales-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { downloadBlob } from '../../app/files/download'
import { useScaleCatalogue } from '../../storage/live-scales'

function downloadScale(scale: ScaleFile) {
  downloadBlob(new Blob([JSON.stringify(scale, null, 2)], { type: 'application/json' }), scaleFileName(scale))
}

/** The scale versions on this device: read one, download it as a template, or remove an imported one. */
export function ScaleCatalogue() {
  const { entries, find, loading } = useScaleCatalogue()
  const { run, failure } = useStorageAction()
  if (loading) return <p aria-busy="true">Loading scales…</p>

  async function remove(scale: ScaleFile) {
    const question = `Remove ${scale.title}, version ${scale.version}, from this device? Reviews that use it cannot be opened until it is imported again.`
    if (!window.confirm(question)) return
    await run(() => scalesRepo.removeImported(scale.id, scale.version))
  }

  return (
    <>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <ul className="card-list" aria-label="Scale versions">
        {entries.map((entry) => {
          const scale = find(entry.id, entry.version)
          if (!scale) return null
          const name = `${entry.title}, version ${entry.version}`
          return (
            <li key={`${entry.id}@${entry.version}`} className="card">
              <h2 className="card__title">
                <Link to={paths.scaleItem(entry.id, entry.version, scale.items[0]!.id)}>{entry.title}</Link>
              </h2>
              <p className="card__meta">
                Version {entry.version} · {entry.locale === 'en-GB' ? 'UK English' : 'US English'} ·{' '}
                {entry.origin === 'bundled' ? 'built in' : 'imported on this device'}
              </p>
              <p className="card__meta">{scale.publisher}</p>
              <details>
                <summary>Sources and scoring rules</summary>
                <p>{scale.source}</p>
                <ul>
                  {scale.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </details>
              <div className="card__actions">
                <button type="button" className="button--secondary" onClick={() => downloadScale(scale)} aria-label={`Download ${name} as JSON`}>
                  Download JSON
                </button>
                {entry.origin === 'imported' && (
                  <button type="button" className="button--secondary" onClick={() => void remove(scale)} aria-label={`Remove ${name}`}>
                    Remove
                  </button>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </>
  )
}

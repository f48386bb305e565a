import { useId, useRef, useState, type ChangeEvent } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { bundledScales } from '#domain/scale/catalogue'
import { checkScaleImport } from '#domain/scale/import'
import type { ScaleFile, ScaleProblem } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { scalesRepo } from '../../storage/scales-repo'
import { useStorageAction } from '../../storage/use-storage-action'

type Outcome =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'rejected'; fileName: string; problems: ScaleProblem[] }
  | { kind: 'imported'; scale: ScaleFile }

const MAX_PROBLEMS_SHOWN = 50

/** Import a scale JSON (e.g. an organisation's licensed wording). Nothing is stored unless every check passes. */
export function ScaleImport() {
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const { run, failure } = useStorageAction()

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setOutcome({ kind: 'checking', fileName: file.name })
    const checked = await run(async () => {
      // Size is checked before the file is read, so a huge file is never loaded into memory.
      const text = file.size > 5 * 1024 * 1024 ? '' : await file.text()
      const check = checkScaleImport(text, file.size, bundledScales)
      if (!check.ok) {
        setOutcome({ kind: 'rejected', fileName: file.name, problems: check.problems })
        return
      }
      await scalesRepo.saveImported({ id: check.scale.id, version: check.scale.version, data: check.scale })
      setOutcome({ kind: 'imported', scale: check.scale })
    })
    if (!checked) setOutcome({ kind: 'idle' })
    if (input.current) input.current.value = ''
  }

  return (
    <div>
      <p>
        If your organisation holds the licensed wording of the scale, import it as a scale file (JSON). Download a
        built-in scale from the <Link to={paths.scales()}>Scales</Link> page as a template. A file is checked in full
        before anything is stored.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Scale file (JSON)</label>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void importFile(e)}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome.kind === 'checking' && <p>Checking {outcome.fileName}…</p>}
        {outcome.kind === 'imported' && (
          <p className="success">
            Imported {outcome.scale.title}, version {outcome.scale.version}.{' '}
            <Link to={paths.scaleItem(outcome.scale.id, outcome.scale.version, outcome.scale.items[0]!.id)}>
              Read it
            </Link>
          </p>
        )}
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {outcome.kind === 'rejected' && (
        <div className="problems" role="alert">
          <p className="field-error">
            {outcome.fileName} was not imported: {plural(outcome.problems.length, 'problem')} found. Nothing was stored.
          </p>
          <ul>
            {outcome.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, index) => (
              <li key={index}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
          {outcome.problems.length > MAX_PROBLEMS_SHOWN && (
            <p>…and {outcome.problems.length - MAX_PROBLEMS_SHOWN} more.</p>
          )}
        </div>
      )}
    </div>
  )
}

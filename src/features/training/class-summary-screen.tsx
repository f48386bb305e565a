import { useId, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { practiceCases } from '#domain/practice/catalogue'
import { summariseClass } from '#domain/training/class-summary'
import { traineeExercisesFromFiles } from '#domain/training/trainee-files'
import { useScaleCatalogue } from '../../storage/live-scales'
import { usePageTitle } from '../../ui/use-page-title'
import { FileDropZone } from '../../ui/file-drop-zone'
import { formatBytes } from '#domain/text/bytes'
import { MAX_EXCHANGE_FILE_BYTES } from '#domain/exchange/file'
import { plural } from '#domain/text/plural'
import { ClassFileProblems } from './class-file-problems'
import { useClassFiles } from './class-files'
import { ClassSummaryResults } from './class-summary-results'
import './training.css'

/** A trainer's view of a class: trainees' exported exercises on one case, against its reference. */
export function ClassSummaryScreen() {
  usePageTitle('Class summary')
  const scales = useScaleCatalogue()
  const [caseId, setCaseId] = useState(practiceCases[0]?.id ?? '')
  const [showNames, setShowNames] = useState(false)
  const { files, reading, add, clear } = useClassFiles()
  const selectId = useId()
  const namesId = useId()
  const practiceCase = practiceCases.find((c) => c.id === caseId)
  const scale = practiceCase && scales.find(practiceCase.scaleId, practiceCase.scaleVersion)

  const result = useMemo(() => {
    if (!practiceCase || !scale) return null
    const readable = files.flatMap((f) => (f.ok ? [{ fileName: f.fileName, file: f.file }] : []))
    const { exercises, problems } = traineeExercisesFromFiles(readable, practiceCase)
    return { summary: summariseClass(scale, practiceCase, exercises), problems }
  }, [files, practiceCase, scale])

  return (
    <section className="page training" aria-labelledby="class-heading">
      <h1 id="class-heading">Class summary</h1>
      <p>
        Import your trainees’ exported exercises on one practice case to see, item by item, how the class scored against
        the reference. <strong>The files are read in memory only: nothing from them is stored on this device</strong>,
        and they are gone when you leave this page.
      </p>
      <p>
        <Link to={paths.training()}>Back to training</Link>
      </p>
      <div className="field">
        <label htmlFor={selectId}>Practice case</label>
        <select id={selectId} value={caseId} onChange={(event) => setCaseId(event.target.value)}>
          {practiceCases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <FileDropZone
        label="Trainees’ exercise files (JSON)"
        hint={`Choose several files at once, or drop them here. Each is a trainee’s exported exercise; files over ${formatBytes(MAX_EXCHANGE_FILE_BYTES)} are refused.`}
        multiple
        disabled={reading}
        onFiles={(chosen) => void add(chosen)}
      />
      {reading && <p aria-busy="true">Reading the files…</p>}
      {files.length > 0 && (
        <p>
          {plural(files.length, 'file')} chosen.{' '}
          <button type="button" className="button--secondary button--small" onClick={clear}>
            Clear the files
          </button>
        </p>
      )}
      <ClassFileProblems files={files} problems={result?.problems ?? []} />
      {!scale && !scales.loading && practiceCase && (
        <p className="problems">The scale this case is scored on is not on this device.</p>
      )}
      <div className="class-names">
        <input
          id={namesId}
          type="checkbox"
          checked={showNames}
          onChange={(event) => setShowNames(event.target.checked)}
        />
        <label htmlFor={namesId}>Show trainee names</label>
      </div>
      {result && <ClassSummaryResults summary={result.summary} showNames={showNames} />}
    </section>
  )
}

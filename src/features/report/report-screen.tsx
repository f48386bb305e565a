import { useId, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { Review } from '#domain/review/review'
import type { ScaleFile } from '#domain/scale/schema'
import { useSettings } from '../../storage/live-settings'
import { useScaleCatalogue } from '../../storage/live-scales'
import { downloadBlob } from '../../app/files/download'
import { LogoField } from './logo-field'
import { ReportWriting } from './report-writing'
import { useReportGeneration, useWordGeneration, type ReportChoices, type ReportState } from './use-report-generation'
import { usePageTitle } from '../../ui/use-page-title'
import './report.css'

function Progress({ fraction }: { fraction: number }) {
  const percent = Math.round(fraction * 100)
  return (
    <div className="report-progress">
      <progress max={100} value={percent} aria-label="Creating the report" />
      <p role="status">Creating the report… {percent}%</p>
    </div>
  )
}

function Result({ state }: { state: Extract<ReportState, { status: 'ready' }> }) {
  return (
    <section aria-labelledby="report-ready" className="report-result">
      <h2 id="report-ready">Your report is ready</h2>
      <p role="status" className="report-result__file">
        {state.fileName}
      </p>
      <button type="button" className="button" onClick={() => downloadBlob(state.blob, state.fileName)}>
        Download PDF
      </button>
      {state.previewUrl && <iframe className="report-preview" title="Report preview" src={state.previewUrl} />}
    </section>
  )
}

/** What the reviewers write for the report, then the options for its files, the rendering's progress, a preview and the download. */
export function ReportScreen({ review, scale }: { review: Review; scale: ScaleFile }) {
  const settings = useSettings()
  const scales = useScaleCatalogue()
  const { state, generate } = useReportGeneration(review, scales.find)
  const word = useWordGeneration(review, scales.find)
  const [pageSize, setPageSize] = useState<ReportChoices['pageSize']>('a4')
  const [includeEvidence, setIncludeEvidence] = useState(true)
  const evidenceId = useId()
  usePageTitle('Report')
  const logo = settings?.organisationLogo ?? null
  const working = state.status === 'working'

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    void generate({ pageSize, includeEvidence, logo })
  }

  return (
    <div className="report-screen">
      <h1>Report</h1>
      <p>
        <Link to={paths.review(review.id)}>Back to the review</Link>
      </p>
      {review.status !== 'final' && (
        <p className="report-draft" role="note">
          This review is not final yet, so every page of the report will be watermarked DRAFT.
        </p>
      )}
      <ReportWriting review={review} scale={scale} />
      <h2>Create the report files</h2>
      {/* jsPDF cannot write a structure tree (docs/decisions/0015-accessible-report.md). */}
      <p>The PDF is not tagged for screen readers; for a fully accessible copy use the Word download.</p>
      <form onSubmit={onSubmit} aria-label="Report options">
        <fieldset>
          <legend>Page size</legend>
          {(
            [
              ['a4', 'A4'],
              ['letter', 'US Letter'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="report-choice">
              <input
                type="radio"
                name="page-size"
                value={value}
                checked={pageSize === value}
                onChange={() => setPageSize(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <div className="report-choice">
          <input
            id={evidenceId}
            type="checkbox"
            checked={includeEvidence}
            onChange={(event) => setIncludeEvidence(event.currentTarget.checked)}
          />{' '}
          <label htmlFor={evidenceId}>Include evidence summaries</label>
        </div>
        {settings === undefined ? <p aria-busy="true">Loading settings…</p> : <LogoField logo={logo} />}
        <button type="submit" className="button" disabled={working || scales.loading || settings === undefined}>
          {state.status === 'ready' ? 'Create the report again' : 'Create the report'}
        </button>{' '}
        <button
          type="button"
          className="button button--secondary"
          disabled={word.state.status === 'working' || scales.loading || settings === undefined}
          onClick={() => void word.generate({ pageSize, includeEvidence, logo })}
        >
          Download Word (.docx)
        </button>
      </form>
      {word.state.status === 'working' && (
        <p role="status">Creating the Word file… {Math.round(word.state.fraction * 100)}%</p>
      )}
      {word.state.status === 'downloaded' && <p role="status">Downloaded {word.state.fileName}.</p>}
      {word.state.status === 'failed' && (
        <p className="field-error" role="alert">
          {word.state.message}
        </p>
      )}
      {state.status === 'working' && <Progress fraction={state.fraction} />}
      {state.status === 'failed' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <Result state={state} />}
    </div>
  )
}

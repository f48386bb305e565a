import { useEffect, useId, useRef, useState } from 'react'
import { documentText, type VisitDocument } from '#domain/visit/visit-document'
import { downloadBlob } from '../../app/files/download'

type Outcome =
  | { kind: 'copied' }
  | { kind: 'refused' }
  | { kind: 'working' }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'failed'; message: string }
  | null

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * One document for the team (the data request or the agenda): as text to paste into an email, with a copy
 * button, and as a PDF made by the report worker in the report's fonts.
 */
export function VisitDocumentPanel({
  document,
  name,
  textLabel,
}: {
  document: VisitDocument
  /** "the data request", "the agenda": for the buttons' words. */
  name: string
  textLabel: string
}) {
  const textId = useId()
  const [outcome, setOutcome] = useState<Outcome>(null)
  const text = documentText(document)
  // A PDF finished after the screen has gone has nowhere to go.
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => void (mounted.current = false)
  }, [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setOutcome({ kind: 'copied' })
    } catch {
      // Some browsers refuse the clipboard (permissions, an insecure origin): the text stays selectable.
      setOutcome({ kind: 'refused' })
    }
  }

  async function download() {
    setOutcome({ kind: 'working' })
    try {
      // The PDF code loads only now, on request (and is precached, so this works offline).
      const client = await import('../../report/report-client')
      const blob = await client.generateVisitDocumentPdf(document)
      if (!mounted.current) return
      downloadBlob(blob, document.fileName)
      setOutcome({ kind: 'downloaded', fileName: document.fileName })
    } catch (error) {
      if (mounted.current) setOutcome({ kind: 'failed', message: `The PDF could not be created: ${reason(error)}` })
    }
  }

  return (
    <div className="visit-document">
      <div className="field">
        <label htmlFor={textId}>{textLabel}</label>
        <textarea id={textId} readOnly rows={12} value={text} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <div className="form-actions">
        <button type="button" className="button--secondary" onClick={() => void copy()}>
          Copy {name}
        </button>
        <button
          type="button"
          className="button--secondary"
          disabled={outcome?.kind === 'working'}
          onClick={() => void download()}
        >
          Download {name} as PDF
        </button>
      </div>
      <p role="status" className="visit-document__status">
        {outcome?.kind === 'copied' && 'Copied: paste it into an email to the team.'}
        {outcome?.kind === 'refused' &&
          'This browser did not allow copying: select the text above and copy it yourself.'}
        {outcome?.kind === 'working' && 'Creating the PDF…'}
        {outcome?.kind === 'downloaded' && `Downloaded ${outcome.fileName}.`}
      </p>
      {outcome?.kind === 'failed' && (
        <p className="form-error" role="alert">
          {outcome.message}
        </p>
      )}
    </div>
  )
}

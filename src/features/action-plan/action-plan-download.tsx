import { useEffect, useRef, useState } from 'react'
import type { ActionPlanDocument } from '#domain/report-model/action-plan-document'
import { wordFileName } from '#domain/text/file-names'
import { downloadBlob } from '../../app/files/download'

type Outcome = { kind: 'working' } | { kind: 'downloaded'; fileName: string } | { kind: 'failed'; message: string }

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * "Download action plan (PDF)": the plan on its own for the team, made by the report worker (jsPDF loads only
 * now). `build` makes the document at the moment of the click, so it holds what is saved then.
 */
export function ActionPlanDownload({ build }: { build: () => ActionPlanDocument }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => void (mounted.current = false)
  }, [])

  async function download(format: 'PDF' | 'Word file') {
    setOutcome({ kind: 'working' })
    try {
      const document = build()
      const client = await import('../../report/report-client')
      const word = format === 'Word file'
      const blob = await (word ? client.generateActionPlanDocx(document) : client.generateActionPlanPdf(document))
      const fileName = word ? wordFileName(document.fileName) : document.fileName
      if (!mounted.current) return
      downloadBlob(blob, fileName)
      setOutcome({ kind: 'downloaded', fileName })
    } catch (error) {
      if (mounted.current)
        setOutcome({ kind: 'failed', message: `The ${format} could not be created: ${reason(error)}` })
    }
  }

  return (
    <div className="plan-download">
      <button
        type="button"
        className="button--secondary"
        disabled={outcome?.kind === 'working'}
        onClick={() => void download('PDF')}
      >
        Download action plan (PDF)
      </button>{' '}
      <button
        type="button"
        className="button--secondary"
        disabled={outcome?.kind === 'working'}
        onClick={() => void download('Word file')}
      >
        Download action plan (.docx)
      </button>
      {/* One line kept for the outcome, so the fields below never move when it changes. */}
      {outcome?.kind === 'failed' ? (
        <p className="save-status save-status--failed" role="alert">
          {outcome.message}
        </p>
      ) : (
        <p className="save-status" role="status">
          {outcome?.kind === 'working' && 'Creating the file…'}
          {outcome?.kind === 'downloaded' && `Downloaded ${outcome.fileName}.`}
        </p>
      )}
    </div>
  )
}

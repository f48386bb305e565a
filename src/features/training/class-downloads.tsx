import { useEffect, useRef, useState } from 'react'
import { classSummaryCsv } from '#domain/training/class-csv'
import { classSummaryFileName, classSummaryReportModel } from '#domain/training/class-report'
import type { ClassSummary } from '#domain/training/class-summary'
import { downloadBlob } from '../../app/files/download'

type PdfState = { status: 'idle' } | { status: 'working'; fraction: number } | { status: 'failed'; message: string }

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The summary as a spreadsheet (CSV) and as a PDF page, with or without names as shown on screen. */
export function ClassDownloads({ summary, showNames }: { summary: ClassSummary; showNames: boolean }) {
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' })
  const [done, setDone] = useState<string | null>(null)
  // Leaving the screen makes a PDF still being made irrelevant.
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => void (mounted.current = false)
  }, [])

  function downloadCsv() {
    const fileName = classSummaryFileName(summary.practiceCase, new Date(), 'csv')
    downloadBlob(new Blob([classSummaryCsv(summary, { showNames })], { type: 'text/csv;charset=utf-8' }), fileName)
    setDone(`Downloaded ${fileName}.`)
  }

  async function downloadPdf() {
    setDone(null)
    setPdf({ status: 'working', fraction: 0 })
    try {
      const model = classSummaryReportModel(summary, { showNames, now: new Date() })
      // The PDF code loads only now, on request (and is precached, so this works offline).
      const client = await import('../../report/report-client')
      const blob = await client.generateClassSummaryPdf(model, (fraction) => {
        if (mounted.current) setPdf({ status: 'working', fraction })
      })
      if (!mounted.current) return
      downloadBlob(blob, model.fileName)
      setPdf({ status: 'idle' })
      setDone(`Downloaded ${model.fileName}.`)
    } catch (error) {
      if (mounted.current) setPdf({ status: 'failed', message: `The PDF could not be created: ${describe(error)}` })
    }
  }

  const percent = pdf.status === 'working' ? Math.round(pdf.fraction * 100) : 0
  return (
    <div>
      <div className="training-actions">
        <button type="button" className="button--secondary" onClick={downloadCsv}>
          Download CSV
        </button>
        <button type="button" disabled={pdf.status === 'working'} onClick={() => void downloadPdf()}>
          Download PDF
        </button>
        {pdf.status === 'working' && (
          <span className="class-progress">
            <progress max={100} value={percent} aria-label="Creating the PDF" />
          </span>
        )}
      </div>
      <p role="status">{pdf.status === 'working' ? `Creating the PDF… ${percent}%` : (done ?? '')}</p>
      {pdf.status === 'failed' && (
        <p className="form-error" role="alert">
          {pdf.message}
        </p>
      )}
    </div>
  )
}

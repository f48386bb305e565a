import { renderActionPlan } from './render-action-plan'
import { renderClassSummary } from './render-class-summary'
import { renderReport } from './render-report'
import { renderVisitDocument } from './render-visit-document'
import type { ActionPlanDocxRequest, ReportDocxRequest, ReportResponse, WorkerRequest } from './report-messages'

// The DOM lib types `self` as a Window; in this file it is a dedicated worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage: (message: ReportResponse, transfer?: Transferable[]) => void
}

// The Word renderer (docx) loads only when a Word file is asked for, as jsPDF does on the page.
async function renderWord(request: ReportDocxRequest | ActionPlanDocxRequest, onProgress: (f: number) => void) {
  if (request.kind === 'report-docx') {
    const { renderReportDocx } = await import('./docx-report')
    return renderReportDocx(request.model, { ...request.options, onProgress })
  }
  const { renderActionPlanDocx } = await import('./docx-action-plan')
  return renderActionPlanDocx(request.document, { ...request.options, onProgress })
}

/** A PDF is drawn at once; a Word file is zipped asynchronously. */
function render(request: WorkerRequest, onProgress: (fraction: number) => void): ArrayBuffer | Promise<ArrayBuffer> {
  if (request.kind === 'report-docx' || request.kind === 'action-plan-docx') return renderWord(request, onProgress)
  if (request.kind === 'class-summary') return renderClassSummary(request.model, { ...request.options, onProgress })
  if (request.kind === 'action-plan') return renderActionPlan(request.document, { ...request.options, onProgress })
  if (request.kind === 'visit-document')
    return renderVisitDocument(request.document, { ...request.options, onProgress })
  return renderReport(request.model, { ...request.options, onProgress })
}

// Rendering a long report takes seconds; doing it here keeps the page responsive meanwhile.
const done = (bytes: ArrayBuffer) => scope.postMessage({ type: 'done', bytes }, [bytes])
const failed = (error: unknown) =>
  scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) })

scope.onmessage = (event) => {
  try {
    const result = render(event.data, (fraction) => scope.postMessage({ type: 'progress', fraction }))
    if (result instanceof Promise) result.then(done, failed)
    else done(result)
  } catch (error) {
    failed(error)
  }
}

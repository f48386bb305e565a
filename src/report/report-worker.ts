import { renderActionPlan } from './render-action-plan'
import { renderClassSummary } from './render-class-summary'
import { renderReport } from './render-report'
import { renderVisitDocument } from './render-visit-document'
import type { ReportResponse, WorkerRequest } from './report-messages'

// The DOM lib types `self` as a Window; in this file it is a dedicated worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage: (message: ReportResponse, transfer?: Transferable[]) => void
}

function render(request: WorkerRequest, onProgress: (fraction: number) => void): ArrayBuffer {
  if (request.kind === 'class-summary') return renderClassSummary(request.model, { ...request.options, onProgress })
  if (request.kind === 'action-plan') return renderActionPlan(request.document, { ...request.options, onProgress })
  if (request.kind === 'visit-document')
    return renderVisitDocument(request.document, { ...request.options, onProgress })
  return renderReport(request.model, { ...request.options, onProgress })
}

// Rendering a long report takes seconds; doing it here keeps the page responsive meanwhile.
scope.onmessage = (event) => {
  try {
    const bytes = render(event.data, (fraction) => scope.postMessage({ type: 'progress', fraction }))
    scope.postMessage({ type: 'done', bytes }, [bytes])
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

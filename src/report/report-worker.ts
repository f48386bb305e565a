import { renderReport } from './render-report'
import type { ReportRequest, ReportResponse } from './report-messages'

// The DOM lib types `self` as a Window; in this file it is a dedicated worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReportRequest>) => void) | null
  postMessage: (message: ReportResponse, transfer?: Transferable[]) => void
}

// Rendering a long report takes seconds; doing it here keeps the page responsive meanwhile.
scope.onmessage = (event) => {
  try {
    const bytes = renderReport(event.data.model, {
      ...event.data.options,
      onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }),
    })
    scope.postMessage({ type: 'done', bytes }, [bytes])
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

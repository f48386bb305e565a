import type { ReportModel } from '../domain/report-model'
import type { ReportRequest, ReportResponse } from './report-messages'

export type GenerateOptions = ReportRequest['options']

export class ReportError extends Error {
  constructor(
    readonly code: 'render-failed' | 'worker-failed',
    message: string,
  ) {
    super(message)
    this.name = 'ReportError'
  }
}

/**
 * Renders the report in a Web Worker (so typing elsewhere never freezes) and resolves with the PDF.
 * The worker is a same-origin module file, as the content security policy allows no blob: workers.
 */
export function generateReport(
  model: ReportModel,
  options: GenerateOptions,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module', name: 'report' })
    worker.onmessage = (event: MessageEvent<ReportResponse>) => {
      const message = event.data
      if (message.type === 'progress') return onProgress(message.fraction)
      worker.terminate()
      if (message.type === 'done') resolve(new Blob([message.bytes], { type: 'application/pdf' }))
      else reject(new ReportError('render-failed', message.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new ReportError('worker-failed', event.message || 'the report worker did not start'))
    }
    const request: ReportRequest = { model, options }
    worker.postMessage(request)
  })
}

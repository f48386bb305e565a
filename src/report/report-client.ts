import type { ClassSummaryReportModel } from '#domain/training/class-report'
import type { ReportModel } from '#domain/report-model/model'
import type { VisitDocument } from '#domain/visit/visit-document'
import type { ActionPlanDocument } from '#domain/report-model/action-plan-document'
import type { PageSize } from './render-report'
import { loadReportFonts } from './report-fonts'
import type { ReportRequest, ReportResponse, WorkerRequest } from './report-messages'

export type GenerateOptions = ReportRequest['options']

export class ReportError extends Error {
  constructor(
    readonly code: 'render-failed' | 'worker-failed' | 'font-failed',
    message: string,
  ) {
    super(message)
    this.name = 'ReportError'
  }
}

/**
 * Renders in a Web Worker (so typing elsewhere never freezes) and resolves with the PDF.
 * The worker is a same-origin module file, as the content security policy allows no blob: workers.
 */
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const typeOf = (request: WorkerRequest) =>
  request.kind === 'report-docx' || request.kind === 'action-plan-docx' ? DOCX_TYPE : 'application/pdf'

function renderInWorker(request: WorkerRequest, onProgress: (fraction: number) => void): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module', name: 'report' })
    worker.onmessage = (event: MessageEvent<ReportResponse>) => {
      const message = event.data
      if (message.type === 'progress') return onProgress(message.fraction)
      worker.terminate()
      if (message.type === 'done') resolve(new Blob([message.bytes], { type: typeOf(request) }))
      else reject(new ReportError('render-failed', message.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new ReportError('worker-failed', event.message || 'the report worker did not start'))
    }
    worker.postMessage(request)
  })
}

export function generateReport(
  model: ReportModel,
  options: GenerateOptions,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  const request: ReportRequest = { model, options }
  return renderInWorker(request, onProgress)
}

async function fonts() {
  try {
    return await loadReportFonts()
  } catch (error) {
    throw new ReportError('font-failed', error instanceof Error ? error.message : String(error))
  }
}

/** The class summary PDF of a training exercise; loads the report font itself, A4 unless told otherwise. */
export async function generateClassSummaryPdf(
  model: ClassSummaryReportModel,
  onProgress: (fraction: number) => void = () => {},
  options: { pageSize?: PageSize } = {},
): Promise<Blob> {
  const font = await fonts()
  return renderInWorker(
    { kind: 'class-summary', model, options: { pageSize: options.pageSize ?? 'a4', font } },
    onProgress,
  )
}

/** A document for the team before the visit (data request or agenda) as PDF; A4 unless told otherwise. */
export async function generateVisitDocumentPdf(
  document: VisitDocument,
  onProgress: (fraction: number) => void = () => {},
  options: { pageSize?: PageSize } = {},
): Promise<Blob> {
  const font = await fonts()
  return renderInWorker(
    { kind: 'visit-document', document, options: { pageSize: options.pageSize ?? 'a4', font } },
    onProgress,
  )
}

/** The action plan on its own as a PDF for the team (landscape); A4 unless told otherwise. */
export async function generateActionPlanPdf(
  document: ActionPlanDocument,
  onProgress: (fraction: number) => void = () => {},
  options: { pageSize?: PageSize } = {},
): Promise<Blob> {
  const font = await fonts()
  return renderInWorker(
    { kind: 'action-plan', document, options: { pageSize: options.pageSize ?? 'a4', font } },
    onProgress,
  )
}

/** The report as a Word file (.docx), from the same model as the PDF; Word brings its own fonts. */
export function generateReportDocx(
  model: ReportModel,
  options: Omit<GenerateOptions, 'font'>,
  onProgress: (fraction: number) => void = () => {},
): Promise<Blob> {
  return renderInWorker({ kind: 'report-docx', model, options }, onProgress)
}

/** The action plan on its own as a Word file (landscape), to edit or hand to the team; A4 unless told otherwise. */
export function generateActionPlanDocx(
  document: ActionPlanDocument,
  onProgress: (fraction: number) => void = () => {},
  options: { pageSize?: PageSize } = {},
): Promise<Blob> {
  return renderInWorker(
    { kind: 'action-plan-docx', document, options: { pageSize: options.pageSize ?? 'a4' } },
    onProgress,
  )
}

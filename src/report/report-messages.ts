import type { ClassSummaryReportModel } from '#domain/training/class-report'
import type { ReportModel } from '#domain/report-model/model'
import type { ClassSummaryRenderOptions } from './render-class-summary'
import type { RenderOptions } from './render-report'

/** What the page sends the report worker, and what the worker answers. */
export interface ReportRequest {
  // Absent in requests written before the worker drew anything else: those are review reports.
  kind?: 'report'
  model: ReportModel
  options: Omit<RenderOptions, 'onProgress'>
}

/** A trainer's class summary of a training exercise. */
export interface ClassSummaryRequest {
  kind: 'class-summary'
  model: ClassSummaryReportModel
  options: Omit<ClassSummaryRenderOptions, 'onProgress'>
}

export type WorkerRequest = ReportRequest | ClassSummaryRequest

export type ReportResponse =
  { type: 'progress'; fraction: number } | { type: 'done'; bytes: ArrayBuffer } | { type: 'error'; message: string }

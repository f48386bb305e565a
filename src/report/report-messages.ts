import type { ReportModel } from '../domain/report-model'
import type { RenderOptions } from './render-report'

/** What the page sends the report worker, and what the worker answers. */
export interface ReportRequest {
  model: ReportModel
  options: Omit<RenderOptions, 'onProgress'>
}

export type ReportResponse =
  { type: 'progress'; fraction: number } | { type: 'done'; bytes: ArrayBuffer } | { type: 'error'; message: string }

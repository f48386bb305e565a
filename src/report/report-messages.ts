import type { ClassSummaryReportModel } from '#domain/training/class-report'
import type { ReportModel } from '#domain/report-model/model'
import type { VisitDocument } from '#domain/visit/visit-document'
import type { ClassSummaryRenderOptions } from './render-class-summary'
import type { RenderOptions } from './render-report'
import type { VisitDocumentRenderOptions } from './render-visit-document'
import type { ActionPlanDocument } from '#domain/report-model/action-plan-document'
import type { ActionPlanRenderOptions } from './render-action-plan'
import type { ActionPlanDocxOptions } from './docx-action-plan'
import type { DocxRenderOptions } from './docx-report'

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

/** A document for the team before the visit: the data request or the agenda. */
export interface VisitDocumentRequest {
  kind: 'visit-document'
  document: VisitDocument
  options: Omit<VisitDocumentRenderOptions, 'onProgress'>
}

/** The action plan on its own, to hand to the team. */
export interface ActionPlanRequest {
  kind: 'action-plan'
  document: ActionPlanDocument
  options: Omit<ActionPlanRenderOptions, 'onProgress'>
}

/** The report as a Word file, from the same model as the PDF. */
export interface ReportDocxRequest {
  kind: 'report-docx'
  model: ReportModel
  options: Omit<DocxRenderOptions, 'onProgress'>
}

/** The action plan on its own as a Word file. */
export interface ActionPlanDocxRequest {
  kind: 'action-plan-docx'
  document: ActionPlanDocument
  options: Omit<ActionPlanDocxOptions, 'onProgress'>
}

export type WorkerRequest =
  | ReportRequest
  | ClassSummaryRequest
  | VisitDocumentRequest
  | ActionPlanRequest
  | ReportDocxRequest
  | ActionPlanDocxRequest

export type ReportResponse =
  { type: 'progress'; fraction: number } | { type: 'done'; bytes: ArrayBuffer } | { type: 'error'; message: string }

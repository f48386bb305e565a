import { jsPDF } from 'jspdf'
import { actionPlanCells, actionPlanIntro, type ActionPlanDocument } from '#domain/report-model/action-plan-document'
import { drawPageFurniture } from './pdf-furniture'
import { glyphFilter } from './pdf-text'
import { MUTED, ReportWriter } from './pdf-writer'
import { embedFonts, type PageSize, type RenderOptions } from './render-report'

export interface ActionPlanRenderOptions {
  pageSize: PageSize
  font: RenderOptions['font']
  onProgress?: (fraction: number) => void
}

// Millimetres on a landscape page: the free text gets the room, dates and status one line each.
const columnWidths: Record<ActionPlanDocument['columns'][number]['key'], number | 'auto'> = {
  item: 36,
  recommendation: 'auto',
  action: 'auto',
  owner: 28,
  targetDate: 27,
  reviewPoint: 27,
  status: 19,
}

/**
 * The action plan on its own as PDF bytes, to hand to the team: one landscape table (seven columns read better
 * across the page), in the report's fonts and page furniture. A normal plan (10 actions) fits on one page; a longer
 * one continues with the header row repeated.
 */
export function renderActionPlan(document: ActionPlanDocument, options: ActionPlanRenderOptions): ArrayBuffer {
  const progress = options.onProgress ?? (() => {})
  const doc = new jsPDF({ unit: 'mm', format: options.pageSize, orientation: 'landscape', compress: true })
  const writer = new ReportWriter(doc, glyphFilter(embedFonts(doc, options.font)))
  doc.setDocumentProperties({
    title: writer.clean(document.title),
    subject: writer.clean(`Action plan, ${document.reviewLabel}`),
    creator: 'IPS Fidelity Review',
  })
  doc.setLanguage('en-GB')
  progress(0.2)
  writer.heading(document.title, 1)
  writer.paragraph(actionPlanIntro(document), { color: MUTED, after: 3 })
  if (document.rows.length === 0) {
    writer.paragraph(document.emptyText)
  } else {
    const keys = document.columns.map((column) => column.key)
    writer.table(
      document.columns.map((column) => column.heading),
      actionPlanCells(document),
      {
        // An action is read as one row: it moves whole to the next page rather than splitting.
        rowPageBreak: 'avoid',
        styles: { fontSize: 8, cellPadding: 1.5 },
        columnStyles: Object.fromEntries(keys.map((key, index) => [index, { cellWidth: columnWidths[key] }])),
      },
    )
  }
  progress(0.8)
  drawPageFurniture(writer, {
    header: { title: document.title, date: document.createdOn },
    draft: document.draft,
  })
  const bytes = doc.output('arraybuffer')
  progress(1)
  return bytes
}

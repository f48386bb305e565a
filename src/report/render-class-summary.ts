import { jsPDF } from 'jspdf'
import type { CellHookData } from 'jspdf-autotable'
import type { ClassSummaryReportModel } from '#domain/training/class-report'
import { drawPageFurniture } from './pdf-furniture'
import { glyphFilter } from './pdf-text'
import { MUTED, ReportWriter } from './pdf-writer'
import { embedFonts, type PageSize, type RenderOptions } from './render-report'

export interface ClassSummaryRenderOptions {
  pageSize: PageSize
  font: RenderOptions['font']
  onProgress?: (fraction: number) => void
}

// Rows are short: one that does not fit moves whole to the next page rather than splitting.
const WHOLE_ROWS = { rowPageBreak: 'avoid' } as const

const dash = (text: string) => (text === '' ? '—' : text)
// The count under the reference score is the class getting it right: tinted so the eye finds it.
const REFERENCE_TINT: [number, number, number] = [222, 235, 244]

function drawOverview(writer: ReportWriter, model: ClassSummaryReportModel): void {
  writer.heading('Class summary', 1)
  writer.fields([
    ['Practice case', `${model.caseTitle} (version ${model.caseVersion})`],
    ['Scale', model.scale],
    ['Reference score', `${model.reference.total} out of 125: ${model.reference.band}`],
    ['Trainees', String(model.traineeCount)],
    ['Created', model.generatedOn],
  ])
  if (!model.namesShown && model.traineeCount > 0) {
    writer.paragraph('Names are hidden: trainees are numbered in the order their files were imported.', {
      color: MUTED,
    })
  }
}

function drawMostMisread(writer: ReportWriter, model: ClassSummaryReportModel): void {
  writer.heading('Most often misread', 2)
  if (model.mostMisread.length === 0) {
    return writer.paragraph('Every trainee matched the reference on every item they rated.', { color: MUTED })
  }
  writer.table(
    ['Item', 'Reference', 'Misread by', 'Mean difference', 'Mean distance'],
    model.mostMisread.map((row) => [
      `${row.number}. ${row.title}`,
      row.reference,
      row.misread,
      dash(row.meanDifference),
      dash(row.meanAbsoluteDifference),
    ]),
    {
      ...WHOLE_ROWS,
      columnStyles: {
        1: { cellWidth: 22, halign: 'right' },
        2: { cellWidth: 22, halign: 'right' },
        3: { cellWidth: 24, halign: 'right' },
        4: { cellWidth: 22, halign: 'right' },
      },
    },
  )
}

function drawItems(writer: ReportWriter, model: ClassSummaryReportModel): void {
  writer.heading('Item by item', 2)
  writer.paragraph(
    'Columns 1 to 5 count the trainees who gave each score; the shaded count is the reference score. ' +
      'Mean difference is the trainees’ score minus the reference, over those who rated the item: ' +
      'a plus sign means the class scored higher than the reference.',
    { size: 9, color: MUTED },
  )
  const references = model.items.map((row) => row.reference)
  const narrow = { cellWidth: 8, halign: 'center' as const }
  writer.table(
    ['Item', 'Ref.', '1', '2', '3', '4', '5', 'Exact', 'Misread', 'Mean difference'],
    model.items.map((row) => [
      `${row.number}. ${row.title}`,
      row.reference,
      ...row.counts,
      row.exact,
      row.misread,
      dash(row.meanDifference),
    ]),
    {
      styles: { fontSize: 8 },
      ...WHOLE_ROWS,
      columnStyles: {
        1: { cellWidth: 11, halign: 'center' },
        2: narrow,
        3: narrow,
        4: narrow,
        5: narrow,
        6: narrow,
        7: { cellWidth: 14, halign: 'right' },
        8: { cellWidth: 17, halign: 'right' },
        9: { cellWidth: 22, halign: 'right' },
      },
      didParseCell: (data: CellHookData) => {
        const reference = references[data.row.index]
        if (data.section === 'body' && reference !== undefined && data.column.index === 1 + reference) {
          data.cell.styles.fillColor = REFERENCE_TINT
          data.cell.styles.fontStyle = 'bold'
        }
      },
    },
  )
}

function drawTrainees(writer: ReportWriter, model: ClassSummaryReportModel): void {
  writer.heading('Each trainee’s agreement with the reference', 2)
  writer.paragraph('Exact and within one point are over the items the trainee rated; the total and band need all 25.', {
    size: 9,
    color: MUTED,
  })
  writer.table(
    ['Trainee', 'Items rated', 'Exact', 'Within one', 'Total', 'Difference', 'Band', 'Band match'],
    model.trainees.map((row) => [
      row.label,
      row.itemsRated,
      dash(row.exact),
      dash(row.withinOne),
      row.total,
      dash(row.totalDifference),
      dash(row.band),
      dash(row.bandMatch),
    ]),
    {
      styles: { fontSize: 8 },
      ...WHOLE_ROWS,
      columnStyles: {
        1: { cellWidth: 13, halign: 'right' },
        2: { cellWidth: 13, halign: 'right' },
        3: { cellWidth: 15, halign: 'right' },
        4: { cellWidth: 20, halign: 'right' },
        5: { cellWidth: 21, halign: 'right' },
        6: { cellWidth: 30 },
        7: { cellWidth: 14 },
      },
    },
  )
}

/** The class summary as PDF bytes: the report worker runs it, and so can a test in Node. */
export function renderClassSummary(model: ClassSummaryReportModel, options: ClassSummaryRenderOptions): ArrayBuffer {
  const progress = options.onProgress ?? (() => {})
  const doc = new jsPDF({ unit: 'mm', format: options.pageSize, orientation: 'portrait', compress: true })
  const writer = new ReportWriter(doc, glyphFilter(embedFonts(doc, options.font)))
  doc.setDocumentProperties({
    title: writer.clean(model.title),
    subject: 'Class summary of a training exercise',
    creator: 'IPS Fidelity Review',
  })
  progress(0.1)
  drawOverview(writer, model)
  if (model.traineeCount === 0) {
    writer.paragraph('No trainee exercises were imported, so there is nothing to compare with the reference yet.')
  } else {
    drawMostMisread(writer, model)
    progress(0.3)
    drawItems(writer, model)
    progress(0.6)
    drawTrainees(writer, model)
  }
  progress(0.8)
  drawPageFurniture(writer, {
    header: { title: `Class summary: ${model.caseTitle}`, date: model.generatedOn },
    draft: false,
  })
  const bytes = doc.output('arraybuffer')
  progress(1)
  return bytes
}

import { keyDateLines, type ReportModel } from '#domain/report-model/model'
import {
  alongsideColumns,
  alongsideHeading,
  alongsideIntro,
  alongsideRows,
  comparisonColumns,
  comparisonFields,
  comparisonHeading,
  comparisonRows,
  coverFields,
  draftNotice,
  sectionColumns,
  sectionRows,
  summaryFields,
  headings,
} from '#domain/report-model/report-words'
import { drawItemScoreChart } from './pdf-chart'
import { ACCENT, MARGIN, MUTED, type ReportWriter } from './pdf-writer'

export interface ReportLogo {
  dataUrl: string
  width: number
  height: number
}

function drawLogo(writer: ReportWriter, logo: ReportLogo): void {
  const box = { width: 50, height: 25 }
  const scale = Math.min(box.width / logo.width, box.height / logo.height)
  const width = logo.width * scale
  const height = logo.height * scale
  const format = /^data:image\/jpe?g/i.test(logo.dataUrl) ? 'JPEG' : 'PNG'
  writer.doc.addImage(logo.dataUrl, format, writer.pageWidth - MARGIN.right - width, MARGIN.top, width, height)
}

export function drawCover(writer: ReportWriter, model: ReportModel, logo: ReportLogo | null): void {
  const { cover } = model
  if (logo) drawLogo(writer, logo)
  writer.y = 70
  writer.paragraph(model.title, { size: 24, bold: true, color: ACCENT, after: 3 })
  writer.paragraph(cover.subtitle, { size: 12, color: MUTED, after: 6 })
  writer.paragraph(cover.teamName, { size: 16, bold: true, after: 2 })
  if (cover.organisation) writer.paragraph(cover.organisation, { size: 12, color: MUTED, after: 10 })
  else writer.space(8)
  writer.fields(coverFields(cover))
  // Report due, action plan due, next review: under the same heading the Word report gives them.
  const dates = keyDateLines(model.dates)
  if (dates.length > 0) {
    writer.space(2)
    writer.paragraph(headings.keyDates, { size: 11, bold: true, after: 1 })
    writer.fields(dates.map(({ label, value }): [string, string] => [label, value]))
  }
  writer.space(2)
  writer.paragraph(cover.scaleWording, { size: 9, color: MUTED })
  if (model.draft) {
    writer.space(4)
    writer.paragraph(draftNotice, {
      bold: true,
      color: [160, 40, 40],
    })
  }
}

function drawComparison(writer: ReportWriter, comparison: NonNullable<ReportModel['summary']['comparison']>): void {
  writer.heading(comparisonHeading(comparison), 2)
  writer.fields(comparisonFields(comparison))
  writer.table(comparisonColumns, comparisonRows(comparison), {
    columnStyles: { 1: { cellWidth: 22 }, 2: { cellWidth: 24 }, 3: { cellWidth: 30 } },
  })
}

/** Reviews of the other type, by name and total only: a self-assessment is never a step in an independent trend. */
function drawAlongside(writer: ReportWriter, alongside: ReportModel['summary']['alongside']): void {
  writer.heading(alongsideHeading, 2)
  writer.paragraph(alongsideIntro)
  writer.table(alongsideColumns, alongsideRows(alongside), { columnStyles: { 1: { cellWidth: 30 } } })
}

export function drawSummary(writer: ReportWriter, model: ReportModel): void {
  const { summary } = model
  writer.newPage()
  writer.heading(headings.summary, 1)
  writer.fields(summaryFields(summary))
  if (summary.sections.length > 0) {
    writer.table(sectionColumns, sectionRows(summary), {
      columnStyles: { 1: { cellWidth: 22, halign: 'right' }, 2: { cellWidth: 24, halign: 'right' } },
    })
  }
  writer.heading(headings.itemScores, 2)
  drawItemScoreChart(writer, summary.itemScores)
  if (summary.comparison) drawComparison(writer, summary.comparison)
  if (summary.alongside.length > 0) drawAlongside(writer, summary.alongside)
}

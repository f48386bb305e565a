import type { ReportModel } from '#domain/report-model/model'
import { itemCriterion, itemFields, itemHeading, itemRationale, headings } from '#domain/report-model/report-words'
import { MARGIN, MUTED, type ReportWriter } from './pdf-writer'

type ReportItem = ReportModel['items'][number]

function bullets(writer: ReportWriter, entries: string[]): void {
  for (const entry of entries) {
    writer.font(10)
    writer.ensure(writer.lineHeight(10))
    writer.doc.text('•', MARGIN.left + 1, writer.y, { baseline: 'top' })
    writer.paragraph(entry, { indent: 5, after: 1 })
  }
  writer.space(1)
}

function drawItem(writer: ReportWriter, item: ReportItem): void {
  writer.heading(itemHeading(item), 2)
  if (item.sectionLabel) writer.paragraph(item.sectionLabel, { size: 9, color: MUTED })
  writer.fields(itemFields(item))
  if (item.findingText) writer.paragraph(item.findingText)
  writer.paragraph('Criterion', { bold: true, after: 1 })
  writer.paragraph(itemCriterion(item))
  writer.paragraph('Rationale', { bold: true, after: 1 })
  writer.paragraph(itemRationale(item))
  if (item.evidence.length > 0) {
    writer.paragraph('Evidence', { bold: true, after: 1 })
    bullets(writer, item.evidence)
  }
  if (item.finding === 'recommendation') {
    writer.paragraph('Recommendation', { bold: true, after: 1 })
    writer.paragraph(item.recommendation)
  }
  writer.ensure(4)
  writer.doc.setDrawColor(200, 205, 210)
  writer.doc.setLineWidth(0.2)
  writer.doc.line(MARGIN.left, writer.y + 1, MARGIN.left + writer.width, writer.y + 1)
  writer.space(5)
}

/** Every item in scale order, its rationale flowing across pages however long it is. */
export function drawItems(
  writer: ReportWriter,
  model: ReportModel,
  onItem: (done: number, total: number) => void,
): void {
  writer.newPage()
  writer.heading(headings.items, 1)
  model.items.forEach((item, index) => {
    drawItem(writer, item)
    onItem(index + 1, model.items.length)
  })
}

import { jsPDF } from 'jspdf'
import type { VisitDocument } from '#domain/visit/visit-document'
import { drawPageFurniture } from './pdf-furniture'
import { glyphFilter } from './pdf-text'
import { MARGIN, MUTED, ReportWriter } from './pdf-writer'
import { embedFonts, type PageSize, type RenderOptions } from './render-report'

export interface VisitDocumentRenderOptions {
  pageSize: PageSize
  font: RenderOptions['font']
  onProgress?: (fraction: number) => void
}

const subjects = { 'data-request': 'Pre-visit data request', agenda: 'Visit agenda' } as const

function drawBlocks(writer: ReportWriter, document: VisitDocument): void {
  for (const block of document.blocks) {
    if (block.kind === 'heading') writer.heading(block.text, 2)
    else if (block.kind === 'paragraph') writer.paragraph(block.text)
    else {
      for (const item of block.items) {
        // A bullet with the item's lines hanging beside it.
        writer.font(10)
        writer.ensure(writer.lineHeight(10))
        writer.doc.text('•', MARGIN.left + 1, writer.y, { baseline: 'top' })
        writer.paragraph(item, { indent: 5, after: 1 })
      }
      writer.space(2)
    }
  }
}

/**
 * A document sent to the team before the visit (the data request or the agenda) as PDF bytes, in the QA
 * report's fonts and page furniture. The report worker runs it; so can a test in Node.
 */
export function renderVisitDocument(document: VisitDocument, options: VisitDocumentRenderOptions): ArrayBuffer {
  const progress = options.onProgress ?? (() => {})
  const doc = new jsPDF({ unit: 'mm', format: options.pageSize, orientation: 'portrait', compress: true })
  const writer = new ReportWriter(doc, glyphFilter(embedFonts(doc, options.font)))
  doc.setDocumentProperties({
    title: writer.clean(document.title),
    subject: `${subjects[document.kind]}, ${document.visitDates}`,
    creator: 'IPS Fidelity Review',
  })
  progress(0.2)
  writer.heading(document.title, 1)
  writer.paragraph(`Visit: ${document.visitDates}. Prepared on ${document.createdOn}.`, { color: MUTED, after: 4 })
  drawBlocks(writer, document)
  progress(0.8)
  drawPageFurniture(writer, { header: { title: subjects[document.kind], date: document.visitDates }, draft: false })
  const bytes = doc.output('arraybuffer')
  progress(1)
  return bytes
}

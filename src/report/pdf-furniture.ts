import { GState } from 'jspdf'
import { MARGIN, MUTED, type ReportWriter } from './pdf-writer'

function watermark(writer: ReportWriter): void {
  const { doc } = writer
  const angle = 45
  const radians = (angle * Math.PI) / 180
  doc.saveGraphicsState()
  doc.setGState(new GState({ opacity: 0.12 }))
  writer.font(96, true, [160, 40, 40])
  const half = doc.getTextWidth('DRAFT') / 2
  // jsPDF rotates about the start of the text, so step back half its length along the angle to centre it.
  const x = writer.pageWidth / 2 - half * Math.cos(radians)
  const y = writer.pageHeight / 2 + half * Math.sin(radians)
  doc.text('DRAFT', x, y, { angle, baseline: 'middle' })
  doc.restoreGraphicsState()
}

/** What a document's pages carry besides its content. */
export interface PageFurniture {
  /** The running header from page 2: what the document is about on the left, its date on the right. */
  header: { title: string; date: string }
  /** A DRAFT mark across every page. */
  draft: boolean
  /** The header was drawn as each page started, before its body (the QA report's reading order). */
  headerDrawn?: boolean
}

/** The running header of one page; the report draws it as each page starts (ReportWriter.pageStart). */
export function drawRunningHeader(writer: ReportWriter, { title, date }: PageFurniture['header']): void {
  const { doc } = writer
  const top = 10
  writer.font(8, false, MUTED)
  const cleanDate = writer.clean(date)
  const dateWidth = doc.getTextWidth(cleanDate)
  const [shortTitle = ''] = writer.lines(title, writer.width - dateWidth - 6)
  doc.text(shortTitle, MARGIN.left, top, { baseline: 'top' })
  doc.text(cleanDate, writer.pageWidth - MARGIN.right, top, { baseline: 'top', align: 'right' })
  doc.setDrawColor(200, 205, 210)
  doc.setLineWidth(0.2)
  doc.line(MARGIN.left, top + 5, writer.pageWidth - MARGIN.right, top + 5)
}

/**
 * Drawn once the page count is known, for the QA report and the class summary alike: "Page n of N", the
 * running header (not on the first page) and any DRAFT mark.
 */
export function drawPageFurniture(writer: ReportWriter, furniture: PageFurniture): void {
  const { doc } = writer
  const total = doc.getNumberOfPages()
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page)
    if (page > 1 && !furniture.headerDrawn) drawRunningHeader(writer, furniture.header)
    writer.font(8, false, MUTED)
    doc.text(`Page ${page} of ${total}`, writer.pageWidth / 2, writer.pageHeight - 10, {
      baseline: 'top',
      align: 'center',
    })
    if (furniture.draft) watermark(writer)
  }
}

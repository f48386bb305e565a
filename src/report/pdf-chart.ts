import type { ReportModel } from '#domain/report-model/model'
import { ACCENT, MARGIN, MUTED, type ReportWriter } from './pdf-writer'

// Every item on the IPS Fidelity Scale is rated 1 to 5.
const ITEM_MAX = 5
const ROW = 5.6
const LABEL_WIDTH = 70

/** Fits a label into `width`, ending in an ellipsis when it had to be cut. */
function fit(writer: ReportWriter, text: string, width: number): string {
  const clean = writer.clean(text).replace(/\s+/g, ' ')
  if (writer.doc.getTextWidth(clean) <= width) return clean
  // Binary search: a title can be thousands of characters long.
  let low = 0
  let high = clean.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (writer.doc.getTextWidth(`${clean.slice(0, mid)}…`) <= width) low = mid
    else high = mid - 1
  }
  return `${clean.slice(0, low)}…`
}

function axis(writer: ReportWriter, left: number, barWidth: number): void {
  const { doc } = writer
  writer.font(8, false, MUTED)
  for (let tick = 0; tick <= ITEM_MAX; tick += 1) {
    doc.text(String(tick), left + (barWidth * tick) / ITEM_MAX, writer.y, { baseline: 'top', align: 'center' })
  }
  writer.y += ROW - 1
}

/**
 * Item scores as horizontal bars, drawn with lines and rectangles so they stay sharp at any zoom.
 * Drawn row by row: a long scale continues on the next page, with the axis repeated.
 */
export function drawItemScoreChart(writer: ReportWriter, items: ReportModel['summary']['itemScores']): void {
  const { doc } = writer
  const left = MARGIN.left + LABEL_WIDTH
  const barWidth = writer.width - LABEL_WIDTH - 14
  writer.ensure(ROW * 4)
  axis(writer, left, barWidth)
  for (const item of items) {
    if (writer.y + ROW > writer.bottom) {
      writer.newPage()
      axis(writer, left, barWidth)
    }
    const top = writer.y
    doc.setDrawColor(215, 220, 225)
    doc.setLineWidth(0.2)
    for (let tick = 0; tick <= ITEM_MAX; tick += 1) {
      const x = left + (barWidth * tick) / ITEM_MAX
      doc.line(x, top, x, top + ROW)
    }
    writer.font(8)
    doc.text(fit(writer, `${item.number}. ${item.title}`, LABEL_WIDTH - 3), MARGIN.left, top + ROW / 2, {
      baseline: 'middle',
    })
    if (item.score === null) {
      writer.font(8, false, MUTED)
      doc.text('Not rated', left + 2, top + ROW / 2, { baseline: 'middle' })
    } else {
      const length = (barWidth * Math.max(0, Math.min(item.score, ITEM_MAX))) / ITEM_MAX
      doc.setFillColor(...ACCENT)
      doc.rect(left, top + 1, length, ROW - 2, 'F')
      writer.font(8, true)
      doc.text(String(item.score), left + length + 2, top + ROW / 2, { baseline: 'middle' })
    }
    writer.y += ROW
  }
  writer.y += 4
}

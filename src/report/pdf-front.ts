import { keyDateLines, type ReportModel } from '#domain/report-model/model'
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
  writer.fields([
    ['Review type', cover.reviewType],
    [cover.datesLabel, cover.visitDates],
    [cover.reviewersLabel, cover.reviewers.join(', ')],
    ['Scale', `${cover.scaleName}, version ${cover.scaleVersion}`],
    ['Status', cover.status],
    ['Report generated', cover.generatedOn],
    // Report due, action plan due, next review: the same lines the Word report prints.
    ...keyDateLines(model.dates).map(({ label, value }): [string, string] => [label, value]),
  ])
  writer.space(2)
  writer.paragraph(cover.scaleWording, { size: 9, color: MUTED })
  if (model.draft) {
    writer.space(4)
    writer.paragraph('Draft: the review is not final, so its scores and findings may still change.', {
      bold: true,
      color: [160, 40, 40],
    })
  }
}

function totalText(summary: ReportModel['summary']): string {
  // A partial sum is not a total: say how far scoring has got instead.
  if (summary.total === null) {
    return `No total yet: ${summary.ratedCount} of ${summary.itemCount} items rated (provisional sum ${summary.provisionalTotal})`
  }
  return `${summary.total} out of ${summary.maxTotal}`
}

function signed(value: number | null): string {
  if (value === null) return '—'
  return value > 0 ? `+${value}` : String(value)
}

function drawComparison(writer: ReportWriter, comparison: NonNullable<ReportModel['summary']['comparison']>): void {
  writer.heading(`Compared with ${comparison.previousLabel}`, 2)
  writer.fields([
    ['Previous total', comparison.previousTotal === null ? 'Not calculated' : String(comparison.previousTotal)],
    ['Change in total', signed(comparison.totalChange)],
    ['Band', comparison.bandChange ?? '—'],
  ])
  const score = (value: number | null) => (value === null ? 'Not rated' : String(value))
  writer.table(
    ['Item', 'Previous', 'This review', 'Change'],
    comparison.items.map((item) => [
      `${item.number}. ${item.title}`,
      score(item.previous),
      score(item.current),
      item.change,
    ]),
    { columnStyles: { 1: { cellWidth: 22 }, 2: { cellWidth: 24 }, 3: { cellWidth: 30 } } },
  )
}

/** Reviews of the other type, by name and total only: a self-assessment is never a step in an independent trend. */
function drawAlongside(writer: ReportWriter, alongside: ReportModel['summary']['alongside']): void {
  writer.heading('Other reviews since, not compared', 2)
  writer.paragraph(
    'Changes are worked out only between reviews of the same type. These reviews of the other type are shown for reference.',
  )
  writer.table(
    ['Review', 'Total'],
    alongside.map((entry) => [entry.label, entry.total === null ? 'Not calculated' : String(entry.total)]),
    { columnStyles: { 1: { cellWidth: 30 } } },
  )
}

export function drawSummary(writer: ReportWriter, model: ReportModel): void {
  const { summary } = model
  writer.newPage()
  writer.heading('Summary', 1)
  writer.fields([
    ['Total score', totalText(summary)],
    [
      'Fidelity band',
      summary.band
        ? `${summary.band.label} (${summary.band.min}–${summary.band.max})`
        : 'No band until every item is rated',
    ],
  ])
  if (summary.sections.length > 0) {
    writer.table(
      ['Section', 'Score', 'Maximum'],
      summary.sections.map((section) => [section.title, section.total, section.max]),
      { columnStyles: { 1: { cellWidth: 22, halign: 'right' }, 2: { cellWidth: 24, halign: 'right' } } },
    )
  }
  writer.heading('Item scores', 2)
  drawItemScoreChart(writer, summary.itemScores)
  if (summary.comparison) drawComparison(writer, summary.comparison)
  if (summary.alongside.length > 0) drawAlongside(writer, summary.alongside)
}

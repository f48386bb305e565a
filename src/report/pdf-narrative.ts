import type { ReportModel } from '#domain/report-model/model'
import { narrativeParts, headings } from '#domain/report-model/report-words'
import { MARGIN, type ReportWriter } from './pdf-writer'

/**
 * What a reader meets first after the cover: the executive summary, the service context, the overall strengths
 * and the recommendations the reviewers put first. A part nobody wrote is left out rather than printed empty;
 * with none written at all there is no page for it.
 */
export function drawNarrative(writer: ReportWriter, model: ReportModel): void {
  const { narrative } = model
  const parts = narrativeParts(narrative)
  if (parts.length === 0 && narrative.topRecommendations.length === 0) return
  writer.newPage()
  for (const [heading, text] of parts) {
    writer.heading(heading, 1)
    writer.paragraph(text, { after: 4 })
  }
  if (narrative.topRecommendations.length === 0) return
  writer.heading(headings.topRecommendations, 1)
  narrative.topRecommendations.forEach((recommendation, index) => {
    writer.font(10, true)
    writer.ensure(writer.lineHeight(10) * 2)
    writer.doc.text(`${index + 1}.`, MARGIN.left, writer.y, { baseline: 'top' })
    writer.paragraph(`Item ${recommendation.number}. ${recommendation.title}`, { bold: true, indent: 7, after: 1 })
    writer.paragraph(recommendation.text, { indent: 7, after: 3 })
  })
}
